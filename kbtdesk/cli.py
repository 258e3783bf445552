"""The `kbtdesk` command: starts the window, or runs one task on the log with the same core.

Exit codes: 0 fine, 1 `check` found an error (or `verify` / `audit verify` found damage),
2 bad usage or bad input (nothing written).

Secrets come from the environment when set (scripts, tests) and are asked for otherwise:
KBTDESK_PASSPHRASE, KBTDESK_NEW_PASSPHRASE (passphrase, recover), KBTDESK_RECOVERY_CODE (recover).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import time
from pathlib import Path

from kbtdesk import __version__
from kbtdesk.paths import resolve_log_paths

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """A problem to print as one line before exiting with EXIT_USAGE."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kbtdesk",
        description="Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window.",
    )
    parser.add_argument("--version", action="version", version=f"kbtdesk {__version__}")
    parser.add_argument("--log", metavar="PATH", help="the log file (default: KBTDESK_LOG, else the user data folder)")
    parser.add_argument("--demo", action="store_true", help="open the window on a throwaway demo log")
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help="create a new encrypted log")
    init.add_argument("--name", default="", help="your name")
    init.add_argument("--profession", default="", help="your profession, e.g. psykolog")
    init.add_argument("--unit", default="", help="your care unit")
    init.add_argument("--care-level", choices=("specialist", "primary"), default="specialist")
    init.add_argument("--ehr", choices=("asynja-visph", "j4", "webdoc"), default="asynja-visph")

    imp = sub.add_parser("import", help="merge a kbtdesk-log JSON file into the log (all or nothing)")
    imp.add_argument("file", type=Path)

    exp = sub.add_parser("export", help="write the log, or a summary of it, to a file")
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_json = exp_sub.add_parser("json", help="the whole log in the interchange format")
    exp_json.add_argument("-o", "--output", type=Path, required=True)
    _export_parsers(exp_sub)

    check = sub.add_parser("check", help="list what breaks the routine's rules (exit 1 on an error)")
    check.add_argument("--json", action="store_true")

    work = sub.add_parser("worklist", help="list what is not yet journaled, registered or transferred")
    work.add_argument("--json", action="store_true")
    _trust_parsers(sub)
    return parser


def _trust_parsers(sub) -> None:
    sub.add_parser("backup", help="write an encrypted, verified backup of the log now")
    restore = sub.add_parser("restore", help="replace the log by a backup (verified first; the current log is kept aside)")
    restore.add_argument("file", type=Path)
    restore.add_argument("--key", type=Path, help="the key file (default: beside the log, else beside the backup)")
    verify = sub.add_parser("verify", help="check the log's pages and structure (exit 1 if damaged)")
    verify.add_argument("--full", action="store_true", help="run the full integrity_check (slow on a big log)")
    aud = sub.add_parser("audit", help="the audit trail: verify the chain, or show one patient's entries")
    aud_sub = aud.add_subparsers(dest="audit_what", metavar="WHAT", required=True)
    aud_sub.add_parser("verify", help="check that no entry was edited or removed (exit 1 naming the first bad one)")
    show = aud_sub.add_parser("show", help="list the entries about one patient")
    show.add_argument("--patient", metavar="IDENTITY", required=True, help="the patient's identity number")
    show.add_argument("--json", action="store_true")
    sub.add_parser("passphrase", help="change the passphrase (the log is not rewritten)")
    sub.add_parser("recover", help="forgotten passphrase: set a new one with the recovery code")


def _date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


PERIOD_CHOICES = ("today", "this-week", "last-week", "this-month", "last-month")


