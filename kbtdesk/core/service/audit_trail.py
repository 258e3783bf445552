"""The audit trail as the front ends use it: what left the log (exports, prints), a patient's log
extract, the chain's head and its verification. Entries for changes are written by the concern
that makes the change (`Store.write_audit`), in the change's own transaction."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence

from sqlalchemy import text

from kbtdesk.core import audit
from kbtdesk.core.service.inputs import clean_text
from kbtdesk.core.service.store import Store


def exported_patients_note(patient_ids: Sequence[str]) -> str:
    """What an export's audit detail says about whom it held: how many, and a digest of their
    sorted ids (so that the hash chain covers the list kept in `audit_patient`)."""
    digest = hashlib.sha256("\n".join(sorted(patient_ids)).encode("utf-8")).hexdigest()[:16]
    return f"patients {len(patient_ids)} #{digest}"


class AuditTrail:
    def __init__(self, store: Store):
        self.store = store

    def record_export(self, kind: str, detail: str = "", patient_id: str | None = None,
                      patient_ids: Iterable[str] | None = None) -> audit.AuditEntry:
        """For exporters and printing: record what left the log (`kind` "print" records a print).

        `detail` says what (e.g. "csv contacts 2026-01..2026-06"); never put names or identity
        numbers in it. `patient_ids` are the patients whose data the export held (a list export
        holds many): they are stored with the entry in the same transaction, so that each one's
        log extract lists the export, and their number and digest go into the detail, so that the
        hash chain covers the list. Call it once the file is written or the print job is sent.
        """
        action = audit.PRINT if kind == "print" else audit.EXPORT
        held = sorted(set(patient_ids or ()) | ({patient_id} if patient_id else set()))
        detail = clean_text(detail)
        if patient_ids is not None:
            detail = f"{detail}; {exported_patients_note(held)}" if detail else exported_patients_note(held)
        with self.store.session() as s:
            entry = self.store.write_audit(s, action, kind, None, patient_id, detail)
            if patient_ids is not None and held:
                s.execute(text("INSERT INTO audit_patient (seq, patient_id) VALUES (:seq, :patient)"),
                          [{"seq": entry.seq, "patient": held_id} for held_id in held])
            s.commit()
            return entry

    def of_patient(self, patient_id: str) -> list[audit.AuditEntry]:
        """Every audit entry about one patient, oldest first (the patient's right to a log extract):
        the entries about their records and every export or print that held their data."""
        with self.store.session() as s:
            direct = audit.entries(lambda sql, p: s.execute(text(sql), p), patient_id=patient_id)
            listed = [audit.AuditEntry(*row) for row in s.execute(text(
                f"SELECT {', '.join(audit.COLUMNS)} FROM audit WHERE seq IN "
                "(SELECT seq FROM audit_patient WHERE patient_id = :p) "
                "AND (patient_id IS NULL OR patient_id != :p) ORDER BY seq"), {"p": patient_id})]
        return sorted(direct + listed, key=lambda entry: entry.seq) if listed else direct

    def entries(self, after: int = 0, limit: int | None = None) -> list[audit.AuditEntry]:
        with self.store.session() as s:
            return audit.entries(lambda sql, p: s.execute(text(sql), p), after=after, limit=limit)

    def head(self) -> tuple[int, str]:
        """The newest entry's (seq, hash): what an export carries so that a later rewrite shows."""
        with self.store.session() as s:
            return audit.head(lambda sql, p: s.execute(text(sql), p))

    def verify(self, copies: Iterable[audit.TrailCopy] = (),
               progress: Callable[[int, int], None] | None = None) -> audit.Verification:
        """Walk the whole chain (naming the first edited or missing entry), recompute the content
        of every record against the entries, and compare the chain with earlier `copies` (backups,
        exports: `audit.backup_copy`, `audit.export_copy`)."""
        with self.store.session() as s:
            return audit.verify(lambda sql, p: s.execute(text(sql), p), self.store.audit_key or b"", copies=copies,
                                progress=progress)
