"""The interchange format `kbtdesk-log` v1: whole-log export and all-or-nothing import.

See docs/format.md and resources/format/kbtdesk-log-v1.schema.json. Import validates the whole
file first (naming the record id and field of the first problem), then merges it in one
transaction. Importing the same file twice changes nothing; the same id with other content is an
error. Breaking a rule of the routine is not an input error: it imports, and `check` reports it.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlmodel import col, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.models import (
    Contact,
    Episode,
    Measure,
    Patient,
)
from kbtdesk.core.rules import RuleBook, RuleSet, load_rule_book, normalise_code
from kbtdesk.core.service import (
    ContactDraft,
    InputError,
    LogService,
    check_care_day,
    check_contact,
    check_score,
    clean_text,
    fold,
    parse_moment,
    search_terms,
    utc_key,
)

FORMAT = "kbtdesk-log"
VERSION = 1
SECTIONS = ("patients", "episodes", "contacts", "measures")


class ImportProblem(InputError):
    """Bad input in an interchange file: which record, which field, what is wrong."""

    def __init__(self, record: str | None, field_name: str, message: Message):
        super().__init__(field_name, message, record)

    def describe(self, translate=lambda c, s: s) -> str:
        where = "".join(f"{part}: " for part in (self.record, self.field) if part)
        return where + self.message.render(translate).rstrip(".")


def _problem(record, field_name, source, **params) -> ImportProblem:
    return ImportProblem(record, field_name, Message("Import", source, params))


@dataclass
class ImportResult:
    added: dict[str, int]
    unchanged: dict[str, int]


@dataclass(frozen=True)
class ImportRequest:
    """One import, as both front ends make it. What: the kbtdesk-log document read from `source`.
    Target: the service's log, merged all or nothing (`import_document`), audited per patient."""

    source: Path
    document: bytes = field(repr=False)

    @classmethod
    def from_file(cls, source: Path) -> ImportRequest:
        """The request for the file at `source`, read now (OSError if it cannot be read)."""
        return cls(source, source.read_bytes())

    def run(self, service: LogService, progress: Callable[[int, int], None] | None = None) -> ImportResult:
        """Import; ImportProblem (naming the record and field) leaves the log as it was."""
        return import_document(service, self.document, progress=progress)


# -- export -------------------------------------------------------------------------------

def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def export_log(service: LogService) -> dict[str, Any]:
    """The whole log as a v1 document, in a stable order, with the head of its audit trail
    (`audit_head`: read in the same transaction as the records) so that the file is an earlier
    copy that `kbtdesk audit verify --against FILE` can hold the log's trail to."""
    with service.session() as s:
        seq, head_hash = audit.head(lambda sql, p: s.execute(text(sql), p))
        patients = s.exec(select(Patient).order_by(Patient.id)).all()
        episodes = s.exec(select(Episode).order_by(col(Episode.started), col(Episode.id))).all()
        contacts = s.exec(select(Contact).order_by(Contact.at_utc, Contact.id)).all()
        measures = s.exec(select(Measure).order_by(col(Measure.on), col(Measure.id))).all()
    return {
        "format": FORMAT,
        "version": VERSION,
        "audit_head": {"seq": seq, "hash": head_hash},
        "patients": [{"id": p.id, "identity": p.identity, "name": p.name} for p in patients],
        "episodes": [episode_json(e) for e in episodes],
        "contacts": [contact_json(c) for c in contacts],
        "measures": [{"id": m.id, "episode": m.episode_id, "on": m.on.isoformat(),
                      "instrument": m.instrument, "score": m.score,
                      "items": json.loads(m.items) if m.items is not None else None} for m in measures],
    }


def episode_json(e: Episode) -> dict[str, Any]:
    return {"id": e.id, "patient": e.patient_id, "programme": e.programme,
            "started": e.started.isoformat(), "ended": _date(e.ended), "end_reason": e.end_reason,
            "care_level": e.care_level, "ehr": e.ehr,
            "siber_start_documented": _date(e.siber_start_documented),
            "siber_transferred": _date(e.siber_transferred)}