def _export_parsers(exp_sub) -> None:
    """The summaries (kbtdesk/core/reports/): CSV for Excel, or an A4 PDF."""

    def common(parser, formats=("csv", "pdf")):
        parser.add_argument("--format", choices=formats, help="default: from the file name's extension, else csv")
        parser.add_argument("-o", "--output", type=Path, required=True)

    def period(parser, what: str) -> None:
        parser.add_argument("--period", choices=PERIOD_CHOICES, help=f"{what} in this period (instead of --from/--to)")

    reg = exp_sub.add_parser("registrations", help="what to register per contact in a period (default: today)")
    reg.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD")
    reg.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD")
    reg.add_argument("--week", action="store_true", help="this week, Monday to Sunday (the same as --period this-week)")
    period(reg, "contacts")
    reg.add_argument("--pending", action="store_true", help="only contacts not yet registered")
    reg.add_argument("--mask", action="store_true", help="hide the last four characters of identity numbers")
    common(reg)

    episode = exp_sub.add_parser("episode", help="summary of one episode (contacts, findings, scores, ending)")
    episode.add_argument("episode_id", metavar="ID")
    episode.add_argument("--mask", action="store_true")
    common(episode)

    siber = exp_sub.add_parser("siber", help="basis for the SibeR transfer per ended episode (not SibeR's format)")
    siber.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="episodes ended on or after")
    siber.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help="episodes ended on or before")
    period(siber, "episodes ended")
    siber.add_argument("--episode", dest="episode_id", metavar="ID")
    siber.add_argument("--pending", action="store_true", help="only episodes not yet transferred")
    siber.add_argument("--mask", action="store_true")
    common(siber)

    coverage = exp_sub.add_parser("coverage", help="coverage (täckningsgrad) per month: registered, journaled, "
                                                   "distance code, ending code, transferred to SibeR")
    coverage.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help="default: 1 January")
    coverage.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help="default: today")
    period(coverage, "months")
    common(coverage)

    extract = exp_sub.add_parser("audit-extract", help="one patient's log extract: every change, export and print "
                                                       "of their data")
    extract.add_argument("--patient", metavar="IDENTITY", required=True, help="the patient's identity number")
    extract.add_argument("--mask", action="store_true", help="hide the last four characters of the identity number")
    common(extract)


def _translate():
    from kbtdesk.translation import chosen_language, translate_function

    language = chosen_language()
    return language, translate_function(language)


def _passphrase(prompt: str, twice: bool = False) -> str:
    given = os.environ.get("KBTDESK_PASSPHRASE")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError("no passphrase: set KBTDESK_PASSPHRASE or run in a terminal")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Repeat: ") != first:
        raise CliError("the two passphrases are not the same")
    return first


def _secret(variable: str, prompt: str, twice: bool = False) -> str:
    given = os.environ.get(variable)
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise CliError(f"set {variable} or run in a terminal")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Repeat: ") != first:
        raise CliError("the two entries are not the same")
    return first


def _progress(label: str):
    """A `progress(done, total)` that keeps one line on stderr up to date, or None when stderr is
    not a terminal (a pipe or a log file gets no carriage returns).

    Long work (import, export, backup, verify at clinic scale) must show that it is moving; Ctrl+C
    cancels it and leaves the log and the target file as they were (one transaction; files renamed
    into place last). Redrawn at most five times a second, and once at the end.
    """
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()
    last = [-1.0]

    def show(done: int, total: int) -> None:
        now = time.monotonic()
        finished = bool(total) and done >= total
        if not finished and now - last[0] < 0.2:
            return
        last[0] = now
        percent = 100 * done // total if total else 100
        print(f"\r{label}: {percent:3d} % ({done:,}/{total:,}, {now - started:.0f} s)",
              end="\n" if finished else "", file=sys.stderr, flush=True)

    return show


def _open(args, read_only_if_in_use: bool = False, passphrase: str | None = None):
    """Unlock the log for writing; a command that only reads may fall back to read-only."""
    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import LogInUse, LogOpenError, open_log
    from kbtdesk.db.keyfile import KeyFileError

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}; create one with 'kbtdesk init'")
    passphrase = passphrase if passphrase is not None else _passphrase("Passphrase: ")
    try:
        try:
            log = open_log(paths, passphrase)
        except LogInUse as exc:
            if not read_only_if_in_use:
                raise
            print(f"kbtdesk: {exc.message.render(_translate()[1])}", file=sys.stderr)
            log = open_log(paths, passphrase, readonly=True)
    except (LogOpenError, KeyFileError) as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    return log, build_service(log)


