"""Every key file kbtdesk keeps for one log, changed together or not at all.

A log's data key is wrapped in the key file beside the log (`<log>.key`) and in a copy beside
every backup (`<backup>.db.key`, and an older kbtdesk's single `<log-backups>/<log>.key`): each
backup carries the wraps that open it, so no later change of the live key file can orphan it.
A passphrase change or a recovery must reach all of them (issue 12.4: the copies kept the old
wraps, and the old passphrase or the used recovery code still opened a full copy of the log).

One step that a kill cannot split:
1. every new file is written beside its target as `.<name>.next-<token>` (fsynced);
2. the commit point: `<log>.key-switch` is written (atomically: renamed into place) naming them;
3. each new file is renamed over its target, then the switch file is removed.
A kill before 2 leaves the old key files, and the next writer removes the new ones unused; a kill
after 2 is finished by whoever reads a key file next (`finish`, idempotent: a new file that is
no longer there was renamed already) and the switch file is removed by the next writer
(`settle`). So after a kill either the old secret opens every kept key file or the new one
does, never a mix.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kbtdesk.base.files import fsync_dir, write_atomically
from kbtdesk.db import keyfile
from kbtdesk.paths import LogPaths

_NEXT = ".next-"


def switch_path(paths: LogPaths) -> Path:
    return paths.log.with_name(paths.log.name + ".key-switch")


def backup_key_path(backup: Path) -> Path:
    """The key file that travels with one backup."""
    return backup.with_name(backup.name + ".key")


def kept_key_files(paths: LogPaths) -> list[Path]:
    """The live key file and every key file in the backups folder (not hidden temporaries)."""
    found = [paths.key]
    if paths.backups.is_dir():
        found += sorted(p for p in paths.backups.iterdir()
                        if p.name.endswith(".key") and not p.name.startswith(".") and p.is_file())
    return found


def _folder(paths: LogPaths, target: Path) -> str:
    return "log" if target.parent == paths.log.parent else "backups"


def _resolve(paths: LogPaths, where: str, name: str) -> Path | None:
    if "/" in name or "\\" in name or name in ("", ".", ".."):
        return None
    return (paths.log.parent if where == "log" else paths.backups) / name


def _read_switch(paths: LogPaths) -> list[tuple[Path, Path]] | None:
    try:
        doc = json.loads(switch_path(paths).read_bytes())
        pairs = []
        for where, target, staged in doc["files"]:
            t, s = _resolve(paths, where, target), _resolve(paths, where, staged)
            if t is None or s is None or not s.name.startswith("." + t.name + _NEXT):
                return None
            pairs.append((t, s))
        return pairs
    except (OSError, ValueError, KeyError, TypeError):
        return None


def finish(paths: LogPaths) -> bool:
    """Complete a key change that reached its commit point (a kill came after it). Safe without
    the writer lock and any number of times. True when there was one."""
    pairs = _read_switch(paths)
    if pairs is None:
        return False
    folders = set()
    for target, staged in pairs:
        with contextlib.suppress(FileNotFoundError):
            os.replace(staged, target)
            folders.add(target.parent)
    for folder in folders:
        fsync_dir(folder)
    return True


def settle(paths: LogPaths) -> None:
    """At a writer's start (under the writer lock): finish a committed change, remove the switch
    file, and remove the new files of a change that never reached its commit point."""
    finish(paths)
    with contextlib.suppress(FileNotFoundError):
        switch_path(paths).unlink()
    for folder in (paths.log.parent, paths.backups):
        if not folder.is_dir():
            continue
        for p in folder.iterdir():
            if p.name.startswith(".") and _NEXT in p.name and ".key" + _NEXT in p.name:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()


@dataclass
class KeyChange:
    """New contents for some kept key files, written beside them and not yet in force."""

    paths: LogPaths
    staged: list[tuple[Path, Path]] = field(default_factory=list)
    committed: bool = False

    def commit(self) -> None:
        """The commit point, then the renames. After this only the new secrets open the files."""
        doc = {"files": [[_folder(self.paths, t), t.name, s.name] for t, s in self.staged]}
        write_atomically(switch_path(self.paths), json.dumps(doc).encode("utf-8"))
        self.committed = True
        finish(self.paths)
        with contextlib.suppress(FileNotFoundError):
            switch_path(self.paths).unlink()
        fsync_dir(self.paths.log.parent)

    def abandon(self) -> None:
        """Not committed: remove the new files; the key files stay as they were."""
        if self.committed:
            return
        for _target, staged in self.staged:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()


def prepare(paths: LogPaths, data_key: bytes, new_doc: dict,
            opens_other: Callable[[Path, dict], dict | None] | None = None) -> KeyChange:
    """Write the new content of every kept key file beside it; nothing is in force yet.

    A file of this data key (its key_id, or, for an older file without one, a passphrase wrap
    byte-equal to the live file's) gets `new_doc`. A file of another data key is given to
    `opens_other(path, doc)`, which returns its new content when the old secret opens it (so the
    old secret opens nothing kbtdesk keeps afterwards), or None to leave it. Damaged files are left.
    """
    token = secrets.token_hex(8)
    change = KeyChange(paths)
    current = keyfile.key_id(data_key)
    live_wraps = None
    with contextlib.suppress(keyfile.KeyFileError):
        live_wraps = keyfile.read(paths.key)["wraps"]
    try:
        for target in kept_key_files(paths):
            try:
                doc = keyfile.read(target)
            except keyfile.KeyFileError:
                continue
            content: dict | None = None
            if doc.get("key_id") == current or ("key_id" not in doc and doc["wraps"] == live_wraps):
                content = new_doc
            elif opens_other is not None:
                content = opens_other(target, doc)
            if content is None:
                continue
            staged = target.with_name("." + target.name + _NEXT + token)
            write_atomically(staged, keyfile.encode(content))
            change.staged.append((target, staged))
    except BaseException:
        change.abandon()
        raise
    return change


def give_key_file(paths: LogPaths, backup: Path, data_key: bytes) -> Path | None:
    """Write the key file that travels with `backup` (before the backup takes its name): the live
    key file's wraps, with its key_id and checksum. None when the live key file cannot give it
    (a log opened with a raw key, tests; a damaged key file is reported at the next unlock)."""
    try:
        doc = keyfile.read(paths.key)
    except keyfile.KeyFileError:
        return None
    if doc.get("key_id") not in (None, keyfile.key_id(data_key)):
        return None  # the key file was replaced under the open log: it does not open this backup
    target = backup_key_path(backup)
    write_atomically(target, keyfile.encode(keyfile.document(doc["wraps"], data_key)))
    return target


def install_key_file(paths: LogPaths, source: Path, data_key: bytes) -> None:
    """After a restore with a key file from elsewhere (`restore --key`, a backup's own key file on
    a new workstation): make it the log's key file. A key file already there for another data
    key is kept beside it (`<log>.key.before-restore-<n>`), never overwritten."""
    doc = keyfile.read(source)
    with contextlib.suppress(keyfile.KeyFileError):
        if keyfile.read(paths.key).get("key_id") == keyfile.key_id(data_key):
            return
    if paths.key.exists():
        n = 1
        while (aside := paths.key.with_name(f"{paths.key.name}.before-restore-{n}")).exists():
            n += 1
        os.replace(paths.key, aside)
    write_atomically(paths.key, keyfile.encode(keyfile.document(doc["wraps"], data_key)))


def key_identity(backup: Path, legacy: Path | None = None) -> str:
    """Which data key opens `backup`, as far as its key file says without unwrapping: the key_id,
    or the digest of an older file's wraps; a backup without a readable key file stands alone."""
    for candidate in (backup_key_path(backup), legacy):
        if candidate is None or not candidate.exists():
            continue
        try:
            doc = keyfile.read(candidate)
        except keyfile.KeyFileError:
            continue
        if "key_id" in doc:
            return doc["key_id"]
        return "wraps:" + hashlib.sha256(json.dumps(doc["wraps"], sort_keys=True).encode()).hexdigest()
    return "alone:" + backup.name


__all__ = ["KeyChange", "backup_key_path", "finish", "give_key_file", "install_key_file", "kept_key_files",
           "key_identity",
           "prepare", "settle", "switch_path"]
