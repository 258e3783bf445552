"""Reading a log's `-wal` the way SQLite will, before SQLite does: would damage drop saved changes?

SQLite replays a write-ahead log frame by frame while each frame's cumulative checksum holds, and
stops silently at the first frame that fails: every commit after a flipped byte is dropped without
an error (issue 12.7 measured 16 of 150 flips losing acknowledged contacts). SQLCipher's page HMACs
do not help, because the dropped frames are never read.

This module walks the file itself. Each frame also stores its own checksum, so a frame can be
checked on its own against the checksum stored in the frame before it. A *committed* frame
(one that ends a transaction) that checks out on its own but lies after the point where SQLite
would stop is proof that saved changes would be lost: the log is then refused as damaged before
anything is read or written. A frame that fails with nothing committed after it is what a crash
in the middle of a write leaves (that transaction was never acknowledged) and is not damage.

Format (sqlite.org/fileformat2.html#walformat): a 32-byte header (magic, version, page size,
checkpoint sequence, two salts, checksum), then frames of a 24-byte header (page number, database
size after commit or 0, the two salts, checksum) and one page.
"""

from __future__ import annotations

import struct
import sys
from dataclasses import dataclass, replace
from pathlib import Path

HEADER, FRAME_HEADER = 32, 24
MAGIC_LE, MAGIC_BE = 0x377F0682, 0x377F0683
VERSION = 3007000
_MASK = 0xFFFFFFFF


def wal_path(log: Path) -> Path:
    return Path(str(log) + "-wal")


@dataclass(frozen=True)
class WalReport:
    """What a log's -wal holds. `lost_commits`: committed transactions SQLite would drop (damage)."""

    frames: int = 0            # whole frames in the file
    replayed_frames: int = 0   # frames SQLite will use: up to the last commit before the first bad frame
    first_bad_frame: int | None = None  # 1-based, where SQLite stops (None: it reads to the end)
    lost_commits: int = 0
    #: From the -shm, when it belongs to this -wal: the frames committed when the last writer
    #: stopped, and how many of them a checkpoint had copied into the main file.
    committed_frames: int | None = None
    backfilled_frames: int | None = None

    @property
    def short_of_committed(self) -> bool:
        """SQLite would replay fewer frames than were committed: a committed frame is damaged."""
        return self.committed_frames is not None and self.replayed_frames < self.committed_frames

    @property
    def damaged(self) -> bool:
        """Replaying this -wal would drop or shadow committed changes."""
        return self.lost_commits > 0 or self.short_of_committed

    @property
    def in_main_file(self) -> bool:
        """Every committed frame is also in the main file (the -shm says a checkpoint copied them
        all): the main file alone is the whole log, whatever happened to the -wal."""
        return self.committed_frames is not None and self.backfilled_frames is not None \
            and self.backfilled_frames >= self.committed_frames

    @property
    def holds_data(self) -> bool:
        """Frames SQLite will read: the main file alone is not the log."""
        return self.replayed_frames > 0

    def describe(self) -> str:
        if self.short_of_committed:
            return (f"the -wal is damaged at frame {self.first_bad_frame}: {self.committed_frames} frames "
                    f"were committed, {self.replayed_frames} can be read")
        return (f"the -wal is damaged at frame {self.first_bad_frame}: {self.lost_commits} committed "
                f"transaction(s) after it would be dropped")


