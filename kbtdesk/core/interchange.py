"""The interchange format `kbtdesk-log` v1: whole-log export and all-or-nothing import.

See docs/format.md and resources/format/kbtdesk-log-v1.schema.json. Import validates the whole
file first (naming the record id and field of the first problem), then merges it in one
transaction. Importing the same file twice changes nothing; the same id with other content is an
error. Breaking a rule of the routine is not an input error: it imports, and `check` reports it.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.models import (
    END_REASONS,
    Contact,
    Episode,
    Measure,
    Patient,
)
from kbtdesk.core.rules import RuleBook, RuleSet, load_rule_book, normalise_code
from kbtdesk.core.service import (
    InputError,
    LogService,
    clean_text,
    contact_shape_problem,
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
        where = f"{self.record}: " if self.record else ""
        return f"{where}{self.field}: {self.message.render(translate)}"


def _problem(record, field_name, source, **params) -> ImportProblem:
    return ImportProblem(record, field_name, Message("Import", source, params))


@dataclass
class ImportResult:
    added: dict[str, int]
    unchanged: dict[str, int]


# -- export -------------------------------------------------------------------------------

def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def export_log(service: LogService) -> dict[str, Any]:
    """The whole log as a v1 document, in a stable order."""
    with service.session() as s:
        patients = s.exec(select(Patient).order_by(Patient.id)).all()
        episodes = s.exec(select(Episode).order_by(Episode.started, Episode.id)).all()
        contacts = s.exec(select(Contact).order_by(Contact.at_utc, Contact.id)).all()
        measures = s.exec(select(Measure).order_by(Measure.on, Measure.id)).all()
    return {
        "format": FORMAT,
        "version": VERSION,
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

def _require(record: dict, rid, name: str, kind: type | tuple, nullable=False, required=True):
    if name not in record:
        if not required:
            return None
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "the field is missing"))
    value = record[name]
    if value is None and nullable:
        return None
    # JSON true/false are ints to Python: a score of `true` is still the wrong type.
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "wrong type of value"))
    if isinstance(value, str) and not value.isascii() and not _encodable(value):
        # JSON allows "\ud800" (half a surrogate pair): no text encoding can store it.
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "the text holds an invalid character"))
    return value


def _encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _choice(record, rid, name, choices, nullable=False, required=True):
    value = _require(record, rid, name, str, nullable=nullable, required=required)
    if value is not None and value not in choices:
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "unknown value '{value}'"), value=value)
    return value


def _day(record, rid, name, nullable=False, required=True) -> date | None:
    value = _require(record, rid, name, str, nullable=nullable, required=required)
    if value is None:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise _problem(rid, name, QT_TRANSLATE_NOOP("Import", "'{value}' is not a date (YYYY-MM-DD)"),
                       value=value) from None


def _moment(record, rid, name, nullable=False) -> str | None:
    value = _require(record, rid, name, str, nullable=nullable)
    if value is None:
        return None
    try:
        return parse_moment(value, name).isoformat()
    except InputError as exc:
        raise ImportProblem(rid, name, exc.message) from None


def _id(record, section: str, index: int) -> str:
    if not isinstance(record, dict):
        raise _problem(f"{section}[{index}]", "", QT_TRANSLATE_NOOP("Import", "a record must be an object"))
    rid = record.get("id")
    if not isinstance(rid, str) or not rid.strip():
        raise _problem(f"{section}[{index}]", "id", QT_TRANSLATE_NOOP("Import", "the id is missing or empty"))
    return rid


def parse_document(raw: bytes | str, today: date | None = None,
                   rules: RuleBook | RuleSet | None = None) -> dict[str, list[dict]]:
    """Validate a v1 document; returns normalised records per section, or raises ImportProblem.

    Contact types, modes, care levels and EHR systems are the rule set's (default: the bundled
    one); a contact's type and mode are checked by the version valid on its day.
    """
    book = RuleBook.of(rules) if rules is not None else load_rule_book()
    care_levels = {c for v in book.versions for c in v.care_levels}
    ehr_ids = {e for v in book.versions for e in v.ehr_ids}
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise _problem(None, "", QT_TRANSLATE_NOOP("Import", "the file is not valid JSON ({error})"),
                       error=str(exc)) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _problem(None, "format", QT_TRANSLATE_NOOP("Import", "not a kbtdesk-log file"))
    if doc.get("version") != VERSION:
        raise _problem(None, "version", QT_TRANSLATE_NOOP(
            "Import", "unsupported version {value} (this kbtdesk reads version 1)"), value=doc.get("version"))
    for section in SECTIONS:
        if not isinstance(doc.get(section, []), list):
            raise _problem(None, section, QT_TRANSLATE_NOOP("Import", "must be a list"))

    out: dict[str, dict[str, dict]] = {s: {} for s in SECTIONS}

    def put(section, rid, record):
        seen = out[section].get(rid)
        if seen is not None and seen != record:
            raise _problem(rid, "id", QT_TRANSLATE_NOOP("Import", "duplicate id with different content"))
        out[section][rid] = record

    for i, r in enumerate(doc.get("patients", [])):
        rid = _id(r, "patients", i)
        identity = _require(r, rid, "identity", str)
        try:
            identity = parse_identity(identity, today=today).value
        except InvalidIdentity as exc:
            raise ImportProblem(rid, "identity", exc.message) from None
        name = clean_text(_require(r, rid, "name", str)).strip()
        if not name:
            raise _problem(rid, "name", QT_TRANSLATE_NOOP("Import", "the name is empty"))
        put("patients", rid, {"id": rid, "identity": identity, "name": name})
    identities: dict[str, str] = {}
    for p in out["patients"].values():
        if p["identity"] in identities:
            raise _problem(p["id"], "identity", QT_TRANSLATE_NOOP(
                "Import", "the same identity number as patient {other}"), other=identities[p["identity"]])
        identities[p["identity"]] = p["id"]

    for i, r in enumerate(doc.get("episodes", [])):
        rid = _id(r, "episodes", i)
        rec = {
            "id": rid,
            "patient": _require(r, rid, "patient", str),
            "programme": clean_text(_require(r, rid, "programme", str)).strip(),
            "started": _day(r, rid, "started"),
            "ended": _day(r, rid, "ended", nullable=True),
            "end_reason": _choice(r, rid, "end_reason", END_REASONS, nullable=True),
            "care_level": _choice(r, rid, "care_level", care_levels),
            "ehr": _choice(r, rid, "ehr", ehr_ids),
            "siber_start_documented": _day(r, rid, "siber_start_documented", nullable=True, required=False),
            "siber_transferred": _day(r, rid, "siber_transferred", nullable=True),
        }
        if not rec["programme"]:
            raise _problem(rid, "programme", QT_TRANSLATE_NOOP("Import", "the programme is empty"))
        if rec["ended"] is not None and rec["ended"] < rec["started"]:
            raise _problem(rid, "ended", QT_TRANSLATE_NOOP("Import", "the end date is before the start date"))
        put("episodes", rid, rec)

    for i, r in enumerate(doc.get("contacts", [])):
        rid = _id(r, "contacts", i)
        at = _moment(r, rid, "at")
        ctype = _require(r, rid, "type", str)
        mode = _require(r, rid, "mode", str, nullable=True)
        shape = contact_shape_problem(book.for_date(date.fromisoformat(at[:10])), ctype, mode)
        if shape is not None:
            raise ImportProblem(rid, *shape)
        minutes = _require(r, rid, "minutes", int, nullable=True)
        if minutes is not None and not 0 <= minutes <= 24 * 60:
            raise _problem(rid, "minutes", QT_TRANSLATE_NOOP("Import", "minutes must be between 0 and 1440"))
        codes = _require(r, rid, "codes", list)
        clean_codes = []
        for code in codes:
            if not isinstance(code, str):
                raise _problem(rid, "codes", QT_TRANSLATE_NOOP("Import", "a code must be text"))
            clean_codes.append(normalise_code(code))
        rec = {
            "id": rid,
            "episode": _require(r, rid, "episode", str),
            "at": at,
            "type": ctype, "mode": mode, "minutes": minutes,
            "final": _require(r, rid, "final", bool),
            "codes": clean_codes,
            "journal_done": _moment(r, rid, "journal_done", nullable=True),
            "registered": _moment(r, rid, "registered", nullable=True),
            "note": clean_text(_require(r, rid, "note", str)),
            "outage": bool(_require(r, rid, "outage", bool, required=False) or False),
        }
        put("contacts", rid, rec)

    for i, r in enumerate(doc.get("measures", [])):
        rid = _id(r, "measures", i)
        items = _require(r, rid, "items", list, nullable=True)
        if items is not None and not all(isinstance(v, int) and not isinstance(v, bool) for v in items):
            raise _problem(rid, "items", QT_TRANSLATE_NOOP("Import", "items must be whole numbers"))
        rec = {"id": rid, "episode": _require(r, rid, "episode", str), "on": _day(r, rid, "on"),
               "instrument": clean_text(_require(r, rid, "instrument", str)).strip(),
               "score": _require(r, rid, "score", int), "items": items}
        if not rec["instrument"]:
            raise _problem(rid, "instrument", QT_TRANSLATE_NOOP("Import", "the instrument is empty"))
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

    def note(patient_id: str | None, section: str) -> None:
        if patient_id is not None:
            counts = per_patient.setdefault(patient_id, {k: 0 for k in SECTIONS})
            counts[section] += 1

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
        new_patients, new_terms = [], []
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
            note(p["id"], "patients")

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
                raise _problem(e["id"], "patient", QT_TRANSLATE_NOOP("Import", "unknown patient {ref}"), ref=e["patient"])
            fields = (e["patient"], e["programme"], _iso(e["started"]), _iso(e["ended"]), e["end_reason"],
                      e["care_level"], e["ehr"], _iso(e["siber_transferred"]))
            row = existing.get(e["id"])
            if row is not None:
                documented = _iso(e["siber_start_documented"])
                if tuple(row[1:9]) != fields or (documented is not None and row[9] != documented):
                    raise _problem(e["id"], "id", _DIFFERENT)
                unchanged["episodes"] += 1
                continue
            # [id, fields..., programme_folded, siber_start_documented, last_contact_at]
            new_episodes[e["id"]] = [e["id"], *fields, fold(e["programme"]),
                                     _iso(e["siber_start_documented"]), None]
            added["episodes"] += 1
            note(e["patient"], "episodes")

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
                raise _problem(c["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"), ref=episode_id)
            at_utc = utc_key(datetime.fromisoformat(c["at"]))
            fields = (episode_id, c["at"], at_utc, c["type"], c["mode"], c["minutes"], c["final"],
                      " ".join(c["codes"]), c["journal_done"], c["registered"], c["note"], c["outage"])
            row = existing.get(c["id"])
            if row is not None:
                if tuple(row[1:]) != fields:
                    raise _problem(c["id"], "id", _DIFFERENT)
                unchanged["contacts"] += 1
                continue
            new_contacts.append((c["id"], *fields))
            episode = new_episodes.get(episode_id)
            if episode is not None:
                # A new episode's contacts are all in this file: its latest contact is known here.
                if episode[-1] is None or at_utc > episode[-1]:
                    episode[-1] = at_utc
            else:
                touched.add(episode_id)
            added["contacts"] += 1
            note(patient_of_episode[episode_id], "contacts")

        # -- measures
        existing = {r[0]: r for r in _lookup(
            conn, 'SELECT id, episode_id, "on", instrument, score, items FROM measure WHERE id IN ({marks})',
            [m["id"] for m in records["measures"]])}
        new_measures = []
        for m in records["measures"]:
            if m["episode"] not in patient_of_episode:
                raise _problem(m["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"), ref=m["episode"])
            fields = (m["episode"], _iso(m["on"]), m["instrument"], m["score"],
                      json.dumps(m["items"]) if m["items"] is not None else None)
            row = existing.get(m["id"])
            if row is not None:
                if tuple(row[1:]) != fields:
                    raise _problem(m["id"], "id", _DIFFERENT)
                unchanged["measures"] += 1
                continue
            new_measures.append((m["id"], *fields))
            added["measures"] += 1
            note(patient_of_episode[m["episode"]], "measures")

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
        _audit_imports(service, conn, per_patient)
        s.commit()
    if progress:
        progress(total, total)
    return ImportResult(added, unchanged)


def _audit_imports(service: LogService, conn, per_patient: dict[str, dict[str, int]]) -> None:
    """One `import` entry per patient, chained in memory and written with one executemany."""
    if not per_patient:
        return
    execute = lambda sql, p: conn.execute(text(sql), p)  # noqa: E731
    seq, prev = audit.head(execute)
    profile = audit.profile_name(execute)
    at = audit.utc_stamp(service.now())
    rows = []
    for patient_id, counts in per_patient.items():
        detail = " ".join(f"{k}={n}" for k, n in counts.items() if n)
        seq += 1
        entry = audit.AuditEntry(seq, at, audit.IMPORT, "patient", patient_id, patient_id, profile, detail, prev, "")
        prev = audit.entry_hash(service.audit_key, entry)
        rows.append((entry.seq, entry.at, entry.action, entry.record_kind, entry.record_id, entry.patient_id,
                     entry.profile, entry.detail, entry.prev_hash, prev))
    for part in _chunks(rows, _STEP):
        conn.exec_driver_sql("INSERT INTO audit (seq, at, action, record_kind, record_id, patient_id, profile, "
                             "detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", part)


__all__ = ["ImportProblem", "ImportResult", "dumps", "export_log", "import_document", "parse_document"]
