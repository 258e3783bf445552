"""The registration export's fast paths agree with the plain ones they replaced.

`build_registrations` works a block of rows at a time, column by column, and counts its rows
mostly in an index; `csvout` converts and quotes cells column by column and joins the lines
itself. Each is checked here against a straightforward version (one Python step per row and per
cell, the csv module writing every line), on generated data: the same rows, the same bytes, the
same progress reports.
"""

from __future__ import annotations

import csv
import enum
import io
from datetime import UTC, date, datetime, timedelta, timezone
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from stdnum import luhn

from kbtdesk.base.messages import Message
from kbtdesk.core import contact_text, csvout, reports
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.reports import Cancelled, Column, Report, Section, Table, cell_text, common
from kbtdesk.core.reports import registrations as registration_list
from tests.helpers.fixtures import NOW


def sv(context, source):
    return {"Not registered": "Ej registrerad", "Note": "Anteckning", "Yes": "Ja"}.get(source, source)


# -- the CSV writer -------------------------------------------------------------------------------


def _plain_csv(report: Report, translate) -> tuple[str, list[tuple[int, int]]]:
    """The CSV as the csv module writes it line by line, each cell converted on its own, and the
    progress reports: one before every STEP-th line (the header is line 0), then (total, total)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    buffer.write("\ufeff")
    table = report.csv_table
    total = len(table.rows)
    seen = []
    lines = [[csvout.neutralise(column.title.render(translate)) for column in table.columns]]
    for row in table.rows:
        cells = []
        for value in row:
            shown = cell_text(value, translate, report.lang)
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            cells.append(shown if numeric else csvout.neutralise(shown))
        lines.append(cells)
    for n, line in enumerate(lines):
        if n % csvout.STEP == 0:
            seen.append((max(0, n - 1), total))
        writer.writerow(line)
    seen.append((total, total))
    return buffer.getvalue(), seen


class Kind(enum.StrEnum):
    VIDEO = "=video"


SHARED = Message("Report", "Not registered")
TEXTS = st.one_of(
    st.text(max_size=12),
    st.text(alphabet=";\"'\r\n\t =+-@a\x00 Å", max_size=6),
    st.sampled_from(["", " ", "a;b", 'a"b', '"', "a\r\nb", "=1+2", "'=x", "''+y", "-5", "\ufeff", "x\x00y"]),
)
CELLS = st.one_of(
    TEXTS,
    st.none(),
    st.integers(-10**6, 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.sampled_from([SHARED, Message("Report", "Yes"), Message("Report", "{n} of {m}", {"n": 1, "m": "=2"}),
                     Message("Report", "a;b"), Kind.VIDEO]),
)


@st.composite
def tables(draw):
    width = draw(st.integers(0, 4))
    rows = draw(st.lists(st.tuples(*[CELLS] * width), max_size=14))
    if rows and draw(st.booleans()):  # some rows longer or shorter: written as they are
        extra = draw(st.lists(st.lists(CELLS, max_size=5).map(tuple), min_size=1, max_size=3))
        rows = rows + extra
    if draw(st.booleans()):  # a whole column of one kind, as the builders make them
        kind = draw(TEXTS)
        rows = [(kind,) + row[1:] if row else row for row in rows]
    titles = draw(st.lists(st.sampled_from(["Note", "=Sum", "a;b", "Yes"]), min_size=width, max_size=width))
    columns = [Column(f"c{n}", Message("Report", title)) for n, title in enumerate(titles)]
    return Report("test", Message("Report", "T"), draw(st.sampled_from(["sv", "en"])), NOW,
                  sections=[Section(table=Table(columns, rows=rows))])


@settings(max_examples=400, deadline=None)
@given(report=tables(), step=st.sampled_from([1, 2, 3, 2000]))
def test_csv_is_byte_identical_to_writing_cell_by_cell(report, step):
    with mock.patch.object(csvout, "STEP", step):
        expected, expected_progress = _plain_csv(report, sv)
        seen = []
        buffer = io.StringIO(newline="")
        csvout._write(buffer, report, sv, lambda done, total: seen.append((done, total)), None)
    assert buffer.getvalue() == expected
    assert csvout.to_csv(report, sv) == expected
    assert seen == expected_progress
    assert [list(map(str, line)) for line in csvout.rows(report, sv)] == list(
        csv.reader(io.StringIO(expected[1:], newline=""), delimiter=";"))


def test_cancel_between_blocks_leaves_no_file(tmp_path):
    rows = [(f"name {n}", "a;b", n) for n in range(10)]
    report = Report("test", Message("Report", "T"), "sv", NOW, sections=[Section(table=Table(
        [Column("a", Message("Report", "A")), Column("b", Message("Report", "B")), Column("n", Message("Report", "N"))],
        rows=rows))])
    checks = []

    def cancelled():
        checks.append(1)
        return len(checks) == 3  # the third check: after two blocks were written

    target = tmp_path / "list.csv"
    with mock.patch.object(csvout, "STEP", 3), pytest.raises(Cancelled):
        csvout.write_csv(report, target, cancelled=cancelled)
    assert len(checks) == 3 and not target.exists() and list(tmp_path.iterdir()) == []


# -- the registration list --------------------------------------------------------------------------


def _plain_registrations(service, start, end, *, pending, mask, lang):
    """The registration list's rows read one at a time, every text made for every row (the
    builder before the fast path), with its progress reports and whose contacts they are:
    (rows, marked, progress, patient ids)."""
    rules = service.rules
    lo = (start - timedelta(days=1)).isoformat() + "T00:00:00"
    hi = (end + timedelta(days=2)).isoformat() + "T00:00:00"
    where = "c.at_utc >= :lo AND c.at_utc < :hi AND substr(c.at, 1, 10) BETWEEN :first AND :last"
    if pending:
        where += " AND c.registered IS NULL"
    params = dict(lo=lo, hi=hi, first=start.isoformat(), last=end.isoformat())
    rows, marked, seen, patients = [], set(), [], set()
    with service.session() as s:
        total = s.exec(text(f"SELECT COUNT(*) FROM contact c WHERE {where}").bindparams(**params)).one()[0]
        seen.append((0, total))
        found = s.exec(text(
            "SELECT c.id, c.episode_id, c.at, c.type, c.mode, c.codes, c.registered, p.name, p.identity, "
            "e.care_level, e.ehr, p.id FROM contact c JOIN episode e ON e.id = c.episode_id "
            f"JOIN patient p ON p.id = e.patient_id WHERE {where} ORDER BY c.at_utc, c.id").bindparams(**params)).all()
    for n, (cid, eid, at, ctype, mode, codes, registered, name, identity, care_level, ehr, pid) in enumerate(found):
        patients.add(pid)
        if n % registration_list.STEP == 0 and n:
            seen.append((n, total))
        try:
            parsed = parse_identity(identity)
            shown = parsed.masked() if mask else parsed.display()
        except InvalidIdentity:
            shown = contact_text.masked_identity(identity) if mask else identity
        shape = registration_list.ContactShape(ctype, mode, codes)
        if registered is None:
            marked.add(n)
            registered = Message("Report", "Not registered")
        else:
            registered = registered[:10]
        rows.append((at[:10], at[11:16], name, shown, contact_text.contact_type_label(rules, ctype, None, lang),
                     common.mode_name(rules, ctype, mode, lang), " ".join(codes.split()), registered,
                     contact_text.registration_text(rules, shape, lang),
                     contact_text.registration_system(rules, care_level, ehr), eid, cid))
    seen.append((total, total))
    return rows, marked, seen, patients


def _personnummer(born: date, serial: int, samordning: bool = False) -> str:
    day = born.day + (60 if samordning else 0)
    short = f"{born:%y%m}{day:02d}{serial:03d}"
    return f"{born.year // 100:02d}{short}{luhn.calc_check_digit(short)}"


IDENTITIES = st.one_of(
    st.builds(_personnummer, st.dates(date(1920, 1, 1), date(2010, 12, 31)), st.integers(0, 999), st.booleans()),
    st.sampled_from([
        "19810829M071",  # reservnummer, stored upper case
        "19810829m071",  # … lower case: shown upper case unless masked
        "19810829K071",  # letter and number disagree: invalid, shown as stored
        "196408233235",  # wrong check digit
        "6408233234",  # ten digits, not the stored form
        "19640823-3234", " 196408233234", "1964O8233234", "abc", "", "١٩٦٤٠٨٢٣٣٢٣٤", "=196408233234",
        "20991231-0000",
    ]),
)
START = date(2026, 11, 2)


@st.composite
def logs(draw):
    identities = draw(st.lists(IDENTITIES, min_size=1, max_size=4, unique=True))
    names = st.one_of(st.text(max_size=8), st.sampled_from(["Åsa Öberg", "=HYPERLINK(1)", "a;b", 'x"y', "-", "@"]))
    patients = [(f"p{n}", identity, draw(names)) for n, identity in enumerate(identities)]
    episodes = [(f"e{n}", pid, draw(st.sampled_from(["specialist", "primary", "other"])),
                 draw(st.sampled_from(["asynja-visph", "other-ehr"]))) for n, (pid, _, _) in enumerate(patients)]
    contacts = []
    for n in range(draw(st.integers(0, 14))):
        offset = timedelta(minutes=15 * draw(st.integers(-48, 56)))  # −12 … +14 hours
        local = datetime.combine(START - timedelta(days=2), datetime.min.time()) + timedelta(
            minutes=15 * draw(st.integers(0, 8 * 96)))
        at = local.replace(tzinfo=timezone(offset))
        contacts.append((
            draw(st.sampled_from([f"c{n:02d}", f"c{n:02d}x"])), draw(st.sampled_from(episodes))[0], at.isoformat(),
            at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
            draw(st.sampled_from(["BR", "TB", "planned-visit", "unknown-type"])),
            draw(st.sampled_from([None, "video", "clinic", "", "other-mode"])),
            draw(st.sampled_from(["DU011 ZV044", " DU011\t ZV044  ZV051 ", "", "UV112", "=DU011"])),
            draw(st.sampled_from([None, None, "2026-11-03T10:00:00+01:00", "", "x"])),
        ))
    return patients, episodes, contacts


def _fill(service, patients, episodes, contacts):
    with service.engine.begin() as conn:
        for pid, identity, name in patients:
            conn.exec_driver_sql("INSERT INTO patient (id, identity, name, name_folded) VALUES (?, ?, ?, ?)",
                                 (pid, identity, name, name.casefold()))
        for eid, pid, care_level, ehr in episodes:
            conn.exec_driver_sql("INSERT INTO episode (id, patient_id, programme, programme_folded, started, "
                                 "care_level, ehr) VALUES (?, ?, 'P', 'p', '2026-10-01', ?, ?)",
                                 (eid, pid, care_level, ehr))
        for cid, eid, at, at_utc, ctype, mode, codes, registered in contacts:
            conn.exec_driver_sql("INSERT INTO contact (id, episode_id, at, at_utc, type, mode, final, codes, "
                                 "registered, note, outage) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, '', 0)",
                                 (cid, eid, at, at_utc, ctype, mode, codes, registered))


def _empty(service):
    with service.engine.begin() as conn:
        for table in ("contact", "episode", "patient"):
            conn.exec_driver_sql(f"DELETE FROM {table}")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(log=logs(), days=st.integers(0, 3), pending=st.booleans(), mask=st.booleans(),
       lang=st.sampled_from(["sv", "en"]), step=st.sampled_from([1, 2, 500]))
def test_registration_list_matches_reading_row_by_row(service, log, days, pending, mask, lang, step):
    _fill(service, *log)
    try:
        end = START + timedelta(days=days)
        with mock.patch.object(registration_list, "STEP", step):
            rows, marked, expected_progress, patients = _plain_registrations(service, START, end, pending=pending,
                                                                   mask=mask, lang=lang)
            seen = []
            report = reports.build_registrations(service, START, end, pending=pending, mask=mask, lang=lang,
                                                 progress=lambda done, total: seen.append((done, total)))
    finally:
        _empty(service)
    assert report.csv_table.rows == rows
    assert report.csv_table.marked == marked
    assert seen == expected_progress
    assert report.patient_ids == patients  # recorded with the export: every patient listed, no other
    expected_csv, _ = _plain_csv(report, sv)
    assert csvout.to_csv(report, sv) == expected_csv
