"""Peak memory of a benchmark child process, for benchmarks/kbtdesk_entry.py and baseline_window.py."""

from __future__ import annotations


def peak_rss_kib() -> int:
    """This process's own peak resident memory (VmHWM). Not ru_maxrss: after a (v)fork and exec
    Linux carries the parent's peak into the child's ru_maxrss, so a child of the benchmark
    (which holds the log in memory) reported the benchmark's peak instead of its own."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