def _checksum(data: bytes, big_endian: bool, s1: int = 0, s2: int = 0) -> tuple[int, int]:
    """SQLite's walChecksumBytes: Fibonacci-weighted sums over 32-bit word pairs."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s1 = (s1 + words[i] + s2) & _MASK
        s2 = (s2 + words[i + 1] + s1) & _MASK
    return s1, s2


def shm_path(log: Path) -> Path:
    return Path(str(log) + "-shm")


def _shm_state(shm: bytes, wal_salts: bytes) -> tuple[int, int] | None:
    """(committed frames, frames copied into the main file) from the -shm's index header, if the
    header is whole and belongs to the -wal with these salts; else None.

    The -shm is the -wal's index, which every commit updates before it returns and a checkpoint
    updates when it has copied frames into the main file; a killed process leaves it as it was
    (it is a file mapped into memory). Layout (wal.c): two copies of a 48-byte WalIndexHdr in the
    machine's byte order (version, -, change counter, isInit, bigEndCksum, page size, mxFrame,
    nPage, frame checksum, salts, header checksum), then WalCkptInfo (nBackfill first).
    """
    if len(shm) < 136 or shm[:48] != shm[48:96]:
        return None
    order = "<" if sys.byteorder == "little" else ">"
    version, _unused, _change, is_init, _big, _page, max_frame = struct.unpack(order + "3I2BHI", shm[:20])
    if version != VERSION or is_init != 1 or shm[32:40] != wal_salts:
        return None
    if _checksum(shm[:40], order == ">") != struct.unpack(order + "2I", shm[40:48]):
        return None
    backfilled = struct.unpack(order + "I", shm[96:100])[0]
    return max_frame, backfilled


def inspect_wal(log: Path) -> WalReport:
    """Walk `<log>-wal` (read only). No file, or one too short for a header: nothing to replay.

    The -shm is read first: a writer still running only adds to the -wal after it, so the -wal
    read next is never older than the index that describes it."""
    try:
        shm = shm_path(log).read_bytes()
    except OSError:
        shm = b""
    try:
        data = wal_path(log).read_bytes()
    except FileNotFoundError:
        return WalReport()
    report = inspect_wal_bytes(data)
    state = _shm_state(shm, data[16:24]) if len(data) >= HEADER else None
    if state is None:
        return report
    return replace(report, committed_frames=state[0], backfilled_frames=state[1])


def inspect_wal_bytes(data: bytes) -> WalReport:
    if len(data) < HEADER:
        return WalReport()
    magic, version, page_size, _seq, salt1, salt2, c1, c2 = struct.unpack(">8I", data[:HEADER])
    header_ok = magic in (MAGIC_LE, MAGIC_BE) and version == VERSION and page_size >= 512 \
        and page_size & (page_size - 1) == 0
    big_endian = magic == MAGIC_BE if header_ok else False
    if header_ok:
        header_ok = _checksum(data[:24], big_endian) == (c1, c2)
    if not header_ok:
        # SQLite ignores the whole file. Read the frames with kbtdesk's page size to see whether
        # it ignores saved changes: a flip in the header drops every commit in the file.
        page_size, big_endian = 4096, magic == MAGIC_BE
        if len(data) >= HEADER + FRAME_HEADER:
            salt1, salt2 = struct.unpack(">2I", data[HEADER + 8:HEADER + 16])
    frame_size = FRAME_HEADER + page_size
    frames = (len(data) - HEADER) // frame_size

    chain_ok = header_ok
    running = (c1, c2)
    replayed = 0
    first_bad = None if header_ok else 1
    lost = 0
    for number in range(1, frames + 1):
        start = HEADER + (number - 1) * frame_size
        head = data[start:start + FRAME_HEADER]
        pgno, commit_size, f_salt1, f_salt2, f1, f2 = struct.unpack(">6I", head)
        page = data[start + FRAME_HEADER:start + frame_size]
        stored_before = (c1, c2) if number == 1 else struct.unpack(
            ">2I", data[start - frame_size + 16:start - frame_size + 24])
        salts_match = (f_salt1, f_salt2) == (salt1, salt2)
        if chain_ok:
            running = _checksum(page, big_endian, *_checksum(head[:8], big_endian, *running))
            if salts_match and pgno != 0 and running == (f1, f2):
                if commit_size:
                    replayed = number
                continue
            chain_ok = False
            first_bad = number
            continue
        # Past the point where SQLite stops: would it drop a commit that is whole on its own?
        if salts_match and commit_size and pgno != 0 and \
                _checksum(page, big_endian, *_checksum(head[:8], big_endian, *stored_before)) == (f1, f2):
            lost += 1
    return WalReport(frames=frames, replayed_frames=replayed if header_ok else 0,
                     first_bad_frame=first_bad if frames else None, lost_commits=lost)


def set_aside_damaged(log: Path, stamp: str) -> Path:
    """Rename a damaged -wal whose every commit is in the main file (`in_main_file`) out of
    SQLite's way, kept as `<log>-wal.damaged-<stamp>` with its -shm: nothing is deleted, and the
    log opens from its main file, which holds every save. The -wal goes first: a kill between the
    two renames leaves an -shm that SQLite rebuilds."""
    kept = Path(f"{wal_path(log)}.damaged-{stamp}")
    wal_path(log).rename(kept)
    if shm_path(log).exists():
        shm_path(log).rename(Path(f"{shm_path(log)}.damaged-{stamp}"))
    return kept


__all__ = ["WalReport", "inspect_wal", "inspect_wal_bytes", "set_aside_damaged", "shm_path", "wal_path"]
