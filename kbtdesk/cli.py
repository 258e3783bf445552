"""The `kbtdesk` command: starts the window, or runs one task on the log with the same core.

Exit codes: 0 fine, 1 `check` found an error (or `verify` / `audit verify` found damage),
2 bad usage or bad input (nothing written), 3 an error in kbtdesk itself (a bug: one line on
stderr, the traceback with KBTDESK_DEBUG=1; please report it).

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

from kbtdesk import __version__, cli_help
from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.cli_help import LocalisedParser
from kbtdesk.paths import resolve_log_paths

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 3


class CliError(Exception):
    """A problem to print as one line before exiting with EXIT_USAGE."""


#: Help of the options several commands share (every option says what it does, in the user's language).
JSON_HELP = QT_TRANSLATE_NOOP("Cli", "print JSON instead of text (for scripts)")
OUTPUT_HELP = QT_TRANSLATE_NOOP("Cli", "the file to write (written whole, or not at all)")
MASK_HELP = QT_TRANSLATE_NOOP("Cli", "hide the last four characters of identity numbers")


def _parser() -> argparse.ArgumentParser:
    parser = LocalisedParser(
        prog="kbtdesk",
        description=QT_TRANSLATE_NOOP(
            "Cli", "Checklist and log for internet CBT (KBT på nätet). Without a command, starts the window."),
    )
    parser.add_argument("--version", action="version", version=f"kbtdesk {__version__}")
    parser.add_argument("--log", metavar="PATH", help=QT_TRANSLATE_NOOP(
        "Cli", "the log file (default: KBTDESK_LOG, else the user data folder)"))
    parser.add_argument("--rules", metavar="PATH", help=QT_TRANSLATE_NOOP(
        "Cli", "a rule file, or a folder of its versions (default: KBTDESK_RULES, else the bundled set)"))
    parser.add_argument("--demo", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "open the window on a throwaway demo log"))
    parser.add_argument("--quit-after-first-paint", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    init = sub.add_parser("init", help=QT_TRANSLATE_NOOP("Cli", "create a new encrypted log"))
    init.add_argument("--name", default="", help=QT_TRANSLATE_NOOP("Cli", "your name"))
    init.add_argument("--profession", default="", help=QT_TRANSLATE_NOOP("Cli", "your profession, e.g. psykolog"))
    init.add_argument("--unit", default="", help=QT_TRANSLATE_NOOP("Cli", "your care unit"))
    init.add_argument("--care-level", metavar="ID", help=QT_TRANSLATE_NOOP(
        "Cli", "a care level of the rule set (default: its first)"))
    init.add_argument("--ehr", metavar="ID", help=QT_TRANSLATE_NOOP(
        "Cli", "an EHR system of the rule set (default: its first)"))

    imp = sub.add_parser("import", help=QT_TRANSLATE_NOOP(
        "Cli", "merge a kbtdesk-log JSON file into the log (all or nothing)"))
    imp.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the kbtdesk-log JSON file to read"))

    exp = sub.add_parser("export", help=QT_TRANSLATE_NOOP("Cli", "write the log, or a summary of it, to a file"))
    exp_sub = exp.add_subparsers(dest="what", metavar="WHAT", required=True)
    exp_json = exp_sub.add_parser("json", help=QT_TRANSLATE_NOOP("Cli", "the whole log in the interchange format"))
    exp_json.add_argument("-o", "--output", type=Path, required=True, help=OUTPUT_HELP)
    _export_parsers(exp_sub)

    check = sub.add_parser("check", help=QT_TRANSLATE_NOOP(
        "Cli", "list what breaks the routine's rules (exit 1 on an error)"))
    check.add_argument("--json", action="store_true", help=JSON_HELP)

    work = sub.add_parser("worklist", help=QT_TRANSLATE_NOOP(
        "Cli", "list what is not yet journaled, registered or transferred"))
    work.add_argument("--json", action="store_true", help=JSON_HELP)

    rules = sub.add_parser("rules", help=QT_TRANSLATE_NOOP(
        "Cli", "the routine's rule set: check a rule file, or show the one in use"))
    rules_sub = rules.add_subparsers(dest="rules_what", metavar="WHAT", required=True)
    rules_check = rules_sub.add_parser("check", help=QT_TRANSLATE_NOOP(
        "Cli", "validate a rule file or folder; names the JSON path of every problem (exit 2)"))
    rules_check.add_argument("path", type=Path, metavar="PATH", help=QT_TRANSLATE_NOOP(
        "Cli", "a rule file, or a folder of its versions"))
    rules_show = rules_sub.add_parser("show", help=QT_TRANSLATE_NOOP(
        "Cli", "the versions in use, their periods and where they come from"))
    rules_show.add_argument("--json", action="store_true", help=JSON_HELP)
    _trust_parsers(sub)
    _contact_parsers(sub)
    return parser


def _contact_parsers(sub) -> None:
    """`kbtdesk contact add`: one contact per episode, all or nothing (kbtdesk/core/batch.py)."""
    contact = sub.add_parser("contact", help=QT_TRANSLATE_NOOP("Cli", "log contacts"))
    contact_sub = contact.add_subparsers(dest="contact_what", metavar="WHAT", required=True)
    add = contact_sub.add_parser("add", help=QT_TRANSLATE_NOOP(
        "Cli", "log one contact on each episode given, with the codes the rule set suggests (all or nothing)"))
    add.add_argument("--episode", dest="episodes", action="append", required=True, metavar="ID",
                     help=QT_TRANSLATE_NOOP("Cli", "an episode's id; give --episode once for each episode"))
    add.add_argument("--type", required=True, metavar="TYPE", help=QT_TRANSLATE_NOOP(
        "Cli", "the contact type's id in the rule set (an unknown one is refused with the list of known ones)"))
    add.add_argument("--mode", metavar="MODE", help=QT_TRANSLATE_NOOP(
        "Cli", "the mode, for a contact type that has modes (a planned visit: video or clinic)"))
    add.add_argument("--at", metavar="ISO-8601", help=QT_TRANSLATE_NOOP(
        "Cli", "when, e.g. 2026-11-23T14:00 (without an offset: this computer's time zone); default now"))
    add.add_argument("--final", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "the contact ends the treatment (the episode ends; give --end-reason too)"))
    add.add_argument("--end-reason", dest="end_reason", metavar="REASON", help=QT_TRANSLATE_NOOP(
        "Cli", "how the treatment ends, with --final: completed, dropout or other"))
    add.add_argument("--journal-done", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "already written in the EHR: ticked as journaled now"))
    add.add_argument("--registered", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "already registered: ticked as registered now"))
    add.add_argument("--code", dest="codes", action="append", default=[], metavar="CODE", help=QT_TRANSLATE_NOOP(
        "Cli", "a KVÅ code to add after the suggested ones; give --code once for each"))
    add.add_argument("--minutes", type=int, metavar="N",
                     help=QT_TRANSLATE_NOOP("Cli", "the contact's length in minutes"))
    add.add_argument("--json", action="store_true", help=QT_TRANSLATE_NOOP("Cli", "print the contacts as JSON"))


def _trust_parsers(sub) -> None:
    sub.add_parser("backup", help=QT_TRANSLATE_NOOP("Cli", "write an encrypted, verified backup of the log now"))
    restore = sub.add_parser("restore", help=QT_TRANSLATE_NOOP(
        "Cli", "replace the log by a backup (verified first; the current log is kept aside)"))
    restore.add_argument("file", type=Path, help=QT_TRANSLATE_NOOP("Cli", "the backup file (.db)"))
    restore.add_argument("--key", type=Path, help=QT_TRANSLATE_NOOP(
        "Cli", "the key file (default: beside the log, else beside the backup)"))
    verify = sub.add_parser("verify", help=QT_TRANSLATE_NOOP(
        "Cli", "check the log's pages and structure (exit 1 if damaged)"))
    verify.add_argument("--full", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "run the full integrity_check (slow on a big log)"))
    aud = sub.add_parser("audit", help=QT_TRANSLATE_NOOP(
        "Cli", "the audit trail: verify the chain, or show one patient's entries"))
    aud_sub = aud.add_subparsers(dest="audit_what", metavar="WHAT", required=True)
    aud_verify = aud_sub.add_parser("verify", help=QT_TRANSLATE_NOOP(
        "Cli", "check the chain, every record's content against it, and the backups and exports it can see "
        "(exit 1 naming what is wrong)"))
    aud_verify.add_argument("--against", metavar="FILE", type=Path, nargs="+", default=[], help=QT_TRANSLATE_NOOP(
        "Cli", "earlier copies to hold the trail to: backups (.db) or JSON exports"))
    show = aud_sub.add_parser("show", help=QT_TRANSLATE_NOOP("Cli", "list the entries about one patient"))
    show.add_argument("--patient", metavar="IDENTITY", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "the patient's identity number"))
    show.add_argument("--json", action="store_true", help=JSON_HELP)
    sub.add_parser("passphrase", help=QT_TRANSLATE_NOOP("Cli", "change the passphrase (the log is not rewritten)"))
    sub.add_parser("recover", help=QT_TRANSLATE_NOOP(
        "Cli", "forgotten passphrase: set a new one with the recovery code"))


def _date(text: str):
    from datetime import date

    from kbtdesk.core.limits import EARLIEST_CARE_DAY, LATEST_CARE_DAY, is_care_day

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(cli_help.translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "'{text}' is not a date (YYYY-MM-DD)")).format(text=_shown(text))) from None
    if not is_care_day(day):
        raise argparse.ArgumentTypeError(f"{day.isoformat()} is outside the dates kbtdesk keeps "
                                         f"({EARLIEST_CARE_DAY.isoformat()} to {LATEST_CARE_DAY.isoformat()})")
    return day


def _shown(text: str) -> str:
    """Text from the command line as a message may show it (a lone surrogate cannot be printed)."""
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _valid_text(value: str, what: str) -> str:
    """Refuse text no encoding can hold (a non-UTF-8 byte in an argument or a variable arrives as
    half a surrogate pair): it cannot be stored or compared, and would crash further on."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise CliError(f"{what} is not valid text ({_shown(value)}): use UTF-8") from None
    return value