def contact_json(c: Contact) -> dict[str, Any]:
    return {"id": c.id, "episode": c.episode_id, "at": c.at, "type": c.type, "mode": c.mode,
            "minutes": c.minutes, "final": bool(c.final), "codes": c.code_list,
            "journal_done": c.journal_done, "registered": c.registered, "note": c.note,
            "outage": bool(c.outage)}


def dumps(document: dict[str, Any]) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# -- validation ---------------------------------------------------------------------------

SCHEMA = "kbtdesk-log-v1.schema.json"
#: How deep values nest in a kbtdesk-log file (document, section, record, codes or items); a
#: deeper file is refused before anything walks it (a million-deep array would exhaust the stack).
MAX_DEPTH = 4


@functools.cache
def _validator():
    """The format's JSON Schema (resources/format), checked by jsonschema (Draft 2020-12).

    Its local references (`#/$defs/...`) are put in place once here: jsonschema resolves a `$ref`
    anew for every value it meets (measured: 130,000 records validated in 21 s with references,
    ≈12 s without; the same schema, the same errors)."""
    import importlib.resources

    from jsonschema import Draft202012Validator

    text_ = (importlib.resources.files("kbtdesk.resources") / "format" / SCHEMA).read_text(encoding="utf-8")
    schema = json.loads(text_)
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(_inlined(schema, schema.get("$defs", {})))


def _inlined(node: Any, defs: dict) -> Any:
    if isinstance(node, dict):
        ref = node.get("$ref", "")
        if ref.startswith("#/$defs/"):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            target = _inlined(defs[ref[len("#/$defs/"):]], defs)
            return {"allOf": [target, _inlined(rest, defs)]} if rest else target
        return {k: _inlined(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [_inlined(v, defs) for v in node]
    return node


def _shown(value: Any, limit: int = 60) -> str:
    """A value as an error message may show it: one line, short, printable."""
    text_ = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if len(text_) > limit:
        text_ = text_[:limit] + "…"
    return "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text_)


def _json_path(path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


def _where(doc: Any, path: list) -> tuple[str | None, str]:
    """(record, field) for a JSON path: the record's id when it has one, else its place."""
    if len(path) >= 2 and path[0] in SECTIONS and isinstance(path[1], int):
        record = doc[path[0]][path[1]]
        rid = record.get("id") if isinstance(record, dict) else None
        name = rid if isinstance(rid, str) and rid.strip() else f"{path[0]}[{path[1]}]"
        rest = path[2:]
        field_name = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else p) for i, p in enumerate(rest))
        return _shown(name, 80), field_name
    return None, _json_path(path)[2:] if path else ""


def _scan(doc: Any) -> None:
    """Before the schema: refuse nesting deeper than the format's and text no encoding can hold
    (JSON allows "\\ud800", half a surrogate pair). Iterative: a hostile file cannot exhaust the stack."""
    stack: list[tuple[Any, tuple, int]] = [(doc, (), 0)]
    while stack:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            if not value.isascii() and not _encodable(value):
                record, field_name = _where(doc, list(path))
                raise _problem(record, field_name, QT_TRANSLATE_NOOP(
                    "Import", "the text holds an invalid character (half of a UTF-16 surrogate pair)"))
        elif isinstance(value, dict | list):
            if depth >= MAX_DEPTH + 1:
                record, field_name = _where(doc, list(path))
                raise _problem(record, field_name, QT_TRANSLATE_NOOP(
                    "Import", "values nest deeper here than a kbtdesk-log file ever does"))
            if isinstance(value, dict):
                for key, item in value.items():
                    if not key.isascii() and not _encodable(key):
                        record, field_name = _where(doc, list(path))
                        raise _problem(record, field_name, QT_TRANSLATE_NOOP(
                            "Import", "a property name holds an invalid character (half of a UTF-16 surrogate pair)"))
                    stack.append((item, (*path, key), depth + 1))
            else:
                stack.extend((item, (*path, i), depth + 1) for i, item in enumerate(value))


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _schema_problem(doc: Any, error) -> ImportProblem:
    """The first schema violation as `RECORD: FIELD: problem`, in the importer's own words."""
    from jsonschema.exceptions import best_match

    if error.context:
        error = best_match(error.context) or error
    path = list(error.absolute_path)
    kind, instance, rule = error.validator, error.instance, error.validator_value
    if kind == "additionalProperties" and isinstance(instance, dict):
        known = set(error.schema.get("properties", {}))
        name = next(k for k in instance if k not in known)
        record, _ = _where(doc, path)
        return _problem(record, _where(doc, [*path, name])[1], QT_TRANSLATE_NOOP(
            "Import", "unknown property {path} (not in the kbtdesk-log format: a typo?)"),
            path=_shown(_json_path([*path, name]), 120))
    if kind == "required" and isinstance(instance, dict):
        name = next(r for r in rule if r not in instance)
        record, field_name = _where(doc, [*path, name])
        if not path and name in SECTIONS:
            return _problem(None, name, QT_TRANSLATE_NOOP(
                "Import", "the section is missing (write [] when it is empty)"))
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "the field is missing"))
    record, field_name = _where(doc, path)
    if path == ["format"]:
        return _problem(None, "format", QT_TRANSLATE_NOOP("Import", "not a kbtdesk-log file"))
    if path == ["version"]:
        return _problem(None, "version", QT_TRANSLATE_NOOP(
            "Import", "unsupported version {value} (this kbtdesk reads version 1)"),
            value=_shown(json.dumps(instance)))
    if not path:
        return _problem(None, "", QT_TRANSLATE_NOOP("Import", "not a kbtdesk-log file"))
    if kind == "type":
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "wrong type of value"))
    if kind in ("enum", "const"):
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "unknown value '{value}'"),
                        value=_shown(instance))
    if kind == "pattern" and "T" in str(rule):
        return _problem(record, field_name, QT_TRANSLATE_NOOP(
            "Import", "'{value}' is not a date and time (ISO 8601 with a UTC offset, e.g. 2026-10-08T09:00:00+02:00)"),
            value=_shown(instance))
    if kind == "pattern" and "A-Z" in str(rule):
        return _problem(record, field_name, QT_TRANSLATE_NOOP(
            "Import", "'{value}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)"),
            value=_shown(instance))
    if kind == "pattern":
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "'{value}' is not a date (YYYY-MM-DD)"),
                        value=_shown(instance))
    if kind == "minLength":
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "the value is empty"))
    if kind in ("minimum", "maximum"):
        bounds = error.schema
        return _problem(record, field_name, QT_TRANSLATE_NOOP("Import", "{value} is outside {lo}–{hi}"),
                        value=_shown(instance), lo=bounds.get("minimum", "…"), hi=bounds.get("maximum", "…"))
    return _problem(record, field_name, QT_TRANSLATE_NOOP(
        "Import", "does not match the kbtdesk-log format ({detail})"), detail=_shown(error.message, 120))


