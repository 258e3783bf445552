"""One export or print request, built the same way by the window and the command line.

What to report on, for which period and with which options: enough to build the report and to
describe the export in the audit trail, so that a registration list written from the window and
one written from the command line leave the same entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kbtdesk.base.progress import IsCancelled, Progress
from kbtdesk.core.reports.audit_extract import build_audit_extract
from kbtdesk.core.reports.coverage import build_coverage
from kbtdesk.core.reports.episode import build_episode_summary
from kbtdesk.core.reports.model import (
    KIND_AUDIT,
    KIND_COVERAGE,
    KIND_EPISODE,
    KIND_REGISTRATIONS,
    KIND_SIBER,
    Report,
)
from kbtdesk.core.reports.registrations import build_registrations
from kbtdesk.core.reports.siber import build_siber_basis

KINDS = (KIND_REGISTRATIONS, KIND_EPISODE, KIND_SIBER, KIND_COVERAGE, KIND_AUDIT)
#: Kinds that list identity numbers (masking applies), and that can list only what is still to do.
MASKABLE = frozenset({KIND_REGISTRATIONS, KIND_EPISODE, KIND_SIBER, KIND_AUDIT})
PENDING = frozenset({KIND_REGISTRATIONS, KIND_SIBER})
#: Kinds about one episode or one patient: no period.
WITHOUT_PERIOD = frozenset({KIND_EPISODE, KIND_AUDIT})


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    start: date | None = None
    end: date | None = None
    pending: bool = False
    mask: bool = False
    episode_id: str | None = None
    #: The patient of an audit extract.
    patient_id: str | None = None

    def detail(self) -> str:
        """For the audit trail: what left the log, never whom (no names, no identity numbers)."""
        parts = [self.kind]
        if self.kind not in WITHOUT_PERIOD and (self.start or self.end):
            parts.append(f"{self.start.isoformat() if self.start else ''}..{self.end.isoformat() if self.end else ''}")
        if self.pending and self.kind in PENDING:
            parts.append("pending")
        if self.mask and self.kind in MASKABLE:
            parts.append("masked")
        return " ".join(parts)

    def build(self, service, lang: str, progress: Progress | None = None,
              cancelled: IsCancelled | None = None) -> Report:
        """The report; InputError for an unknown episode, ValueError for an unknown kind."""
        mask, pending = self.mask and self.kind in MASKABLE, self.pending and self.kind in PENDING
        if self.kind == KIND_REGISTRATIONS:
            assert self.start is not None and self.end is not None
            return build_registrations(service, self.start, self.end, pending=pending, mask=mask, lang=lang,
                                       progress=progress, cancelled=cancelled)
        if self.kind == KIND_EPISODE:
            assert self.episode_id is not None
            return build_episode_summary(service, self.episode_id, mask=mask, lang=lang)
        if self.kind == KIND_SIBER:
            return build_siber_basis(service, self.start, self.end, episode_id=self.episode_id, pending=pending,
                                     mask=mask, lang=lang, progress=progress, cancelled=cancelled)
        if self.kind == KIND_COVERAGE:
            assert self.start is not None and self.end is not None
            return build_coverage(service, self.start, self.end, lang=lang, progress=progress, cancelled=cancelled)
        if self.kind == KIND_AUDIT:
            assert self.patient_id is not None
            return build_audit_extract(service, self.patient_id, mask=mask, lang=lang)
        raise ValueError(f"unknown report kind {self.kind!r}")

    def record(self, service, fmt: str, report: Report) -> None:
        """Write the export (`fmt` csv or pdf) or print ("print") into the audit trail, with every
        patient the report held, when the service keeps a trail."""
        record_export = getattr(service, "record_export", None)
        if record_export is None:
            return
        single = next(iter(report.patient_ids)) if self.kind in WITHOUT_PERIOD and report.patient_ids else None
        record_export(fmt, self.detail(), single, patient_ids=report.patient_ids)
