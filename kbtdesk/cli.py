"""The `kbtdesk` command: starts the window, or runs one task on the log with the same core.

Exit codes: 0 fine, 1 `check` found an error, 2 bad usage or bad input (nothing written).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
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

    check = sub.add_parser("check", help="list what breaks the routine's rules (exit 1 on an error)")
    check.add_argument("--json", action="store_true")

    work = sub.add_parser("worklist", help="list what is not yet journaled, registered or transferred")
    work.add_argument("--json", action="store_true")
    return parser


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


def _open(args):
    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import LogOpenError, open_log
    from kbtdesk.db.keyfile import KeyFileError

    paths = resolve_log_paths(args.log)
    if not paths.log.exists():
        raise CliError(f"there is no log at {paths.log}; create one with 'kbtdesk init'")
    try:
        log = open_log(paths, _passphrase("Passphrase: "))
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
    try:
        build_service(log).save_profile(args.name, args.profession, args.unit, args.care_level, args.ehr)
    finally:
        log.close()
    print(f"created {paths.log}")
    print(f"key file {paths.key}: keep it with the log; without it and the passphrase the log cannot be opened")
    return EXIT_OK


def cmd_import(args) -> int:
    from kbtdesk.core.interchange import ImportProblem, import_document

    try:
        raw = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    log, service = _open(args)
    try:
        result = import_document(service, raw)
    except ImportProblem as exc:
        raise CliError(f"{args.file}: {exc.describe(_translate()[1])}; nothing was imported") from None
    finally:
        log.close()
    added = ", ".join(f"{n} {k}" for k, n in result.added.items())
    same = sum(result.unchanged.values())
    print(f"imported {added}; {same} already in the log")
    return EXIT_OK


def cmd_export(args) -> int:
    from kbtdesk.core.interchange import dumps, export_log
    from kbtdesk.db.files import write_atomically

    log, service = _open(args)
    try:
        document = export_log(service)
    finally:
        log.close()
    try:
        write_atomically(args.output, dumps(document).encode("utf-8"))
    except OSError as exc:
        raise CliError(f"cannot write {args.output}: {exc.strerror}; nothing was written") from None
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


def run_window(args) -> int:
    from kbtdesk.ui.app import run

    return run(log_arg=args.log, demo=args.demo, quit_after_first_paint=args.quit_after_first_paint)


COMMANDS = {"init": cmd_init, "import": cmd_import, "export": cmd_export, "check": cmd_check,
            "worklist": cmd_worklist}


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