PERIOD_CHOICES = ("today", "this-week", "last-week", "this-month", "last-month")


def _export_parsers(exp_sub) -> None:
    """The summaries (kbtdesk/core/reports/): CSV for Excel, or an A4 PDF."""

    def common(parser, formats=("csv", "pdf")):
        parser.add_argument("--format", choices=formats, help=QT_TRANSLATE_NOOP(
            "Cli", "default: from the file name's extension, else csv"))
        parser.add_argument("-o", "--output", type=Path, required=True, help=OUTPUT_HELP)

    def period(parser, help_text: str) -> None:
        parser.add_argument("--period", choices=PERIOD_CHOICES, help=help_text)

    reg = exp_sub.add_parser("registrations", help=QT_TRANSLATE_NOOP(
        "Cli", "what to register per contact in a period (default: today)"))
    reg.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "contacts on or after this day"))
    reg.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "contacts on or before this day"))
    reg.add_argument("--week", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "this week, Monday to Sunday (the same as --period this-week)"))
    period(reg, QT_TRANSLATE_NOOP("Cli", "contacts in this period (instead of --from/--to)"))
    reg.add_argument("--pending", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "only contacts not yet registered"))
    reg.add_argument("--mask", action="store_true", help=MASK_HELP)
    common(reg)

    episode = exp_sub.add_parser("episode", help=QT_TRANSLATE_NOOP(
        "Cli", "summary of one episode (contacts, findings, scores, ending)"))
    episode.add_argument("episode_id", metavar="ID", help=QT_TRANSLATE_NOOP("Cli", "the episode's id"))
    episode.add_argument("--mask", action="store_true", help=MASK_HELP)
    common(episode)

    siber = exp_sub.add_parser("siber", help=QT_TRANSLATE_NOOP(
        "Cli", "basis for the SibeR transfer per ended episode (not SibeR's format)"))
    siber.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "episodes ended on or after"))
    siber.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "episodes ended on or before"))
    period(siber, QT_TRANSLATE_NOOP("Cli", "episodes ended in this period (instead of --from/--to)"))
    siber.add_argument("--episode", dest="episode_id", metavar="ID", help=QT_TRANSLATE_NOOP(
        "Cli", "only this episode"))
    siber.add_argument("--pending", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "only episodes not yet transferred"))
    siber.add_argument("--mask", action="store_true", help=MASK_HELP)
    common(siber)

    coverage = exp_sub.add_parser("coverage", help=QT_TRANSLATE_NOOP(
        "Cli", "coverage (täckningsgrad) per month: registered, journaled, distance code, visit code, "
        "ending code, transferred to SibeR"))
    coverage.add_argument("--from", dest="start", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "default: 1 January"))
    coverage.add_argument("--to", dest="end", type=_date, metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP(
        "Cli", "default: today"))
    period(coverage, QT_TRANSLATE_NOOP("Cli", "the months of this period (instead of --from/--to)"))
    common(coverage)

    extract = exp_sub.add_parser("audit-extract", help=QT_TRANSLATE_NOOP(
        "Cli", "one patient's log extract: every change, export and print of their data"))
    extract.add_argument("--patient", metavar="IDENTITY", required=True, help=QT_TRANSLATE_NOOP(
        "Cli", "the patient's identity number"))
    extract.add_argument("--mask", action="store_true", help=QT_TRANSLATE_NOOP(
        "Cli", "hide the last four characters of the identity number"))
    common(extract)


