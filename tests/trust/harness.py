"""Test side of the worker: a warm zygote process whose children the tests kill at random moments."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class Zygote:
    def __init__(self):
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.trust.worker", "zygote"], cwd=ROOT,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
        self.lines: queue.Queue[str] = queue.Queue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        assert self.next_line(60) == "ready"

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("EOF")

    def next_line(self, timeout: float = 30) -> str:
        return self.lines.get(timeout=timeout)

    def start(self, **cmd) -> int:
        self.proc.stdin.write(json.dumps(cmd) + "\n")
        self.proc.stdin.flush()
        while True:
            line = self.next_line()
            if line.startswith("child "):
                return int(line.split()[1])
            if line.startswith("error"):
                raise AssertionError(line)

    def run_and_kill(self, pid: int, *, after_lines: int = 0, prefix: str = "", delay: float = 0.0,
                     timeout: float = 20) -> list[str]:
        """Collect the child's lines; SIGKILL it after `after_lines` lines with `prefix`, then `delay`."""
        seen: list[str] = []
        counted = 0
        deadline = time.monotonic() + timeout
        while counted < after_lines:
            line = self.next_line(max(0.1, deadline - time.monotonic()))
            if line.startswith("error") or line.startswith("done"):
                raise AssertionError(f"child ended early: {line}")
            seen.append(line)
            if line.startswith(prefix):
                counted += 1
        if delay:
            time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        while True:
            line = self.next_line(timeout)
            if line.startswith(f"done {pid}"):
                return seen
            if line.startswith("error"):
                raise AssertionError(line)
            seen.append(line)

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self.proc.stdout.close()
