"""The benchmark runs end to end on the small log (S): figures are printed, never judged here."""

from __future__ import annotations

from benchmarks import bench

FIGURES = ["cold_start", "search", "episode", "save", "worklist", "worklist_tick", "export", "export_stall", "pdf",
           "memory"]


def test_benchmark_runs_on_the_small_log(capsys, tmp_path):
    out_json = tmp_path / "figures.json"
    assert bench.main(["--sizes", "S", "--runs", "1", "--cold-start-runs", "1", "--figures", *FIGURES,
                       "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    for key in FIGURES:
        label = bench.FIGURES[key][0]
        assert label in out, f"no row for {label!r} in:\n{out}"
    assert "machine: " in out and "| kbtdesk | baseline | ratio |" in out
    results = __import__("json").loads(out_json.read_text())["results"]["S"]
    assert all(results[key]["kbtdesk"] for key in FIGURES)
    assert results["cold_start"]["baseline"] and results["search"]["baseline"]