def _translate():
    from kbtdesk.translation import chosen_language, translate_function

    language = chosen_language()
    return language, translate_function(language)


def _passphrase(prompt: str, twice: bool = False) -> str:
    given = os.environ.get("KBTDESK_PASSPHRASE")
    if given is not None:
        return _valid_text(given, "KBTDESK_PASSPHRASE")
    if not sys.stdin.isatty():
        raise CliError("no passphrase: set KBTDESK_PASSPHRASE or run in a terminal")
    first = getpass.getpass(prompt)
    if twice and getpass.getpass("Repeat: ") != first:
        raise CliError("the two passphrases are not the same")
    return first


def _secret(variable: str, prompt: str, twice: bool = False) -> str:
    given = os.environ.get(variable)
    if given is not None:
        return _valid_text(given, variable)
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
    from kbtdesk.core.errors import KeyFileError, LogInUse, LogOpenError
    from kbtdesk.core.logs import open_log

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        if paths.key.exists() or (paths.backups.is_dir() and any(paths.backups.iterdir())):
            raise CliError(f"there is no log at {paths.log}, but its key file or backups are there: put the "
                           f"log back, or restore the newest backup with 'kbtdesk restore FILE' "
                           f"(backups in {paths.backups})")
        raise CliError(f"there is no log at {paths.log}; create one with 'kbtdesk init'")
    passphrase = passphrase if passphrase is not None else _passphrase("Passphrase: ")
    try:
        try:
            log = open_log(paths, passphrase)
        except LogInUse as exc:
            if not read_only_if_in_use:
                raise
            translate = _translate()[1]
            print(f"kbtdesk: {exc.message.render(translate)} " + translate("Cli", QT_TRANSLATE_NOOP(
                "Cli", "Reading it read-only.")), file=sys.stderr)
            log = open_log(paths, passphrase, readonly=True)
    except (LogOpenError, KeyFileError) as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    try:
        return log, build_service(log, _rules(args))
    except BaseException:
        log.close()
        raise


