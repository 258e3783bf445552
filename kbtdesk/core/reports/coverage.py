"""Coverage (täckningsgrad) per month: the shares that decide whether the region's figures are right.

Five measures, each a count of a denominator: registered contacts of all logged contacts,
journaled contacts of all, distance contacts with the rule set's distance code, ended episodes with a
registered ending contact (its ending code), and ended episodes transferred to SibeR. The checklist fills in
the routine's codes and will not save a contact without them, so the gaps this report shows come
from contacts not yet registered or journaled, from imports and outage backlogs, and from ended
episodes not yet followed up: what the region's statistics would miss.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.progress import IsCancelled, Progress
from kbtdesk.core.reports import common
from kbtdesk.core.reports.model import (
    KIND_COVERAGE,
    Cell,
    Chart,
    Column,
    FieldItem,
    Report,
    Section,
    Series,
    Table,
    literal,
    message,
)


def distance_code(rules) -> str:
    """The code every distance contact must carry (the rule set's `coverage.distance_contacts`)."""
    return rules.coverage_code("distance_contacts")


def ending_code(rules) -> str:
    """The code that registers the end of a treatment (the rule set's `coverage.ended_episodes`)."""
    return rules.coverage_code("ended_episodes")


@dataclass
class Share:
    """How many of how many, for one measure in one month."""

    count: int = 0
    of: int = 0

    def add(self, n: int, counted: bool) -> None:
        self.of += n
        self.count += n if counted else 0

    @property
    def percent(self) -> float | None:
        return round(100.0 * self.count / self.of, 1) if self.of else None


@dataclass(frozen=True)
class Measure:
    key: str
    #: Heading of the measure's group in print and of its count in the CSV.
    title: Message
    #: The CSV's heading of the denominator and of the percentage.
    of: Message
    percent: Message
    #: What a gap in it means for the region's coverage figure.
    meaning: Message


def _measures(rules) -> list[Measure]:
    distance, ending = distance_code(rules), ending_code(rules)
    logged = message(QT_TRANSLATE_NOOP("Report", "of logged contacts"))
    ended = message(QT_TRANSLATE_NOOP("Report", "of ended episodes"))
    return [
        Measure("registered", message(QT_TRANSLATE_NOOP("Report", "Registered contacts")), logged,
                message(QT_TRANSLATE_NOOP("Report", "% registered")),
                message(QT_TRANSLATE_NOOP(
                    "Report", "Only registered contacts reach the region's statistics: a contact logged here but "
                              "not registered is missing from every figure, coverage included."))),
        Measure("journaled", message(QT_TRANSLATE_NOOP("Report", "Journaled contacts")), logged,
                message(QT_TRANSLATE_NOOP("Report", "% journaled")),
                message(QT_TRANSLATE_NOOP(
                    "Report", "Medrave takes what SibeR gets from the journal notes: a contact without a note "
                              "written with the template is missing from the quality registry."))),
        Measure("distance", message(QT_TRANSLATE_NOOP("Report", "Distance contacts with {code}"), code=distance),
                message(QT_TRANSLATE_NOOP("Report", "of distance contacts")),
                message(QT_TRANSLATE_NOOP("Report", "% with {code}"), code=distance),
                message(QT_TRANSLATE_NOOP(
                    "Report", "The routine asks for {code} at every distance contact so that coverage is correct: "
                              "each one without it lowers the region's figure. Imported contacts and contacts "
                              "logged during an outage can lack it."), code=distance)),
        Measure("ending", message(QT_TRANSLATE_NOOP("Report", "Ended episodes with {code} registered"), code=ending),
                ended, message(QT_TRANSLATE_NOOP("Report", "% with {code}"), code=ending),
                message(QT_TRANSLATE_NOOP(
                    "Report", "An ended treatment counts as ended in the statistics only when a contact with "
                              "{code} is registered: without it the episode stays open there."), code=ending)),
        Measure("transferred", message(QT_TRANSLATE_NOOP("Report", "Ended episodes transferred to SibeR")), ended,
                message(QT_TRANSLATE_NOOP("Report", "% transferred")),
                message(QT_TRANSLATE_NOOP(
                    "Report", "An ended episode not transferred via Medrave is missing from SibeR, and lowers "
                              "the registry's coverage for the unit."))),
    ]


def _months(start: date, end: date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _has_code(column: str, param: str) -> str:
    """SQL: the space-separated code list in `column` holds the code bound as `param`."""
    return f"(' ' || {column} || ' ') LIKE '% ' || :{param} || ' %'"


def build_coverage(service, start: date, end: date, *, lang: str = "sv",
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Report:
    """Täckningsgrad per month (contacts by their local date, episodes by their end date)."""
    rules = service.rules
    measures = _measures(rules)
    lo, hi = common.utc_bounds(start, end)
    first, last = start.isoformat(), end.isoformat()
    months = _months(start, end)
    shares = {m: {measure.key: Share() for measure in measures} for m in months}
    common.tick(progress, cancelled, 0, 3)
    with service.session() as s:
        contact_rows = s.exec(text(
            f"SELECT substr(at, 1, 7), type, mode, {_has_code('codes', 'distance')}, registered IS NOT NULL, "
            "journal_done IS NOT NULL, COUNT(*) "
            "FROM contact WHERE at_utc >= :lo AND at_utc < :hi AND substr(at, 1, 10) BETWEEN :first AND :last "
            "GROUP BY 1, 2, 3, 4, 5, 6").bindparams(lo=lo, hi=hi, first=first, last=last,
                                                    distance=distance_code(rules))).all()
        common.tick(progress, cancelled, 1, 3)
        for month, ctype, mode, with_code, registered, journaled, n in contact_rows:
            share = shares[month]
            share["registered"].add(n, bool(registered))
            share["journaled"].add(n, bool(journaled))
            try:
                is_distance = rules.is_distance(ctype, mode)
            except ValueError:  # a type the rule set does not know: not counted as a distance contact
                is_distance = False
            if is_distance:
                share["distance"].add(n, bool(with_code))
        episode_rows = s.exec(text(
            "SELECT substr(e.ended, 1, 7), EXISTS (SELECT 1 FROM contact c WHERE c.episode_id = e.id "
            f"AND c.registered IS NOT NULL AND {_has_code('c.codes', 'ending')}), e.siber_transferred IS NOT NULL, "
            "COUNT(*) FROM episode e WHERE e.ended IS NOT NULL AND e.ended BETWEEN :first AND :last GROUP BY 1, 2, 3"
        ).bindparams(first=first, last=last, ending=ending_code(rules))).all()
        for month, with_ending, transferred, n in episode_rows:
            shares[month]["ending"].add(n, bool(with_ending))
            shares[month]["transferred"].add(n, bool(transferred))
        # Whose data were counted: recorded with the export in the audit trail (no one is named in it).
        patients = frozenset(s.exec(text(
            "SELECT e.patient_id FROM contact c JOIN episode e ON e.id = c.episode_id WHERE c.at_utc >= :lo "
            "AND c.at_utc < :hi AND substr(c.at, 1, 10) BETWEEN :first AND :last "
            "UNION SELECT patient_id FROM episode WHERE ended IS NOT NULL AND ended BETWEEN :first AND :last"
        ).bindparams(lo=lo, hi=hi, first=first, last=last)).scalars())
        common.tick(progress, cancelled, 2, 3)

    number = message(QT_TRANSLATE_NOOP("Report", "Number"))
    of = message(QT_TRANSLATE_NOOP("Report", "Of"))
    percent = literal("%")
    columns = [Column("month", message(QT_TRANSLATE_NOOP("Report", "Month")), nowrap=True)]
    for measure in measures:
        columns += [
            Column(measure.key, measure.title, numeric=True, group=measure.title, print_title=number),
            Column(f"{measure.key}_of", measure.of, numeric=True, group=measure.title, print_title=of),
            Column(f"{measure.key}_pct", measure.percent, numeric=True, group=measure.title, print_title=percent),
        ]
    table = Table(columns)

    def line(label: Cell, per: dict[str, Share]) -> tuple[Cell, ...]:
        cells: list[Cell] = [label]
        for measure in measures:
            share = per[measure.key]
            cells += [share.count, share.of, share.percent]
        return tuple(cells)

    for month in months:
        table.rows.append(line(month, shares[month]))
    if len(months) > 1:
        whole = {measure.key: Share(sum(shares[m][measure.key].count for m in months),
                                    sum(shares[m][measure.key].of for m in months)) for measure in measures}
        table.totals.add(len(table.rows))
        table.rows.append(line(message(QT_TRANSLATE_NOOP("Report", "Total")), whole))
    chart = Chart("bar", message(QT_TRANSLATE_NOOP("Report", "Coverage per month (%)")), tuple(months), tuple(
        Series(measure.title, tuple(shares[m][measure.key].percent for m in months)) for measure in measures),
        y_max=100.0, unit="%")
    notes: list[Cell] = [message(QT_TRANSLATE_NOOP(
        "Report", "Contacts count in the month of their own local date, episodes in the month they ended. "
                  "An empty percentage means nothing to count that month."))]
    meaning = Section(message(QT_TRANSLATE_NOOP("Report", "What the figures mean")),
                      fields=[FieldItem(measure.title, measure.meaning) for measure in measures])
    common.tick(progress, cancelled, 3, 3)
    return common.new_report(
        service, KIND_COVERAGE, message(QT_TRANSLATE_NOOP("Report", "Coverage (täckningsgrad)")), lang,
        period=common.period_message(start, end), landscape=True, patient_ids=patients,
        sections=[Section(table=table, charts=[chart], notes=notes), meaning])