def cmd_init(args) -> int:
    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import LogOpenError, create_log
    from kbtdesk.db.keyfile import passphrase_problem

    paths = resolve_log_paths(args.log)
    if paths.log.exists():
        raise CliError(f"a log already exists at {paths.log}; it was not touched")
    passphrase = _passphrase("New passphrase (at least 10 characters): ", twice=True)
    problem = passphrase_problem(passphrase)
    if problem:
        raise CliError(problem.render(_translate()[1]))
    try:
        log = create_log(paths, passphrase)
    except LogOpenError as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    code = log.recovery_code
    try:
        build_service(log).save_profile(args.name, args.profession, args.unit, args.care_level, args.ehr)
    finally:
        log.close()
    print(f"created {paths.log}")
    print(f"key file {paths.key}: keep it with the log; without it and the passphrase the log cannot be opened")
    print("recovery code (shown only now; write it down and keep it locked away, apart from this computer):")
    print(f"    {code}")
    return EXIT_OK


def cmd_import(args) -> int:
    from kbtdesk.core.interchange import ImportProblem, import_document

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    log, service = _open(args)
    try:
        result = import_document(service, raw, progress=_progress("importing records"))
    except ImportProblem as exc:
        raise CliError(f"{args.file}: {exc.describe(_translate()[1])}; nothing was imported") from None
    finally:
        log.close()
    added = ", ".join(f"{n} {k}" for k, n in result.added.items())
    same = sum(result.unchanged.values())
    print(f"imported {added}; {same} already in the log")
    return EXIT_OK


def _report_format(args) -> str:
    if args.format:
        return args.format
    return "pdf" if args.output.suffix.lower() == ".pdf" else "csv"


def _qt_for_pdf():
    """A QGuiApplication for drawing the PDF; headless when there is no display (Linux)."""
    if sys.platform.startswith("linux") and "QT_QPA_PLATFORM" not in os.environ \
            and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication(["kbtdesk"])


def _period(args, now, default):
    """(start, end) from --period, else --from/--to (either alone), else `default` (a pair or None)."""
    from kbtdesk.core.reports import preset_period

    if getattr(args, "period", None):
        if args.start or args.end:
            raise CliError("--period cannot be combined with --from or --to")
        return preset_period(args.period, now)
    if args.start or args.end:
        # --from alone runs to today; --to alone is that one day.
        start = args.start or args.end
        end = args.end or max(args.start, now.date())
        if end < start:
            raise CliError("--to is before --from")
        return start, end
    return default


def _request(args, service):
    """The ReportRequest the window would build for the same choices."""
    from kbtdesk.core import reports
    from kbtdesk.core.reports import ReportRequest

    now = service.now()
    if args.what == "registrations":
        start, end = _period(args, now, reports.period_this_week(now) if args.week else reports.period_today(now))
        return ReportRequest(reports.KIND_REGISTRATIONS, start, end, args.pending, args.mask)
    if args.what == "episode":
        return ReportRequest(reports.KIND_EPISODE, mask=args.mask, episode_id=args.episode_id)
    if args.what == "siber":
        start, end = _period(args, now, (None, None))
        return ReportRequest(reports.KIND_SIBER, start, end, args.pending, args.mask, args.episode_id)
    if args.what == "audit-extract":
        patient = service.patient_by_identity(args.patient)
        if patient is None:
            raise CliError(f"no patient with identity number {args.patient} in the log")
        return ReportRequest(reports.KIND_AUDIT, mask=args.mask, patient_id=patient.id)
    start, end = _period(args, now, (now.date().replace(month=1, day=1), now.date()))
    return ReportRequest(reports.KIND_COVERAGE, start, end)


def cmd_report(args) -> int:
    from kbtdesk.core.service import InputError

    fmt = _report_format(args)
    if not args.output.parent.is_dir():
        raise CliError(f"cannot write {args.output}: {args.output.parent} is not a folder; nothing was written")
    language, translate = _translate()
    log, service = _open(args)
    try:
        request = _request(args, service)
        try:
            report = request.build(service, language, progress=_progress("reading the log"))
        except InputError as exc:
            raise CliError(exc.message.render(translate)) from None
        _write_report(args, fmt, report, translate)
        request.record(service, fmt, report)
    finally:
        log.close()
    return EXIT_OK