def _rules(args):
    """The rule book chosen by --rules / KBTDESK_RULES (else the bundled one), with the unit's
    configuration laid over it; a broken rule file or unit.json is a usage error."""
    from kbtdesk.composition import load_rules
    from kbtdesk.core.rules import RuleSetError

    try:
        return load_rules(getattr(args, "rules", None))
    except RuleSetError as exc:
        lines = "\n".join(f"  {p}" for p in exc.problems) or f"  {exc}"
        raise CliError(f"cannot use the rule set {exc.file}:\n{lines}") from None


def cmd_init(args) -> int:
    from datetime import date

    from kbtdesk.composition import build_service
    from kbtdesk.core.errors import LogOpenError
    from kbtdesk.core.keys import new_passphrase_problem
    from kbtdesk.core.logs import create_log, refuse_over_key_material

    paths = resolve_log_paths(args.log)
    if paths.log.exists():
        raise CliError(f"a log already exists at {paths.log}; it was not touched")
    try:
        refuse_over_key_material(paths)  # before the passphrase is asked (create_log checks again)
    except LogOpenError as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    rules = _rules(args)
    current = rules.for_date(date.today())
    care_level = args.care_level or current.care_levels[0]
    ehr = args.ehr or current.ehr_ids[0]
    if care_level not in current.care_levels:
        known = ", ".join(current.care_levels)
        raise CliError(f"--care-level {care_level}: the rule set {current.label} knows {known}")
    if ehr not in current.ehr_ids:
        raise CliError(f"--ehr {ehr}: the rule set {current.label} knows {', '.join(current.ehr_ids)}")
    passphrase = _passphrase("New passphrase (at least 10 characters): ", twice=True)
    problem = new_passphrase_problem(passphrase, user_inputs=(args.name or "", args.unit or ""))
    if problem:
        raise CliError(problem.render(_translate()[1]))
    try:
        log = create_log(paths, passphrase)
    except LogOpenError as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    code = log.recovery_code
    try:
        build_service(log, rules).save_profile(args.name, args.profession, args.unit, care_level, ehr)
    finally:
        log.close()
    print(f"created {paths.log}")
    print(f"key file {paths.key}: keep it with the log; without it and the passphrase the log cannot be opened")
    print("recovery code (shown only now; write it down and keep it locked away, apart from this computer):")
    print(f"    {code}")
    return EXIT_OK


