"""The interchange format `kbtdesk-log` v1: whole-log export and all-or-nothing import.

See docs/format.md and resources/format/kbtdesk-log-v1.schema.json. Import validates the whole
file first (naming the record id and field of the first problem), then merges it in one
transaction. Importing the same file twice changes nothing; the same id with other content is an
error. Breaking a rule of the routine is not an input error: it imports, and `check` reports it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Callable

from sqlmodel import Session, select

from kbtdesk.core import audit
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.models import (
    CARE_LEVELS, CONTACT_TYPES, EHR_SYSTEMS, END_REASONS, VISIT_MODES,
    Contact, Episode, Measure, Patient,
)
from kbtdesk.core.rules import normalise_code
from kbtdesk.core.service import InputError, LogService, clean_text, fold, parse_moment, utc_key
from kbtdesk.core.text import QT_TRANSLATE_NOOP, Message

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
    if isinstance(value, str) and not _encodable(value):
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


def parse_document(raw: bytes | str, today: date | None = None) -> dict[str, list[dict]]:
    """Validate a v1 document; returns normalised records per section, or raises ImportProblem."""
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
            "care_level": _choice(r, rid, "care_level", CARE_LEVELS),
            "ehr": _choice(r, rid, "ehr", EHR_SYSTEMS),
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
        ctype = _choice(r, rid, "type", CONTACT_TYPES)
        mode = _choice(r, rid, "mode", VISIT_MODES, nullable=True)
        if ctype == "planned-visit" and mode is None:
            raise _problem(rid, "mode", QT_TRANSLATE_NOOP("Import", "a planned visit needs a mode: video or clinic"))
        if ctype != "planned-visit" and mode is not None:
            raise _problem(rid, "mode", QT_TRANSLATE_NOOP("Import", "only a planned visit has a mode"))
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
            "at": _moment(r, rid, "at"),
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

def _same(existing: dict, incoming: dict) -> bool:
    return all(existing.get(k) == v for k, v in incoming.items())


def import_document(service: LogService, raw: bytes | str,
                    progress: Callable[[int, int], None] | None = None) -> ImportResult:
    """Merge a v1 document into the log, all or nothing."""
    records = parse_document(raw, today=service.now().date())
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

    with service.session() as s:
        # Known ids, for references and for idempotence.
        patient_ids = {p["id"] for p in records["patients"]}
        episode_ids = {e["id"] for e in records["episodes"]}
        patient_of_episode = {e["id"]: e["patient"] for e in records["episodes"]}

        def owner(episode_id: str) -> str | None:
            if episode_id in patient_of_episode:
                return patient_of_episode[episode_id]
            episode = s.get(Episode, episode_id)
            return episode.patient_id if episode is not None else None

        for p in records["patients"]:
            existing = s.get(Patient, p["id"])
            if existing is not None:
                if not _same({"id": existing.id, "identity": existing.identity, "name": existing.name}, p):
                    raise _problem(p["id"], "id", QT_TRANSLATE_NOOP(
                        "Import", "a record with this id and different content is already in the log"))
                unchanged["patients"] += 1
                continue
            clash = s.exec(select(Patient).where(Patient.identity == p["identity"])).first()
            if clash is not None:
                raise _problem(p["id"], "identity", QT_TRANSLATE_NOOP(
                    "Import", "this identity number belongs to patient {other} in the log"), other=clash.id)
            patient = Patient(id=p["id"], identity=p["identity"], name=p["name"], name_folded=fold(p["name"]))
            service._put_patient(s, patient)
            added["patients"] += 1
            note(patient.id, "patients")
        s.flush()

        for e in records["episodes"]:
            if e["patient"] not in patient_ids and s.get(Patient, e["patient"]) is None:
                raise _problem(e["id"], "patient", QT_TRANSLATE_NOOP("Import", "unknown patient {ref}"), ref=e["patient"])
            existing = s.get(Episode, e["id"])
            fields = dict(patient_id=e["patient"], programme=e["programme"], started=e["started"],
                          ended=e["ended"], end_reason=e["end_reason"], care_level=e["care_level"],
                          ehr=e["ehr"], siber_transferred=e["siber_transferred"])
            if e["siber_start_documented"] is not None or existing is None:
                fields["siber_start_documented"] = e["siber_start_documented"]
            if existing is not None:
                if not _same(existing.model_dump(), fields):
                    raise _problem(e["id"], "id", QT_TRANSLATE_NOOP(
                        "Import", "a record with this id and different content is already in the log"))
                unchanged["episodes"] += 1
                continue
            s.add(Episode(id=e["id"], programme_folded=fold(e["programme"]), **fields))
            added["episodes"] += 1
            note(e["patient"], "episodes")
        s.flush()

        touched: set[str] = set()
        for c in records["contacts"]:
            if c["episode"] not in episode_ids and s.get(Episode, c["episode"]) is None:
                raise _problem(c["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"), ref=c["episode"])
            fields = dict(episode_id=c["episode"], at=c["at"], at_utc=utc_key(datetime.fromisoformat(c["at"])),
                          type=c["type"], mode=c["mode"], minutes=c["minutes"], final=c["final"],
                          codes=" ".join(c["codes"]), journal_done=c["journal_done"],
                          registered=c["registered"], note=c["note"], outage=c["outage"])
            existing = s.get(Contact, c["id"])
            if existing is not None:
                if not _same(existing.model_dump(), fields):
                    raise _problem(c["id"], "id", QT_TRANSLATE_NOOP(
                        "Import", "a record with this id and different content is already in the log"))
                unchanged["contacts"] += 1
                continue
            s.add(Contact(id=c["id"], **fields))
            touched.add(c["episode"])
            added["contacts"] += 1
            note(owner(c["episode"]), "contacts")
            done += 1
            if progress and done % 5000 == 0:
                progress(done, total)
        s.flush()

        for m in records["measures"]:
            if m["episode"] not in episode_ids and s.get(Episode, m["episode"]) is None:
                raise _problem(m["id"], "episode", QT_TRANSLATE_NOOP("Import", "unknown episode {ref}"), ref=m["episode"])
            fields = dict(episode_id=m["episode"], on=m["on"], instrument=m["instrument"], score=m["score"],
                          items=json.dumps(m["items"]) if m["items"] is not None else None)
            existing = s.get(Measure, m["id"])
            if existing is not None:
                if not _same(existing.model_dump(), fields):
                    raise _problem(m["id"], "id", QT_TRANSLATE_NOOP(
                        "Import", "a record with this id and different content is already in the log"))
                unchanged["measures"] += 1
                continue
            s.add(Measure(id=m["id"], **fields))
            added["measures"] += 1
            note(owner(m["episode"]), "measures")
        s.flush()

        for episode_id in touched:
            service._refresh_last_contact(s, s.get(Episode, episode_id))
        for patient_id, counts in per_patient.items():
            detail = " ".join(f"{k}={n}" for k, n in counts.items() if n)
            service._audit(s, audit.IMPORT, "patient", patient_id, patient_id, detail)
        s.commit()
    if progress:
        progress(total, total)
    return ImportResult(added, unchanged)


__all__ = ["ImportProblem", "ImportResult", "dumps", "export_log", "import_document", "parse_document"]
