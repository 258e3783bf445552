"""Reports built once as data and written many ways (CSV here in core, print and PDF in render/).

One module per report holds its rows, totals and SQL: :mod:`.registrations`, :mod:`.episode`,
:mod:`.siber`, :mod:`.coverage`, :mod:`.audit_extract`. A builder reads the log and returns a
:class:`Report` (:mod:`.model`); nothing in it is translated yet, and nothing in it is layout:
``kbtdesk.render`` decides pages, column widths and fonts.

Long builders take ``progress(done, total)`` and ``cancelled()``; when ``cancelled()`` turns true
they raise :class:`Cancelled` and nothing has been written anywhere.
"""

from kbtdesk.base.progress import Cancelled, IsCancelled, Progress
from kbtdesk.core.reports.audit_extract import build_audit_extract
from kbtdesk.core.reports.coverage import build_coverage
from kbtdesk.core.reports.episode import build_episode_summary
from kbtdesk.core.reports.model import (
    CONTEXT,
    DISCLAIMER,
    KIND_AUDIT,
    KIND_COVERAGE,
    KIND_EPISODE,
    KIND_REGISTRATIONS,
    KIND_SIBER,
    PAGE_OF,
    PRINTED_AT,
    Cell,
    Chart,
    Column,
    FieldItem,
    Report,
    Section,
    Series,
    Table,
    cell_text,
    is_literal,
    number_text,
)
from kbtdesk.core.reports.periods import (
    PRESETS,
    period_last_month,
    period_last_week,
    period_this_month,
    period_this_week,
    period_today,
    preset_period,
)
from kbtdesk.core.reports.registrations import build_registrations
from kbtdesk.core.reports.request import KINDS, MASKABLE, PENDING, WITHOUT_PERIOD, ReportRequest
from kbtdesk.core.reports.siber import build_siber_basis

__all__ = [
    "KINDS", "MASKABLE", "PENDING", "WITHOUT_PERIOD", "ReportRequest",
    "CONTEXT", "DISCLAIMER", "KIND_AUDIT", "KIND_COVERAGE", "KIND_EPISODE", "KIND_REGISTRATIONS", "KIND_SIBER",
    "PAGE_OF", "PRESETS", "PRINTED_AT", "Cancelled", "Cell", "Chart", "Column", "FieldItem", "IsCancelled",
    "Progress", "Report", "Section", "Series", "Table", "build_audit_extract", "build_coverage",
    "build_episode_summary", "build_registrations", "build_siber_basis", "cell_text", "is_literal", "number_text",
    "period_last_month", "period_last_week", "period_this_month", "period_this_week", "period_today",
    "preset_period",
]