def cmd_import(args) -> int:
    from kbtdesk.core.interchange import ImportProblem, ImportRequest

    try:
        request = ImportRequest.from_file(args.file)
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    log, service = _open(args)
    try:
        result = request.run(service, progress=_progress("importing records"))
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
    log, service = _open(args, read_only_if_in_use=True)
    try:
        request = _request(args, service)
        try:
            report = request.build(service, language, progress=_progress("reading the log"))
        except InputError as exc:
            raise CliError(exc.message.render(translate)) from None
        _write_report(args, fmt, report, translate)
        if log.readonly:  # the entry waits beside the log (_record_export)
            patient = service.episode(args.episode_id).patient_id if args.what == "episode" else None
            _record_export(log, service, args.what, f"{fmt} {args.what}", patient_id=patient)
        else:
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

    log, service = _open(args, read_only_if_in_use=True)
    try:
        document = export_log(service)
        try:
            write_atomically(args.output, dumps(document).encode("utf-8"))
        except OSError as exc:
            raise CliError(f"cannot write {args.output}: {exc.strerror}; nothing was written") from None
        head = document["audit_head"]
        detail = f"json whole log; audit trail at entry {head['seq']} ({head['hash'][:16]})"
        if log.readonly:
            _record_export(log, service, "json", detail)
        else:
            service.record_export("json", detail, patient_ids=[p["id"] for p in document["patients"]])
    finally:
        log.close()
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_check(args) -> int:
    from kbtdesk.core.checker import has_errors

    language, translate = _translate()
    log, service = _open(args, read_only_if_in_use=True)
    try:
        findings = service.check_all()
    finally:
        log.close()
    book = service.rule_book
    if args.json:
        print(json.dumps({"rules": _versions_json(book),
                          "findings": [f.as_json(translate, language) for f in findings]},
                         ensure_ascii=False, indent=2))
    else:
        for f in findings:
            where = f.episode + (f" / {f.contact}" if f.contact else "")
            note = f" ({f.note.render(translate)})" if f.note is not None else ""
            print(f"{f.severity.upper():8} {where}: {f.text(translate, language)} [{f.ruleset}]{note}")
        if not findings:
            print(f"no findings (rules: {', '.join(v.label for v in book.versions)})")
    return EXIT_FINDINGS if has_errors(findings) else EXIT_OK


def cmd_worklist(args) -> int:
    log, service = _open(args, read_only_if_in_use=True)
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


def _versions_json(book) -> list[dict]:
    return [{"id": v.id, "version": v.version, "valid_from": v.valid_from.isoformat(),
             "valid_to": until.isoformat() if (until := book.valid_until(i)) else None, "file": v.origin}
            for i, v in enumerate(book.versions)]


def cmd_rules(args) -> int:
    from datetime import date

    from kbtdesk.core.rules import check_rule_source

    if args.rules_what == "check":
        problems = check_rule_source(args.path)
        if problems:
            for problem in problems:
                print(f"{args.path}: {problem}")
            print(f"kbtdesk: {len(problems)} problem(s) in {args.path}; kbtdesk would refuse it", file=sys.stderr)
            return EXIT_USAGE
        from kbtdesk.core.rules import load_rule_book

        book = load_rule_book(args.path)
        print(f"ok: {args.path} ({', '.join(v.label for v in book.versions)})")
        return EXIT_OK
    from kbtdesk.paths import resolve_rules_source

    book = _rules(args)
    chosen = resolve_rules_source(args.rules)
    how = ("--rules" if args.rules else "KBTDESK_RULES") if chosen else "bundled with kbtdesk"
    today = date.today()
    current = book.for_date(today)
    unit = _unit_files()
    if args.json:
        print(json.dumps({"source": book.source, "chosen_by": how, "today": current.label,
                          "versions": _versions_json(book), "unit_files": unit}, ensure_ascii=False, indent=2))
        return EXIT_OK
    print(f"rule set: {book.source} ({how})")
    for index, version in enumerate(book.versions):
        until = book.valid_until(index)
        period = f"{version.valid_from} – {until or ''}".rstrip()
        mark = "  <- today" if version is current else ""
        print(f"  {version.label:32} {period:26} {version.title.get('sv')}{mark}")
    for item in unit:
        print(f"unit configuration ({item['layer']}): {item['file']}")
    if not unit:
        print("unit configuration: none (no unit.json in the machine-wide or the user config folder)")
    return EXIT_OK