def _whole(value: int | float) -> int:
    """JSON Schema counts 5.0 as an integer: the importer stores it as 5."""
    return int(value)


def _text(value: str) -> str:
    return clean_text(value)


def _day(rid: str, name: str, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "'{value}' is not a date (YYYY-MM-DD)"),
                       value=_shown(value)) from None
    try:
        check_care_day(name, day)
    except InputError as exc:
        raise ImportProblem(rid, name, exc.message) from None
    return day


def _known(rid: str, name: str, value: str, allowed: set[str]) -> str:
    """A care level or EHR system id that the rule set knows (the schema only says it is text)."""
    if value not in allowed:
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "'{value}' is not one of {allowed}"),
                       value=_shown(value), allowed=", ".join(sorted(allowed)))
    return value


def _moment(rid: str, name: str, value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return parse_moment(value, name).isoformat()
    except InputError as exc:
        raise ImportProblem(rid, name, exc.message) from None


def parse_document(raw: bytes | str, today: date | None = None,
                   rules: RuleBook | RuleSet | None = None) -> dict[str, list[dict]]:
    """Validate a v1 document; returns normalised records per section, or raises ImportProblem.

    First the schema (resources/format, by jsonschema): every property known, every type and
    pattern right. Then the domain: identity numbers, dates of care, date-times, KVÅ codes
    (normalised: trimmed, upper case), contact types and modes by the rule set's version valid on
    each contact's day, care levels and EHR systems of the rule set (default: the bundled one),
    scores against their instrument, duplicates. References to records already in the log are
    checked by `import_document`.
    """
    try:
        doc = json.loads(raw)
    except RecursionError:
        raise _problem(None, "", QT_TRANSLATE_NOOP(
            "Import", "values nest deeper here than a kbtdesk-log file ever does")) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise _problem(None, "", QT_TRANSLATE_NOOP("Import", "the file is not valid JSON ({error})"),
                       error=_shown(str(exc), 120)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _problem(None, "format", QT_TRANSLATE_NOOP("Import", "not a kbtdesk-log file"))
    _scan(doc)
    error = next(_validator().iter_errors(doc), None)
    if error is not None:
        raise _schema_problem(doc, error)
    book = RuleBook.of(rules) if rules is not None else load_rule_book()
    rules = book.for_date(today or date.today())
    care_levels = {c for v in book.versions for c in v.care_levels}
    ehr_ids = {e for v in book.versions for e in v.ehr_ids}

    out: dict[str, dict[str, dict]] = {s: {} for s in SECTIONS}

    def put(section, rid, record):
        seen = out[section].get(rid)
        if seen is not None and seen != record:
            raise _problem(rid, "id", QT_TRANSLATE_NOOP("Import", "duplicate id with different content"))
        out[section][rid] = record

    def record_id(r: dict, section: str, index: int) -> str:
        if not r["id"].strip():
            raise _problem(f"{section}[{index}]", "id", QT_TRANSLATE_NOOP("Import", "the id is missing or empty"))
        return r["id"]

    for i, r in enumerate(doc["patients"]):
        rid = record_id(r, "patients", i)
        try:
            identity = parse_identity(r["identity"], today=today).value
        except InvalidIdentity as exc:
            raise ImportProblem(rid, "identity", exc.message) from None
        name = _text(r["name"]).strip()
        if not name:
            raise _problem(rid, "name", QT_TRANSLATE_NOOP("Import", "the name is empty"))
        put("patients", rid, {"id": rid, "identity": identity, "name": name})
    identities: dict[str, str] = {}
    for p in out["patients"].values():
        if p["identity"] in identities:
            raise _problem(p["id"], "identity", QT_TRANSLATE_NOOP(
                "Import", "the same identity number as patient {other}"), other=_shown(identities[p["identity"]]))
        identities[p["identity"]] = p["id"]

    for i, r in enumerate(doc["episodes"]):
        rid = record_id(r, "episodes", i)
        rec = {
            "id": rid,
            "patient": r["patient"],
            "programme": _text(r["programme"]).strip(),
            "started": _day(rid, "started", r["started"]),
            "ended": _day(rid, "ended", r["ended"]),
            "end_reason": r["end_reason"],
            "care_level": _known(rid, "care_level", r["care_level"], care_levels),
            "ehr": _known(rid, "ehr", r["ehr"], ehr_ids),
            "siber_start_documented": _day(rid, "siber_start_documented", r.get("siber_start_documented")),
            "siber_transferred": _day(rid, "siber_transferred", r["siber_transferred"]),
        }
        if not rec["programme"]:
            raise _problem(rid, "programme", QT_TRANSLATE_NOOP("Import", "the programme is empty"))
        if rec["ended"] is not None and rec["ended"] < rec["started"]:
            raise _problem(rid, "ended", QT_TRANSLATE_NOOP("Import", "the end date is before the start date"))
        put("episodes", rid, rec)

    for i, r in enumerate(doc["contacts"]):
        rid = record_id(r, "contacts", i)
        at, journal_done, registered = (_moment(rid, name, r[name]) for name in ("at", "journal_done", "registered"))
        assert at is not None  # the schema requires it
        try:
            # The one check of a contact's values, as the checklist's Finish and the batch make it.
            draft = check_contact(book, ContactDraft(
                episode_id=r["episode"], at=datetime.fromisoformat(at), type=r["type"], mode=r["mode"],
                minutes=None if r["minutes"] is None else _whole(r["minutes"]), final=r["final"],
                codes=tuple(r["codes"]), note=r["note"], outage=bool(r.get("outage", False)), id=rid))
        except InputError as exc:
            raise ImportProblem(rid, exc.field, exc.message) from None
        rec = {
            "id": rid,
            "episode": r["episode"],
            "at": at,
            "type": draft.type, "mode": draft.mode,
            "minutes": draft.minutes,
            "final": draft.final,
            # As the file lists them, each normalised: a file round-trips exactly (the check dropped
            # repeats only from what it returned).
            "codes": [normalise_code(code) for code in r["codes"]],
            "journal_done": journal_done,
            "registered": registered,
            "note": draft.note,
            "outage": draft.outage,
        }
        put("contacts", rid, rec)

    for i, r in enumerate(doc["measures"]):
        rid = record_id(r, "measures", i)
        items = None if r["items"] is None else [_whole(v) for v in r["items"]]
        rec = {"id": rid, "episode": r["episode"], "on": _day(rid, "on", r["on"]),
               "instrument": r["instrument"], "score": _whole(r["score"]), "items": items}
        try:
            check_score(book.for_date(rec["on"]), rec["instrument"], rec["score"], items)
        except InputError as exc:
            raise ImportProblem(rid, exc.field, exc.message) from None
        put("measures", rid, rec)

    return {s: list(out[s].values()) for s in SECTIONS}


# -- import -------------------------------------------------------------------------------

#: Ids per `WHERE id IN (...)` look-up (SQLite allows 32,766 variables; 500 keeps statements small).
_CHUNK = 500
#: Rows per executemany between two progress reports.
_STEP = 5000
_DIFFERENT = QT_TRANSLATE_NOOP("Import", "a record with this id and different content is already in the log")


def _same(existing: dict, incoming: dict) -> bool:
    return all(existing.get(k) == v for k, v in incoming.items())


def _chunks(values: list, size: int = _CHUNK):
    for i in range(0, len(values), size):
        yield values[i:i + size]


def _lookup(conn, sql: str, keys) -> list[tuple]:
    """Rows of `sql` (with one `{marks}` for an IN list) for `keys`, in chunks, one indexed query each."""
    keys = list(dict.fromkeys(keys))
    rows: list[tuple] = []
    for part in _chunks(keys):
        marks = ",".join("?" * len(part))
        rows.extend(conn.exec_driver_sql(sql.format(marks=marks), tuple(part)).fetchall())
    return rows


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def import_document(service: LogService, raw: bytes | str,
                    progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Merge a v1 document into the log, all or nothing.

    One transaction: existing records are read in batches (one indexed `IN` query per 500 ids),
    new ones written with executemany, the audit entries (one per patient) chained in memory and
    written together. The checks run record by record in file order, so the first problem is the
    same one a record-at-a-time import would name.
    """
    records = parse_document(raw, today=service.now().date(), rules=service.rule_book)
    added = {s: 0 for s in SECTIONS}
    unchanged = {s: 0 for s in SECTIONS}
    total = sum(len(v) for v in records.values())
    done = 0
    # What was added, per patient, for the audit trail (one entry per patient, not per row).
    per_patient: dict[str, dict[str, int]] = {}
    # ...and what each of those records holds: the patient's entry covers their content.
    content: dict[str, list[audit.Change]] = {}
    key = service.audit_key or b""

    def note(patient_id: str | None, section: str, row: tuple) -> None:
        if patient_id is not None:
            counts = per_patient.setdefault(patient_id, {k: 0 for k in SECTIONS})
            counts[section] += 1
            kind = section[:-1]
            stored = [int(v) if isinstance(v, bool) else v for v in row]  # as SQLite will hold it
            content.setdefault(patient_id, []).append(
                audit.Change(kind, row[0], None, audit.content_hash(key, kind, stored)))

    def report(n: int) -> None:
        nonlocal done
        done += n
        if progress and n:
            progress(done, total)

    with service.session() as s:
        conn = s.connection()
        file_patients = {p["id"] for p in records["patients"]}
        patient_of_episode = {e["id"]: e["patient"] for e in records["episodes"]}

        # -- patients
        existing = {r[0]: r for r in _lookup(
            conn, "SELECT id, identity, name FROM patient WHERE id IN ({marks})", file_patients)}
        fresh = [p for p in records["patients"] if p["id"] not in existing]
        clashes = {r[1]: r[0] for r in _lookup(
            conn, "SELECT id, identity FROM patient WHERE identity IN ({marks})", [p["identity"] for p in fresh])}
        new_patients: list[tuple[str, str, str, str]] = []
        new_terms: list[tuple[str, str]] = []
        for p in records["patients"]:
            row = existing.get(p["id"])
            if row is not None:
                if not _same({"id": row[0], "identity": row[1], "name": row[2]}, p):
                    raise _problem(p["id"], "id", _DIFFERENT)
                unchanged["patients"] += 1
                continue
            other = clashes.get(p["identity"])
            if other is not None and other != p["id"]:
                raise _problem(p["id"], "identity", QT_TRANSLATE_NOOP(
                    "Import", "this identity number belongs to patient {other} in the log"), other=other)
            folded = fold(p["name"])
            new_patients.append((p["id"], p["identity"], p["name"], folded))
            new_terms.extend((term, p["id"]) for term in search_terms(folded, p["identity"]))
            added["patients"] += 1
            note(p["id"], "patients", new_patients[-1])

        # -- episodes
        known_patients = {r[0] for r in _lookup(
            conn, "SELECT id FROM patient WHERE id IN ({marks})",
            [e["patient"] for e in records["episodes"] if e["patient"] not in file_patients])}
        existing = {r[0]: r for r in _lookup(
            conn, "SELECT id, patient_id, programme, started, ended, end_reason, care_level, ehr, "
                  "siber_transferred, siber_start_documented FROM episode WHERE id IN ({marks})",
            patient_of_episode)}
        new_episodes: dict[str, list] = {}
        for e in records["episodes"]:
            if e["patient"] not in file_patients and e["patient"] not in known_patients:
                raise _problem(e["id"], "patient", QT_TRANSLATE_NOOP("Import", "unknown patient {ref}"),
                               ref=_shown(e["patient"]))
            episode_fields = (e["patient"], e["programme"], _iso(e["started"]), _iso(e["ended"]), e["end_reason"],
                              e["care_level"], e["ehr"], _iso(e["siber_transferred"]))
            row = existing.get(e["id"])
            if row is not None:
                documented = _iso(e["siber_start_documented"])
                if tuple(row[1:9]) != episode_fields or (documented is not None and row[9] != documented):
                    raise _problem(e["id"], "id", _DIFFERENT)
                unchanged["episodes"] += 1
                continue
            # [id, fields..., programme_folded, siber_start_documented, last_contact_at]
            new_episodes[e["id"]] = [e["id"], *episode_fields, fold(e["programme"]),
                                     _iso(e["siber_start_documented"]), None]
            added["episodes"] += 1
            note(e["patient"], "episodes", (
                e["id"], e["patient"], e["programme"], fold(e["programme"]), _iso(e["started"]), _iso(e["ended"]),
                e["end_reason"], e["care_level"], e["ehr"], _iso(e["siber_start_documented"]),
                _iso(e["siber_transferred"])))

        # Episodes referred to by contacts and measures but not in the file: their patient, or unknown.
        outside = [r["episode"] for section in ("contacts", "measures") for r in records[section]
                   if r["episode"] not in patient_of_episode]
        for eid, pid in _lookup(conn, "SELECT id, patient_id FROM episode WHERE id IN ({marks})", outside):
            patient_of_episode[eid] = pid

        # -- contacts
        existing = {r[0]: r for r in _lookup(
            conn, "SELECT id, episode_id, at, at_utc, type, mode, minutes, final, codes, journal_done, "
                  "registered, note, outage FROM contact WHERE id IN ({marks})",
            [c["id"] for c in records["contacts"]])}
        new_contacts, touched = [], set()
        for c in records["contacts"]:
            episode_id = c["episode"]
            if episode_id not in patient_of_episode:
                raise _problem(c["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"),
                               ref=_shown(episode_id))
            at_utc = utc_key(datetime.fromisoformat(c["at"]))
            contact_fields = (episode_id, c["at"], at_utc, c["type"], c["mode"], c["minutes"], c["final"],
                              " ".join(c["codes"]), c["journal_done"], c["registered"], c["note"], c["outage"])
            row = existing.get(c["id"])
            if row is not None:
                if tuple(row[1:]) != contact_fields:
                    raise _problem(c["id"], "id", _DIFFERENT)
                unchanged["contacts"] += 1
                continue
            new_contacts.append((c["id"], *contact_fields))
            episode = new_episodes.get(episode_id)
            if episode is not None:
                # A new episode's contacts are all in this file: its latest contact is known here.
                if episode[-1] is None or at_utc > episode[-1]:
                    episode[-1] = at_utc
            else:
                touched.add(episode_id)
            added["contacts"] += 1
            note(patient_of_episode[episode_id], "contacts", new_contacts[-1])

        # -- measures
        existing = {r[0]: r for r in _lookup(
            conn, 'SELECT id, episode_id, "on", instrument, score, items FROM measure WHERE id IN ({marks})',
            [m["id"] for m in records["measures"]])}
        new_measures = []
        for m in records["measures"]:
            if m["episode"] not in patient_of_episode:
                raise _problem(m["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"),
                               ref=_shown(m["episode"]))
            measure_fields = (m["episode"], _iso(m["on"]), m["instrument"], m["score"],
                              json.dumps(m["items"]) if m["items"] is not None else None)
            row = existing.get(m["id"])
            if row is not None:
                if tuple(row[1:]) != measure_fields:
                    raise _problem(m["id"], "id", _DIFFERENT)
                unchanged["measures"] += 1
                continue
            new_measures.append((m["id"], *measure_fields))
            added["measures"] += 1
            note(patient_of_episode[m["episode"]], "measures", new_measures[-1])

        report(total - len(new_patients) - len(new_episodes) - len(new_contacts) - len(new_measures))

        # -- writing: everything was checked; parents before children (foreign keys are on)
        def write(sql: str, rows: list, counted: bool = True) -> None:
            for part in _chunks(rows, _STEP):
                conn.exec_driver_sql(sql, part)
                if counted:
                    report(len(part))

        write("INSERT INTO patient (id, identity, name, name_folded) VALUES (?, ?, ?, ?)", new_patients)
        write("INSERT INTO search_term (term, patient_id) VALUES (?, ?)", new_terms, counted=False)
        write("INSERT INTO episode (id, patient_id, programme, started, ended, end_reason, care_level, ehr, "
              "siber_transferred, programme_folded, siber_start_documented, last_contact_at) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [tuple(e) for e in new_episodes.values()])
        write("INSERT INTO contact (id, episode_id, at, at_utc, type, mode, minutes, final, codes, "
              "journal_done, registered, note, outage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
              new_contacts)
        write('INSERT INTO measure (id, episode_id, "on", instrument, score, items) VALUES (?, ?, ?, ?, ?, ?)',
              new_measures)
        # Episodes already in the log that got contacts: their latest contact, one indexed max each.
        for part in _chunks(sorted(touched)):
            conn.exec_driver_sql(
                "UPDATE episode SET last_contact_at = (SELECT max(at_utc) FROM contact "
                f"WHERE contact.episode_id = episode.id) WHERE id IN ({','.join('?' * len(part))})", tuple(part))
        _audit_imports(service, conn, per_patient, content)
        s.commit()
    if progress:
        progress(total, total)
    return ImportResult(added, unchanged)


def _audit_imports(service: LogService, conn, per_patient: dict[str, dict[str, int]],
                   content: dict[str, list[audit.Change]]) -> None:
    """One `import` entry per patient, covering the content of every record it added for them,
    chained in memory and written with executemany."""
    if not per_patient:
        return
    chain = audit.Chain(lambda sql, p: conn.execute(text(sql), p), service.audit_key or b"", service.now())
    entries, rows = [], []
    for patient_id, counts in per_patient.items():
        detail = " ".join(f"{k}={n}" for k, n in counts.items() if n)
        entry, entry_rows = chain.add(audit.IMPORT, "patient", patient_id, patient_id, detail,
                                      content.get(patient_id, ()))
        entries.append(tuple(entry))
        rows.extend(entry_rows)
    for part in _chunks(entries, _STEP):
        conn.exec_driver_sql(audit.INSERT_ENTRY, part)
    for part in _chunks(rows, _STEP):
        conn.exec_driver_sql(audit.INSERT_CONTENT, part)


__all__ = ["ImportProblem", "ImportResult", "dumps", "export_log", "import_document", "parse_document"]
