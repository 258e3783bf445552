"""Hostile input: text through import, search and JSON export comes out as it went in
(NFC-normalised; escaping for HTML and CSV is the renderers' job), and hostile documents and
arguments given to the command line are refused with exit 2 and one line naming what is wrong:
never a traceback, never exit 1 (which means "findings"), never a partial write."""

import copy
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from kbtdesk.core.interchange import ImportProblem, export_log, import_document

HOSTILE = {
    "html": "<script>alert('x')</script><b>Åsa</b> &amp; Öberg",
    "formula": "=HYPERLINK(\"http://evil\",\"klick\")",
    "formula-plus": "+46 70 123 45 67",
    "formula-at": "@SUM(A1:A9)",
    "nul": "Åsa\x00Öberg",
    "nfd": unicodedata.normalize("NFD", "Åsa Öberg Ängström"),
    "rtl-override": "Åsa \u202egrebÖ\u202c",
    "zero-width": "Å\u200bsa\u2060 Öberg",
    "emoji": "Åsa 👩🏽‍⚕️ Öberg",
    "megabyte": "Ö" * 1_000_000,
}

IDENTITIES = ["196408233234", "197010632391", "19810829M071", "19450829K088"]


def _doc(patients, contacts_note):
    return {"format": "kbtdesk-log", "version": 1,
            "patients": [{"id": f"p{i}", "identity": ident, "name": name}
                         for i, (ident, name) in enumerate(patients)],
            "episodes": [{"id": "e0", "patient": "p0", "programme": HOSTILE["rtl-override"],
                          "started": "2026-10-01", "ended": None, "end_reason": None,
                          "care_level": "specialist", "ehr": "webdoc", "siber_transferred": None}],
            "contacts": [{"id": "c0", "episode": "e0", "at": "2026-10-08T09:00:00+02:00", "type": "BR",
                          "mode": None, "minutes": 5, "final": False, "codes": ["du011"],
                          "journal_done": None, "registered": None, "note": contacts_note, "outage": False}],
            "measures": []}


def test_hostile_names_and_notes_survive_import_search_and_export(service):
    names = list(HOSTILE.items())[:4]
    note = "\n".join(HOSTILE.values())
    doc = _doc([(IDENTITIES[i], value) for i, (_k, value) in enumerate(names)], note)
    import_document(service, json.dumps(doc, ensure_ascii=False))
    for identity, (kind, value) in zip(IDENTITIES, names, strict=False):
        rows = service.episode_rows("all", query=value[:3]) if kind != "formula-plus" else []
        expected = unicodedata.normalize("NFC", value).strip()
        if rows:
            assert any(r.patient_name == expected for r in rows)
        assert service.patient_by_identity(identity).name == expected
    exported = export_log(service)
    assert exported["contacts"][0]["note"] == unicodedata.normalize("NFC", note)
    assert exported["episodes"][0]["programme"] == HOSTILE["rtl-override"]
    # the exported JSON reads back into the same text
    again = json.loads(json.dumps(exported, ensure_ascii=False))
    assert again == exported


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_each_hostile_name_round_trips(service, kind):
    value = HOSTILE[kind]
    import_document(service, json.dumps(_doc([(IDENTITIES[0], value)], value), ensure_ascii=False))
    expected = unicodedata.normalize("NFC", value).strip()
    assert export_log(service)["patients"][0]["name"] == expected
    for query in (value[:20], unicodedata.normalize("NFD", value[:20]), "\x00", "\u202e", "%", "_", "'"):
        service.episode_rows("all", query=query)  # never a crash


@pytest.mark.parametrize("identity", ["١٩٦٤٠٨٢٣٣٢٣٤", "１９６４０８２３３２３４", "19640823323\x004", "<b>1964</b>",
                                      "9" * 10_000])
def test_non_ascii_digits_and_junk_identities_are_refused(service, identity):
    with pytest.raises(ImportProblem) as raised:
        import_document(service, json.dumps(_doc([(identity, "Åsa")], ""), ensure_ascii=False))
    assert raised.value.field == "identity"
    assert service.counts().patients == 0