def _unit_files() -> list[dict]:
    from kbtdesk.composition import load_unit

    return [{"layer": f.layer, "file": f.path, "unit": f.unit} for f in load_unit().files]


def _record_export(log, service, kind: str, detail: str, patient_id: str | None = None) -> None:
    """An export goes into the audit trail; from a log read while another kbtdesk writes it, the
    entry waits beside the log until that kbtdesk's next unlock moves it in (as a read-only unlock)."""
    if log.readonly:
        from kbtdesk.core import audit
        from kbtdesk.core.logs import note_event

        note_event(log.paths, audit.PRINT if kind == "print" else audit.EXPORT, record_kind=kind, detail=detail,
                   patient_id=patient_id)
    else:
        service.record_export(kind, detail, patient_id=patient_id)


def _contact_moment(text: str | None, now):
    """--at as an aware time: an offset given is kept, none means this computer's time zone."""
    from datetime import datetime

    if text is None:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise CliError(cli_help.translate("Cli", QT_TRANSLATE_NOOP(
            "Cli", "--at '{value}' is not a date and time (ISO 8601, e.g. 2026-11-23T14:00)")).format(
            value=text)) from None
    if moment.tzinfo is None:
        try:
            moment = moment.astimezone()
        except (OverflowError, OSError, ValueError):  # a year the platform's clock cannot place
            moment = moment.replace(tzinfo=now.tzinfo)
    return moment


def cmd_contact(args) -> int:
    from kbtdesk.core.batch import BatchRefused, ContactBatch, log_contacts
    from kbtdesk.core.service import InputError

    language, translate = _translate()
    log, service = _open(args)
    try:
        known = [t.id for t in service.rules.contact_types]
        if args.type not in known:
            raise CliError(translate("Cli", QT_TRANSLATE_NOOP(
                "Cli", "unknown contact type '{value}'; the rule set has: {known}")).format(
                value=args.type, known=", ".join(known)))
        modes = [m.id for m in service.rules.contact_type(args.type).modes]
        if args.mode is not None and args.mode not in modes:
            raise CliError(translate("Cli", QT_TRANSLATE_NOOP(
                "Cli", "unknown mode '{value}' for {type}; it has: {known}")).format(
                value=args.mode, type=args.type, known=", ".join(modes) or "-"))
        request = ContactBatch(tuple(args.episodes), args.type, mode=args.mode,
                               at=_contact_moment(args.at, service.now()), final=args.final,
                               end_reason=args.end_reason,
                               journal_done=args.journal_done, registered=args.registered,
                               extra_codes=tuple(args.codes), minutes=args.minutes)
        try:
            logged = log_contacts(service, request)
        except InputError as exc:
            raise CliError(exc.message.render(translate) + " " + translate("Cli", QT_TRANSLATE_NOOP(
                "Cli", "Nothing was written."))) from None
        except BatchRefused as refused:
            if args.json:
                found = [f.as_json(translate, language) for f in refused.findings]
                print(json.dumps({"contacts": [], "findings": found},
                                 ensure_ascii=False, indent=2))
            else:
                for f in refused.findings:
                    print(f"{f.severity.upper():8} {f.episode}: {f.text(translate, language)}")
            print("kbtdesk: " + translate("Cli", QT_TRANSLATE_NOOP(
                "Cli", "the routine's rules refuse {n} of the {total} contacts; nothing was written")).format(
                n=len(refused.planned), total=len(request.episode_ids)), file=sys.stderr)
            return EXIT_FINDINGS
    finally:
        log.close()
    if args.json:
        print(json.dumps({"contacts": [
            {"id": d.id, "episode": d.episode_id, "at": d.at.isoformat(), "type": d.type, "mode": d.mode,
             "final": d.final, "codes": list(d.codes),
             "journal_done": d.journal_done.isoformat() if d.journal_done else None,
             "registered": d.registered.isoformat() if d.registered else None}
            for d in logged.drafts]}, ensure_ascii=False, indent=2))
    else:
        for d in logged.drafts:
            print(f"{d.id} {d.episode_id} {d.at.isoformat()} {d.type}{' ' + d.mode if d.mode else ''} "
                  f"{' '.join(d.codes)}")
        done = QT_TRANSLATE_NOOP("Cli", "logged 1 contact") if len(logged.drafts) == 1 else QT_TRANSLATE_NOOP(
            "Cli", "logged {n} contacts")
        print(translate("Cli", done).format(n=len(logged.drafts)))
    return EXIT_OK