def _write_report(args, fmt, report, translate) -> None:
    try:
        if fmt == "pdf":
            from kbtdesk.render.pdf import RenderError, write_pdf

            _qt_for_pdf()
            try:
                pages = write_pdf(report, args.output, translate)
            except RenderError as exc:
                raise CliError(f"cannot draw the PDF: {exc}; nothing was written") from None
            print(f"wrote {args.output} ({pages} pages)")
        else:
            from kbtdesk.core.csvout import write_csv

            write_csv(report, args.output, translate, progress=_progress("writing rows"))
            print(f"wrote {args.output} ({len(report.csv_table.rows)} rows)")
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror or exc}; nothing was written") from None


def cmd_export(args) -> int:
    if args.what != "json":
        return cmd_report(args)
    from kbtdesk.base.files import write_atomically
    from kbtdesk.core.interchange import dumps, export_log

    log, service = _open(args)
    try:
        document = export_log(service)
        try:
            write_atomically(args.output, dumps(document).encode("utf-8"))
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror}; nothing was written") from None
        service.record_export("json", "whole log", patient_ids=[p["id"] for p in document["patients"]])
    finally:
        log.close()
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_check(args) -> int:
    from kbtdesk.core.checker import has_errors

    language, translate = _translate()
    log, service = _open(args)
    try:
        findings = service.check_all()
    finally:
        log.close()
    if args.json:
        print(json.dumps({"findings": [f.as_json(translate, language) for f in findings]},
                         ensure_ascii=False, indent=2))
    else:
        for f in findings:
            where = f.episode + (f" / {f.contact}" if f.contact else "")
            print(f"{f.severity.upper():8} {where}: {f.text(translate, language)}")
        if not findings:
            print("no findings")
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_worklist(args) -> int:
    log, service = _open(args)
    try:
        items = service.worklist()
    finally:
        log.close()
    if args.json:
        print(json.dumps({"items": [
            {"kind": i.kind, "episode": i.episode_id, "contact": i.contact_id, "patient": i.identity,
             "when": i.when, "type": i.contact_type, "codes": list(i.codes), "outage": i.outage}
            for i in items]}, ensure_ascii=False, indent=2))
        return EXIT_OK
    from kbtdesk.core.identity import parse_identity

    for item in items:
        who = parse_identity(item.identity).masked()
        what = f"{item.contact_type} {' '.join(item.codes)}" if item.contact_id else ""
        flag = " [outage]" if item.outage else ""
        print(f"{item.kind:20} {item.when[:16]:16} {who:15} {what}{flag}")
    if not items:
        print("nothing open")
    return EXIT_OK


def cmd_backup(args) -> int:
    from kbtdesk.db.backup import backup_now, thin
    from kbtdesk.db.errors import is_disk_full

    log, _service = _open(args, read_only_if_in_use=True)
    try:
        info = backup_now(log.paths, log.data_key, progress=_progress("backup"))
        thin(log.paths)
    except OSError as exc:
        reason = "the disk is full" if is_disk_full(exc) else (exc.strerror or str(exc))
        raise CliError(f"backup failed ({reason}); no backup file was left behind") from None
    finally:
        log.close()
    print(f"wrote {info.path} ({info.size} bytes, verified)")
    return EXIT_OK


def _key_for_restore(args, paths):
    if args.key:
        return args.key
    if paths.key.exists():
        return paths.key
    # A new workstation: the key file travels with the backups (backup.py keeps a copy there).
    beside = sorted(args.file.parent.glob("*.db.key"))
    if len(beside) != 1:
        raise CliError(f"no key file at {paths.key} or beside {args.file}; give it with --key")
    return beside[0]


def cmd_restore(args) -> int:
    from kbtdesk.db import keyfile
    from kbtdesk.db.engine import LogOpenError, restore_backup

    translate = _translate()[1]
    paths = resolve_log_paths(args.log)
    if not args.file.is_file():
        raise CliError(f"there is no backup file at {args.file}")
    key_path = _key_for_restore(args, paths)
    try:
        code = os.environ.get("KBTDESK_RECOVERY_CODE")
        data_key = (keyfile.unwrap_with_recovery_code(key_path, code) if code
                    else keyfile.unwrap_data_key(key_path, _passphrase("Passphrase: ")))
        if key_path != paths.key:
            from kbtdesk.base.files import write_atomically

            paths.log.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(paths.key, key_path.read_bytes())
        log, aside = restore_backup(paths, data_key, args.file)
    except (LogOpenError, keyfile.KeyFileError) as exc:
        raise CliError(exc.message.render(translate)) from None
    log.close()
    print(f"restored {paths.log} from {args.file}")
    if aside:
        print(f"the log as it was is kept as {aside}")
    return EXIT_OK


