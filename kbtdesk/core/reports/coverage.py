"""Coverage (täckningsgrad) per month: the shares that decide whether the region's figures are right.

Six measures, each a count of a denominator: registered contacts of all logged contacts,
journaled contacts of all, distance contacts with the rule set's distance code, visits (contacts of
a type the rule set counts as a visit) with its visit code, ended episodes with a registered ending
contact (its ending code), and ended episodes transferred to SibeR. The checklist fills in the
routine's codes and will not save a contact without them, so the gaps this report shows come from
contacts not yet registered or journaled, from imports and outage backlogs, and from ended episodes
not yet followed up: what the region's statistics would miss.

KVÅ changes every year: each contact is judged by the version of the routine valid on its own local
date and each ended episode by the version valid on its end date, as the checker judges them, and
the report names the versions that judged it.
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
from kbtdesk.core.rules import AFTER_NEWEST, BEFORE_OLDEST, Period, RuleBook, RuleSet


def distance_code(rules: RuleSet) -> str:
    """The code every distance contact must carry (the rule set's `coverage.distance_contacts`)."""
    return rules.coverage["distance_contacts"]


def visit_code(rules: RuleSet) -> str:
    """The code every contact that counts as a visit must carry (the rule set's `coverage.visits`)."""
    return rules.coverage["visits"]


def ending_code(rules: RuleSet) -> str:
    """The code that registers the end of a treatment (the rule set's `coverage.ended_episodes`)."""
    return rules.coverage["ended_episodes"]


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


def _codes(versions: list[RuleSet], code_of) -> str:
    """The code a measure follows; "ZV043 / ZV044" when the versions that judged the report differ in it."""
    return " / ".join(dict.fromkeys(code_of(v) for v in versions))


def _measures(versions: list[RuleSet]) -> list[Measure]:
    distance, visit, ending = (_codes(versions, f) for f in (distance_code, visit_code, ending_code))
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
        Measure("visits", message(QT_TRANSLATE_NOOP("Report", "Visits with {code}"), code=visit),
                message(QT_TRANSLATE_NOOP("Report", "of visits")),
                message(QT_TRANSLATE_NOOP("Report", "% with {code}"), code=visit),
                message(QT_TRANSLATE_NOOP(
                    "Report", "The routine asks for {code} on every contact of a type that counts as a visit "
                              "(administrative contacts do not): a visit without it is missing from the "
                              "region's figures for that code. Imported contacts and contacts logged during an "
                              "outage can lack it."), code=visit)),
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


def _month_span(month: str) -> tuple[date, date]:
    year, number = int(month[:4]), int(month[5:])
    following = date(year + 1, 1, 1) if number == 12 else date(year, number + 1, 1)
    return date(year, number, 1), date.fromordinal(following.toordinal() - 1)


def _has_code(column: str, param: str) -> str:
    """SQL: the space-separated code list in `column` holds the code bound as `param`."""
    return f"(' ' || {column} || ' ') LIKE '% ' || :{param} || ' %'"


def _judged_by(periods: list[Period]) -> str:
    """"vgr-kbt-pa-natet 2025.1 (2025-12-01 – 2025-12-31); vgr-kbt-pa-natet 2026.1 (2026-01-01 – 2026-01-31)":
    each version with the days of the report it judged (the days before the oldest go with the oldest)."""
    spans: dict[int, tuple[RuleSet, date, date]] = {}
    for period in periods:
        rules, first, last = spans.get(id(period.rules), (period.rules, period.first, period.last))
        spans[id(period.rules)] = rules, min(first, period.first), max(last, period.last)
    return "; ".join(f"{rules.label} ({first.isoformat()} – {last.isoformat()})"
                     for rules, first, last in spans.values())


def build_coverage(service, start: date, end: date, *, lang: str = "sv",
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Report:
    """Täckningsgrad per month (contacts by their local date, episodes by their end date), each
    judged by the version of the routine valid on that date."""
    book: RuleBook = service.rule_book
    periods = book.periods(start, end)
    versions = list({id(p.rules): p.rules for p in periods}.values())
    measures = _measures(versions)
    lo, hi = common.utc_bounds(start, end)
    months = _months(start, end)
    shares = {m: {measure.key: Share() for measure in measures} for m in months}
    outside: dict[str, Period] = {}  # contacts or episodes were judged by a version outside its period
    steps = len(periods) + 2
    common.tick(progress, cancelled, 0, steps)
    with service.session() as s:
        for step, period in enumerate(periods, start=1):
            rules, first, last = period.rules, period.first.isoformat(), period.last.isoformat()
            contact_rows = s.exec(text(
                f"SELECT substr(at, 1, 7), type, mode, {_has_code('codes', 'distance')}, "
                f"{_has_code('codes', 'visit')}, registered IS NOT NULL, journal_done IS NOT NULL, COUNT(*) "
                "FROM contact WHERE at_utc >= :lo AND at_utc < :hi AND substr(at, 1, 10) BETWEEN :first AND :last "
                "GROUP BY 1, 2, 3, 4, 5, 6, 7").bindparams(
                    lo=lo, hi=hi, first=first, last=last, distance=distance_code(rules),
                    visit=visit_code(rules))).all()
            for month, ctype, mode, with_distance_code, with_visit_code, registered, journaled, n in contact_rows:
                share = shares[month]
                share["registered"].add(n, bool(registered))
                share["journaled"].add(n, bool(journaled))
                try:
                    is_distance = rules.is_distance(ctype, mode)
                except ValueError:  # a type the version does not know: not counted as a distance contact
                    is_distance = False
                if is_distance:
                    share["distance"].add(n, bool(with_distance_code))
                if rules.is_visit(ctype):
                    share["visits"].add(n, bool(with_visit_code))
            episode_rows = s.exec(text(
                "SELECT substr(e.ended, 1, 7), EXISTS (SELECT 1 FROM contact c WHERE c.episode_id = e.id "
                f"AND c.registered IS NOT NULL AND {_has_code('c.codes', 'ending')}), "
                "e.siber_transferred IS NOT NULL, COUNT(*) "
                "FROM episode e WHERE e.ended IS NOT NULL AND e.ended BETWEEN :first AND :last GROUP BY 1, 2, 3"
            ).bindparams(first=first, last=last, ending=ending_code(rules))).all()
            for month, with_ending, transferred, n in episode_rows:
                shares[month]["ending"].add(n, bool(with_ending))
                shares[month]["transferred"].add(n, bool(transferred))
            if period.outside is not None and (contact_rows or episode_rows):
                outside[period.outside] = period
            common.tick(progress, cancelled, step, steps)
        # Whose data were counted: recorded with the export in the audit trail (no one is named in it).
        first, last = start.isoformat(), end.isoformat()
        patients = frozenset(s.exec(text(
            "SELECT e.patient_id FROM contact c JOIN episode e ON e.id = c.episode_id WHERE c.at_utc >= :lo "
            "AND c.at_utc < :hi AND substr(c.at, 1, 10) BETWEEN :first AND :last "
            "UNION SELECT patient_id FROM episode WHERE ended IS NOT NULL AND ended BETWEEN :first AND :last"
        ).bindparams(lo=lo, hi=hi, first=first, last=last)).scalars())
        common.tick(progress, cancelled, steps - 1, steps)

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
    # Which version judged each month, in the CSV (print names them once, in the header).
    columns.append(Column("rules", message(QT_TRANSLATE_NOOP("Report", "Judged by rule set")), printed=False))
    table = Table(columns)

    def line(label: Cell, per: dict[str, Share], judged_by: str) -> tuple[Cell, ...]:
        cells: list[Cell] = [label]
        for measure in measures:
            share = per[measure.key]
            cells += [share.count, share.of, share.percent]
        cells.append(judged_by)
        return tuple(cells)

    for month in months:
        month_first, month_last = _month_span(month)
        labels = dict.fromkeys(p.rules.label for p in periods if p.first <= month_last and p.last >= month_first)
        table.rows.append(line(month, shares[month], ", ".join(labels)))
    if len(months) > 1:
        whole = {measure.key: Share(sum(shares[m][measure.key].count for m in months),
                                    sum(shares[m][measure.key].of for m in months)) for measure in measures}
        table.totals.add(len(table.rows))
        table.rows.append(line(message(QT_TRANSLATE_NOOP("Report", "Total")), whole,
                               ", ".join(v.label for v in versions)))
    chart = Chart("bar", message(QT_TRANSLATE_NOOP("Report", "Coverage per month (%)")), tuple(months), tuple(
        Series(measure.title, tuple(shares[m][measure.key].percent for m in months)) for measure in measures),
        y_max=100.0, unit="%")
    notes: list[Cell] = [message(QT_TRANSLATE_NOOP(
        "Report", "Contacts count in the month of their own local date, episodes in the month they ended, each "
                  "judged by the version of the rule set valid on that date. An empty percentage means nothing "
                  "to count that month."))]
    if BEFORE_OLDEST in outside:
        period = outside[BEFORE_OLDEST]
        notes.append(message(QT_TRANSLATE_NOOP(
            "Report", "Contacts or episodes before {date}, when the oldest version of the rule set begins, were "
                      "judged by that version ({rules})."),
            date=period.rules.valid_from.isoformat(), rules=period.rules.label))
    if AFTER_NEWEST in outside:
        period = outside[AFTER_NEWEST]
        notes.append(message(QT_TRANSLATE_NOOP(
            "Report", "Contacts or episodes after {date}, the last day of the newest version of the rule set, were "
                      "judged by that version ({rules}): is a newer rule file missing?"),
            date=str(period.rules.valid_to), rules=period.rules.label))
    meaning = Section(message(QT_TRANSLATE_NOOP("Report", "What the figures mean")),
                      fields=[FieldItem(measure.title, measure.meaning) for measure in measures])
    common.tick(progress, cancelled, steps, steps)
    return common.new_report(
        service, KIND_COVERAGE, message(QT_TRANSLATE_NOOP("Report", "Coverage (täckningsgrad)")), lang,
        period=common.period_message(start, end), landscape=True, patient_ids=patients,
        fields=[FieldItem(message(QT_TRANSLATE_NOOP("Report", "Judged by rule set")), _judged_by(periods))],
        sections=[Section(table=table, charts=[chart], notes=notes), meaning])