def cmd_backup(args) -> int:
    from kbtdesk.core.backups import BackupRequest
    from kbtdesk.core.errors import is_disk_full

    log, _service = _open(args, read_only_if_in_use=True)
    try:
        info = BackupRequest.of(log).run(_progress("backup"))  # as the window's automatic backups
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
    # A new workstation: each backup carries its key file (<backup>.key); an older kbtdesk kept
    # one for the whole folder (<log>.key there).
    own = args.file.with_name(args.file.name + ".key")
    if own.is_file():
        return own
    beside = [p for p in sorted(args.file.parent.glob("*.db.key")) if not p.with_name(p.name[:-4]).is_file()]
    if len(beside) != 1:
        raise CliError(f"no key file at {paths.key} or beside {args.file}; give it with --key")
    return beside[0]


def cmd_restore(args) -> int:
    from kbtdesk.core import keys as keyfile
    from kbtdesk.core.errors import LogOpenError
    from kbtdesk.core.logs import restore_backup, unwrap_noting_failure

    translate = _translate()[1]
    paths = resolve_log_paths(args.log)
    if not args.file.is_file():
        raise CliError(f"there is no backup file at {args.file}")
    key_path = _key_for_restore(args, paths)
    try:
        code = os.environ.get("KBTDESK_RECOVERY_CODE")
        if code:
            data_key = unwrap_noting_failure(paths, code=_valid_text(code, "KBTDESK_RECOVERY_CODE"),
                                             key_path=key_path)
        else:
            data_key = unwrap_noting_failure(paths, _passphrase("Passphrase: "), key_path=key_path)
        paths.log.parent.mkdir(parents=True, exist_ok=True)
        log, aside = restore_backup(paths, data_key, args.file)
    except (LogOpenError, keyfile.KeyFileError) as exc:
        raise CliError(exc.message.render(translate)) from None
    try:
        if key_path != paths.key:  # only once the backup proved to open with it
            keyfile.install_key_file(paths, key_path, data_key)
    finally:
        log.close()
    print(f"restored {paths.log} from {args.file}")
    if aside:
        print(f"the log as it was is kept as {aside}")
    return EXIT_OK


def cmd_verify(args) -> int:
    from kbtdesk.core import keys as keyfile
    from kbtdesk.core.logs import check_database, unwrap_noting_failure, who_holds

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}")
    try:
        # A wrong passphrase is noted like a failed unlock: the next unlock puts it on the trail.
        data_key = unwrap_noting_failure(paths, _passphrase("Passphrase: "))
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


def _copies(args, log) -> list:
    """Earlier copies of the log to hold its trail to: every backup beside it, and --against."""
    from kbtdesk.core.audit import backup_copy, export_copy
    from kbtdesk.core.backups import list_backups

    copies = [c for c in (backup_copy(b.path, log.data_key) for b in list_backups(log.paths)) if c is not None]
    for path in args.against:
        copy = export_copy(path) if path.suffix.lower() == ".json" else backup_copy(path, log.data_key)
        if copy is None:
            raise CliError(f"{path} is neither a backup of this log nor a kbtdesk-log export with an audit head")
        copies.append(copy)
    return copies


def _print_verification(result) -> int:
    if not result.ok and result.first_bad_seq is not None:
        print(f"audit trail broken at entry {result.first_bad_seq}: {result.problem} "
              f"({result.entries} entries before it are intact)")
        return EXIT_FINDINGS
    print(f"audit trail chain intact: {result.entries:,} entries, newest entry {result.head_seq:,} "
          f"(hash {result.head_hash[:16]})")
    if result.uncovered == result.entries:
        print("content: not covered (this log's entries carry no content hashes; open it for writing once "
              "to begin covering it)")
        return EXIT_OK
    if result.uncovered:
        print(f"not covered: entries 1–{result.uncovered:,} were written before kbtdesk recorded content; "
              f"changes made before entry {result.uncovered + 1:,} are not covered")
    if result.content_problem:
        print(f"content: {result.content_problem}")
    if result.unexplained:
        print(f"content: {len(result.unexplained):,} records are not what the trail says "
              f"({result.records:,} records in the log):")
        for p in result.unexplained:
            print(f"  {p.record_kind} {p.record_id}: {p.problem}")
    elif not result.content_problem:
        print(f"content: {result.records:,} records recomputed, every one explained by its entries")
    for copy in result.copies:
        name = Path(copy.source).name
        if copy.agrees:
            print(f"copy {name} (entry {copy.seq:,}): agrees" + (f" ({copy.problem})" if copy.problem else ""))
        else:
            print(f"copy {name} (entry {copy.seq:,}): {copy.problem}")
    if not result.copies:
        print("copies: no backup or export to compare with (give one with --against FILE)")
    return EXIT_OK if result.ok else EXIT_FINDINGS