def test_a_lone_surrogate_is_refused_not_a_crash(service):
    raw = json.dumps(_doc([(IDENTITIES[0], "Åsa")], "x")).replace('"note": "x"', '"note": "\\ud800"')
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw)
    assert raised.value.field == "note" and service.counts().patients == 0
    print("\nhostile input: 10 kinds of text x import/search/export, 5 junk identities, lone surrogate: "
          "0 crashes, text out == NFC(text in)")


# -- hostile documents through the command line: exit 2 naming record and field, never a crash -----

SAMPLE = json.loads((Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json").read_text(encoding="utf-8"))
CLI_PASS = "a long enough passphrase"
C2 = "c0000000-0000-4000-8000-000000000002"
E1 = "e0000000-0000-4000-8000-000000000001"
M1 = "m0000000-0000-4000-8000-000000000001"
P1 = "0b6f1c3e-0d5e-4a63-9a55-1f6f1b0a0001"


def _with(section, index, **changes):
    doc = copy.deepcopy(SAMPLE)
    for key, value in changes.items():
        if value is KeyError:
            del doc[section][index][key]
        else:
            doc[section][index][key] = value
    return doc


def _encoded(doc) -> bytes:
    return json.dumps(doc).encode("ascii")  # \u escapes: a lone surrogate survives as JSON allows


def _nested(depth: int, where: str = "codes") -> bytes:
    doc = copy.deepcopy(SAMPLE)
    doc["contacts"][1][where] = "HOLE"
    return _encoded(doc).replace(b'"HOLE"', b"[" * depth + b"]" * depth)


def _top(**changes) -> dict:
    return {**copy.deepcopy(SAMPLE), **changes}


def _without(key) -> dict:
    doc = copy.deepcopy(SAMPLE)
    del doc[key]
    return doc


#: (label, file content, what the one-line error must name). Each is refused with exit 2.
DOCUMENTS = [
    # nesting: deeper than the format, and deeper than Python's parser or validators can walk
    *[(f"nested {d} deep", _nested(d), "nest") for d in (5, 50, 999, 1_000, 5_000, 100_000)],
    ("nested 1,000 deep alone", b"[" * 1000 + b"]" * 1000, "nest"),
    ("objects nested 2,000 deep", b'{"a":' * 2000 + b"1" + b"}" * 2000, "nest"),
    ("nested note", _nested(1000, "note"), "nest"),
    # half a surrogate pair, wherever text can be
    ("surrogate in a contact id", _encoded(_with("contacts", 1, id="c\ud800")), "id"),
    ("surrogate in a code", _encoded(_with("contacts", 1, codes=["\udc00"])), "codes[0]"),
    ("surrogate in a note", _encoded(_with("contacts", 1, note="x\ud83d")), "note"),
    ("surrogate in a name", _encoded(_with("patients", 0, name="\udfffÅsa")), "name"),
    ("surrogate in an identity", _encoded(_with("patients", 0, identity="19640823\ud8003234")), "identity"),
    ("surrogate in a programme", _encoded(_with("episodes", 0, programme="\ud800")), "programme"),
    ("surrogate in an instrument", _encoded(_with("measures", 0, instrument="madrs\ud800")), "instrument"),
    ("surrogate in an episode reference", _encoded(_with("contacts", 1, episode="\ud800")), "episode"),
    ("surrogate in a property name", _encoded(_with("contacts", 1, **{"\ud800": 1})), "property name"),
    ("surrogate in the format", _encoded(_top(format="kbtdesk-log\ud800")), "format"),
    # date-times and dates at and beyond the calendar's ends
    ("at 0001-01-01T00:00:00+01:00", _encoded(_with("contacts", 1, at="0001-01-01T00:00:00+01:00")), "at"),
    ("at 9999-12-31T23:59:59-01:00", _encoded(_with("contacts", 1, at="9999-12-31T23:59:59-01:00")), "at"),
    ("at 0001-01-01T00:30+01:00", _encoded(_with("contacts", 1, at="0001-01-01T00:30+01:00")), "at"),
    ("at 9999-12-31T23:30-01:00", _encoded(_with("contacts", 1, at="9999-12-31T23:30-01:00")), "at"),
    ("at 0000-01-01", _encoded(_with("contacts", 1, at="0000-01-01T00:00:00+00:00")), "at"),
    ("at 24:00", _encoded(_with("contacts", 1, at="2026-10-08T24:00:00+02:00")), "at"),
    ("at offset +24:00", _encoded(_with("contacts", 1, at="2026-10-08T09:00:00+24:00")), "at"),
    ("at 30 February", _encoded(_with("contacts", 1, at="2026-02-30T09:00:00+01:00")), "at"),
    ("at with a space", _encoded(_with("contacts", 1, at="2026-10-08 09:00:00+02:00")), "at"),
    ("at without offset", _encoded(_with("contacts", 1, at="2026-10-08T09:00:00")), "at"),
    ("journal_done at the end", _encoded(_with("contacts", 1, journal_done="9999-12-31T23:59:59-01:00")),
     "journal_done"),
    ("registered in year 1", _encoded(_with("contacts", 1, registered="0001-01-01T00:00:00+01:00")), "registered"),
    ("started 0001-01-01", _encoded(_with("episodes", 0, started="0001-01-01")), "started"),
    ("started 9999-12-31", _encoded(_with("episodes", 0, started="9999-12-31", ended=None)), "started"),
    ("ended 9999-12-31", _encoded(_with("episodes", 0, ended="9999-12-31")), "ended"),
    ("transferred 0000-00-00", _encoded(_with("episodes", 0, siber_transferred="0000-00-00")), "siber_transferred"),
    ("score on 2026-13-01", _encoded(_with("measures", 0, on="2026-13-01")), "on"),
    ("score on 9999-12-31", _encoded(_with("measures", 0, on="9999-12-31")), "on"),
    # integers beyond SQLite and the instrument
    ("score 10^30", _encoded(_with("measures", 0, score=10**30, items=None)), "score"),
    ("score -10^30", _encoded(_with("measures", 0, score=-(10**30), items=None)), "score"),
    ("score 2^63", _encoded(_with("measures", 0, score=2**63, items=None)), "score"),
    ("score -2^63-1", _encoded(_with("measures", 0, score=-(2**63) - 1, items=None)), "score"),
    ("score 1e400", _encoded(_with("measures", 0, items=None)).replace(b'"score": 28', b'"score": 1e400'), "score"),
    ("score NaN", _encoded(_with("measures", 0, items=None)).replace(b'"score": 28', b'"score": NaN'), "score"),
    ("score of 5,000 digits", _encoded(_with("measures", 0)).replace(b'"score": 28', b'"score": ' + b"9" * 5000),
     "JSON"),
    ("MADRS-S 99 of 54", _encoded(_with("measures", 0, score=99, items=None)), "score"),
    ("score -1,000,000", _encoded(_with("measures", 0, score=-1_000_000, items=None)), "score"),
    ("items of the wrong length", _encoded(_with("measures", 0, items=[3, 3, 4])), "items"),
    ("an item of 10^30", _encoded(_with("measures", 0, items=[10**30, 3, 4, 3, 3, 4, 3, 1, 4])), "items"),
    ("items not adding up", _encoded(_with("measures", 0, score=20)), "score"),
    ("unknown instrument", _encoded(_with("measures", 0, instrument="MADRS")), "instrument"),
    ("score as text", _encoded(_with("measures", 0, score="28")), "score"),
    ("score true", _encoded(_with("measures", 0, score=True)), "score"),
    ("minutes 10^30", _encoded(_with("contacts", 1, minutes=10**30)), "minutes"),
    ("minutes -1", _encoded(_with("contacts", 1, minutes=-1)), "minutes"),
    ("minutes 5.5", _encoded(_with("contacts", 1, minutes=5.5)), "minutes"),
    # codes
    ("code with a space", _encoded(_with("contacts", 1, codes=["DU 011"])), "codes[0]"),
    ("two codes in one", _encoded(_with("contacts", 1, codes=["ZV044\nZV051"])), "codes[0]"),
    ("empty codes", _encoded(_with("contacts", 1, codes=["", "  "])), "codes[0]"),
    ("code with NUL", _encoded(_with("contacts", 1, codes=["DU011\x00"])), "codes[0]"),
    ("code of a megabyte", _encoded(_with("contacts", 1, codes=["D" * 1_000_000])), "codes[0]"),
    ("code with Å", _encoded(_with("contacts", 1, codes=["ÅU011"])), "codes[0]"),
    ("code as a number", _encoded(_with("contacts", 1, codes=[11])), "codes[0]"),
    ("codes as text", _encoded(_with("contacts", 1, codes="DU011")), "codes"),
    # shape: unknown, missing and mistyped properties
    ("unknown contact property", _encoded(_with("contacts", 1, notee="x")), "notee"),
    ("unknown patient property", _encoded(_with("patients", 0, nickname="x")), "nickname"),
    ("unknown episode property", _encoded(_with("episodes", 0, unit="x")), "unit"),
    ("unknown measure property", _encoded(_with("measures", 0, scor=1)), "scor"),
    ("unknown top-level property", _encoded(_top(comment="hej")), "comment"),
    ("measures missing", _encoded(_without("measures")), "measures"),
    ("patients missing", _encoded(_without("patients")), "patients"),
    ("final missing", _encoded(_with("contacts", 1, final=KeyError)), "final"),
    ("identity missing", _encoded(_with("patients", 0, identity=KeyError)), "identity"),
    ("contacts an object", _encoded(_top(contacts={})), "contacts"),
    ("a record that is a list", _encoded(_top(patients=[[1]])), "patients[0]"),
    ("a record that is null", _encoded(_top(measures=[None])), "measures[0]"),
    ("id a number", _encoded(_with("patients", 0, id=7)), "id"),
    ("id empty", _encoded(_with("patients", 0, id="")), "id"),
    ("id blank", _encoded(_with("patients", 0, id="   ")), "id"),
    ("version 2", _encoded(_top(version=2)), "version"),
    ("version as text", _encoded(_top(version="1")), "version"),
    ("another format", _encoded(_top(format="other")), "format"),
    ("mode on a BR", _encoded(_with("contacts", 1, mode="video")), "mode"),
    ("planned visit without mode", _encoded(_with("contacts", 0, mode=None)), "mode"),
    ("unknown contact type", _encoded(_with("contacts", 1, type="XX")), "type"),
    ("final as text", _encoded(_with("contacts", 1, final="yes")), "final"),
    # the domain: identities, references, duplicates
    ("identity with a wrong check digit", _encoded(_with("patients", 0, identity="640823-3235")), "identity"),
    ("identity in Arabic digits", _encoded(_with("patients", 0, identity="١٩٦٤٠٨٢٣٣٢٣٤")), "identity"),
    ("identity of 10,000 nines", _encoded(_with("patients", 0, identity="9" * 10_000)), "identity"),
    ("name only spaces", _encoded(_with("patients", 0, name="   \t")), "name"),
    ("unknown patient", _encoded(_with("episodes", 0, patient="ghost")), "patient"),
    ("unknown episode", _encoded(_with("contacts", 1, episode="ghost")), "episode"),
    ("same identity twice", _encoded(_with("patients", 1, identity="19640823-3234")), "identity"),
    ("ended before started", _encoded(_with("episodes", 0, ended="2026-01-01")), "ended"),
    # not JSON at all
    ("empty file", b"", "JSON"),
    ("not JSON", b"{", "JSON"),
    ("latin-1 bytes", "ö".encode("latin-1"), "JSON"),
    ("invalid UTF-8 inside a string", _encoded(SAMPLE).replace(b"Bed\\u00f6m", b"Bed\xc3m"), "JSON"),
    ("a byte-order mark inside", b"{\xef\xbb\xbf" + _encoded(SAMPLE)[1:], "JSON"),
    ("a top-level array", b"[]", "format"),
    ("a top-level string", b'"kbtdesk-log"', "format"),
    ("null", b"null", "format"),
]


@pytest.fixture(scope="module")
def cli_log(tmp_path_factory):
    """One log for all hostile documents (each refusal must leave it as it was)."""
    from kbtdesk import cli

    folder = tmp_path_factory.mktemp("hostile")
    saved = {k: os.environ.get(k) for k in ("KBTDESK_LOG", "KBTDESK_PASSPHRASE", "KBTDESK_LANG")}
    os.environ.update(KBTDESK_LOG=str(folder / "log.db"), KBTDESK_PASSPHRASE=CLI_PASS, KBTDESK_LANG="en")
    try:
        assert cli.main(["init"]) == 0
        yield folder
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _counts(folder):
    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import open_log
    from kbtdesk.paths import LogPaths

    log = open_log(LogPaths(folder / "log.db"), CLI_PASS, readonly=True)
    try:
        counts = build_service(log).counts()
        return counts.patients, counts.episodes, counts.contacts, counts.measures
    finally:
        log.close()


@pytest.mark.parametrize("label, content, names", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_a_hostile_document_exits_2_naming_what_is_wrong(cli_log, capsys, label, content, names):
    from kbtdesk import cli

    document = cli_log / "hostile.json"
    document.write_bytes(content)
    code = cli.main(["import", str(document)])  # any exception here is a crash: the test fails
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith("kbtdesk: ") and "nothing was imported" in err and err.count("\n") == 1
    assert names in err
    assert _counts(cli_log) == (0, 0, 0, 0)


def test_there_are_at_least_70_hostile_documents():
    assert len(DOCUMENTS) >= 70
    print(f"\nhostile documents: {len(DOCUMENTS)} tried through `kbtdesk import`, 0 crashes, all exit 2")


ARGUMENTS = [
    (["export", "registrations", "--from", "0001-01-01", "-o", "out.csv"], "0001-01-01"),
    (["export", "registrations", "--from", "9999-12-01", "--to", "9999-12-31", "-o", "out.csv"], "9999-12"),
    (["export", "coverage", "--to", "0001-01-01", "-o", "out.csv"], "0001-01-01"),
    (["export", "siber", "--from", "0001-01-01", "-o", "out.csv"], "0001-01-01"),
    (["export", "episode", "e\udcff", "-o", "out.csv"], "not valid text"),
    (["audit", "show", "--patient", "19640823\udcff3234"], "not valid text"),
    (["export", "episode", "no-such-episode", "-o", "out.csv"], "episode"),
]


@pytest.mark.parametrize("argv, names", ARGUMENTS, ids=[" ".join(a[0][:3]) for a in ARGUMENTS])
def test_hostile_arguments_exit_2(cli_log, capsys, argv, names):
    from kbtdesk import cli

    argv = [str(cli_log / a) if a == "out.csv" else a for a in argv]
    try:
        code = cli.main(argv)
    except SystemExit as exit_:  # argparse refuses a bad date itself, with exit 2
        code = exit_.code
    err = capsys.readouterr().err
    assert code == 2 and names in err, err
    assert "Traceback" not in err


@pytest.mark.parametrize("label", ["nested 100000 deep", "surrogate in a contact id", "score 10^30",
                                   "at 9999-12-31T23:59:59-01:00"])
def test_a_real_process_exits_2_without_a_traceback(cli_log, label):
    content = next(c for name, c, _ in DOCUMENTS if name == label)
    document = cli_log / "process.json"
    document.write_bytes(content)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KBTDESK_")}
    env.update(KBTDESK_LOG=str(cli_log / "log.db"), KBTDESK_PASSPHRASE=CLI_PASS, KBTDESK_LANG="en")
    done = subprocess.run([sys.executable, "-m", "kbtdesk.cli", "import", str(document)], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