def cmd_verify(args) -> int:
    from kbtdesk.db import keyfile
    from kbtdesk.db.health import check_database
    from kbtdesk.db.lock import who_holds

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}")
    try:
        data_key = keyfile.unwrap_data_key(paths.key, _passphrase("Passphrase: "))
    except keyfile.KeyFileError as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    # Nobody writing: read the file alone and leave no -wal/-shm behind; else read through the WAL.
    report = check_database(paths.log, data_key, full=args.full, immutable=who_holds(paths.log) is None,
                            progress=_progress("verify"))
    timings = ", ".join(f"{name} {sec:.2f} s" for name, sec in report.seconds.items())
    if report.ok:
        print(f"ok: {paths.log} (schema {report.version}; {timings})")
        return EXIT_OK
    for problem in report.problems:
        print(f"damaged: {problem}")
    print("restore the newest good backup with 'kbtdesk restore FILE'", file=sys.stderr)
    return EXIT_FINDINGS


def cmd_audit(args) -> int:
    log, service = _open(args, read_only_if_in_use=True)
    try:
        if args.audit_what == "verify":
            result = service.verify_audit()
            if result.ok:
                print(f"audit trail intact: {result.entries} entries, newest hash {result.head_hash[:16]}")
                return EXIT_OK
            print(f"audit trail broken at entry {result.first_bad_seq}: {result.problem} "
                  f"({result.entries} entries before it are intact)")
            return EXIT_FINDINGS
        patient = service.patient_by_identity(args.patient)
        if patient is None:
            raise CliError(f"no patient with identity number {args.patient} in the log")
        entries = service.audit_trail(patient.id)
    finally:
        log.close()
    from kbtdesk.core.audit import describe

    if args.json:
        print(json.dumps({"patient": patient.identity, "entries": describe(entries)}, ensure_ascii=False, indent=2))
    else:
        for e in entries:
            print(f"{e.seq:>7} {e.at} {e.action:16} {e.record_kind or '':8} {e.record_id or '':36} "
                  f"{e.profile} {e.detail}".rstrip())
        if not entries:
            print("no entries")
    return EXIT_OK


def cmd_passphrase(args) -> int:
    from kbtdesk.db import keyfile
    from kbtdesk.db.engine import change_passphrase

    old = _passphrase("Current passphrase: ")
    log, _service = _open(args, passphrase=old)
    try:
        new = _secret("KBTDESK_NEW_PASSPHRASE", "New passphrase (at least 10 characters): ", twice=True)
        try:
            change_passphrase(log, old, new)
        except keyfile.KeyFileError as exc:
            raise CliError(exc.message.render(_translate()[1])) from None
    finally:
        log.close()
    print(f"passphrase changed; {log.paths.log} itself was not rewritten")
    return EXIT_OK


def cmd_recover(args) -> int:
    from kbtdesk.db import keyfile
    from kbtdesk.db.engine import LogOpenError, open_with_recovery_code

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}")
    code = _secret("KBTDESK_RECOVERY_CODE", "Recovery code: ")
    new = _secret("KBTDESK_NEW_PASSPHRASE", "New passphrase (at least 10 characters): ", twice=True)
    try:
        log = open_with_recovery_code(paths, code, new)
    except (LogOpenError, keyfile.KeyFileError) as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    fresh = log.recovery_code
    log.close()
    print("new passphrase set")
    print("the recovery code you used no longer works; the new one (shown only now):")
    print(f"    {fresh}")
    return EXIT_OK


def run_window(args) -> int:
    from kbtdesk.ui.app import run

    return run(log_arg=args.log, demo=args.demo, quit_after_first_paint=args.quit_after_first_paint)


COMMANDS = {"init": cmd_init, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "worklist": cmd_worklist, "backup": cmd_backup, "restore": cmd_restore, "verify": cmd_verify,
            "audit": cmd_audit, "passphrase": cmd_passphrase, "recover": cmd_recover}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command is None:
        return run_window(args)
    try:
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"kbtdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kbtdesk: interrupted; nothing was written", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