def cmd_audit(args) -> int:
    log, service = _open(args, read_only_if_in_use=True)
    try:
        if args.audit_what == "verify":
            copies = _copies(args, log)
            return _print_verification(service.verify_audit(copies, progress=_progress("verifying the audit trail")))
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
    from kbtdesk.core import keys as keyfile
    from kbtdesk.core.logs import change_passphrase

    old = _passphrase("Current passphrase: ")
    log, _service = _open(args, passphrase=old)
    try:
        new = _secret("KBTDESK_NEW_PASSPHRASE", "New passphrase (at least 10 characters): ", twice=True)
        profile = _service.profile()
        problem = keyfile.new_passphrase_problem(
            new, user_inputs=(profile.name, profile.care_unit) if profile else ())
        if problem:
            raise CliError(problem.render(_translate()[1]))
        try:
            change_passphrase(log, old, new)
        except keyfile.KeyFileError as exc:
            raise CliError(exc.message.render(_translate()[1])) from None
    finally:
        log.close()
    print(f"passphrase changed; {log.paths.log} itself was not rewritten")
    return EXIT_OK


def cmd_recover(args) -> int:
    from kbtdesk.core import keys as keyfile
    from kbtdesk.core.errors import LogOpenError
    from kbtdesk.core.logs import commit_recovery, open_with_recovery_code

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}")
    code = _secret("KBTDESK_RECOVERY_CODE", "Recovery code: ")
    new = _secret("KBTDESK_NEW_PASSPHRASE", "New passphrase (at least 10 characters): ", twice=True)
    problem = keyfile.new_passphrase_problem(new)
    if problem:
        raise CliError(problem.render(_translate()[1]))
    try:
        log = open_with_recovery_code(paths, code, new)
    except (LogOpenError, keyfile.KeyFileError) as exc:
        raise CliError(exc.message.render(_translate()[1])) from None
    try:
        # The new code is in force only once it has been shown: printed first, then committed. A
        # kill in between leaves the used code and the old passphrase working, the new ones not.
        print("the new recovery code (shown only now; write it down and keep it locked away):")
        print(f"    {log.recovery_code}", flush=True)
        commit_recovery(log)
    finally:
        log.close()
    print("new passphrase set; the recovery code you used no longer works, the one above does")
    return EXIT_OK


def run_window(args) -> int:
    from kbtdesk.ui.app import run

    # The window reads the rule set itself, before the unlock dialog: a broken rule file or
    # unit.json is said in a message box (and on stderr), and kbtdesk exits with 2.
    return run(log_arg=args.log, demo=args.demo, quit_after_first_paint=args.quit_after_first_paint,
               rules_source=args.rules)


COMMANDS = {"init": cmd_init, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "worklist": cmd_worklist, "backup": cmd_backup, "restore": cmd_restore, "verify": cmd_verify,
            "audit": cmd_audit, "passphrase": cmd_passphrase, "recover": cmd_recover, "rules": cmd_rules,
            "contact": cmd_contact}


#: Arguments that become stored or compared text (paths may hold any bytes the system allows).
_TEXT_ARGUMENTS = {"episode_id": "the episode id", "patient": "--patient", "name": "--name",
                   "profession": "--profession", "unit": "--unit"}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        for attribute, what in _TEXT_ARGUMENTS.items():
            value = getattr(args, attribute, None)
            if isinstance(value, str):
                _valid_text(value, what)
        if args.command is None:
            return run_window(args)
        return COMMANDS[args.command](args)
    except CliError as exc:
        print(f"kbtdesk: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kbtdesk: interrupted; nothing was written", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # never a traceback, and never exit 1 (which means "findings")
        return _unexpected(exc)


def _unexpected(exc: Exception) -> int:
    from kbtdesk.core.errors import is_disk_full

    if is_disk_full(exc):
        print("kbtdesk: the disk is full; what was being written was not saved. Free some space and try again.",
              file=sys.stderr)
        return EXIT_USAGE
    print(f"kbtdesk: unexpected error ({type(exc).__name__}: {_shown(str(exc))[:300]}). This is a fault in "
          "kbtdesk, not in what you gave it: please report it (KBTDESK_DEBUG=1 shows the details).",
          file=sys.stderr)
    if os.environ.get("KBTDESK_DEBUG"):
        import traceback

        traceback.print_exception(exc, file=sys.stderr)
    return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
