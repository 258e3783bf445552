"""The demo log: fictitious, complete enough to show every screen, the same every time."""

from __future__ import annotations

from kbtdesk.core import episodes
from kbtdesk.core.demo import fill_demo, personnummer, reservnummer
from kbtdesk.core.identity import IdentityKind, parse_identity
from kbtdesk.core.models import Contact, Measure, Patient
from tests.helpers.fixtures import NOW


def _content(service):
    with service.session() as s:
        from sqlmodel import select

        patients = sorted((p.name, p.identity) for p in s.exec(select(Patient)))
        contacts = sorted((c.at, c.type, c.mode, c.codes, c.final, c.journal_done is None, c.outage)
                          for c in s.exec(select(Contact)))
        measures = sorted((m.on, m.instrument, m.score, m.items) for m in s.exec(select(Measure)))
    return patients, contacts, measures


def test_demo_data_covers_every_screen(service):
    summary = fill_demo(service)
    assert summary.patients == 12
    rows = service.episode_rows("all")
    assert len(rows) == 12
    assert any(r.ended is None for r in rows) and any(r.ended is not None for r in rows)
    kinds = {parse_identity(r.identity, NOW.date()).kind for r in rows}
    assert kinds == set(IdentityKind)
    assert all(r.identity[8:11] >= "980" for r in rows if not r.identity[8].isalpha())

    details = [service.episode_detail(r.episode_id) for r in rows]
    contacts = [c for d in details for c in d.contacts]
    assert {c.type for c in contacts} == {"BR", "TB", "planned-visit"}
    assert {c.mode for c in contacts if c.type == "planned-visit"} == {"video", "clinic"}
    assert service.open_item_count() > 0
    assert any(c.journal_done is None for c in contacts) and any(c.registered is None for c in contacts)
    assert any(c.outage for c in contacts)
    findings = service.check_all()
    assert any(f.kind == "missing-code" for f in findings)
    assert len(findings) < len(contacts) / 4, "mostly correct codes"

    ended_not_transferred = [d for d in details if d.episode.ended and d.episode.siber_transferred is None]
    assert ended_not_transferred
    flagged = [m for d in details for m in d.measures if episodes.flagged(m, service.rules)]
    assert len(flagged) == 1 and flagged[0].instrument == "madrs-s"
    assert all(c.at <= NOW.isoformat() for c in contacts), "nothing in the future"


def test_demo_is_deterministic(service, tmp_path, rules):
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_demo_log

    fill_demo(service, seed=7)
    (tmp_path / "other").mkdir()
    other_log = create_demo_log(tmp_path / "other")
    try:
        other = LogService(other_log.engine, rules, now=lambda: NOW)
        fill_demo(other, seed=7)
        assert _content(other) == _content(service)
    finally:
        other_log.close()


def test_identity_builders_make_valid_numbers():
    from datetime import date

    assert parse_identity(personnummer(date(1964, 8, 23), 323)).value == "196408233234"
    coordination = parse_identity(personnummer(date(1970, 10, 3), 239, coordination=True))
    assert coordination.kind is IdentityKind.SAMORDNINGSNUMMER
    assert reservnummer(date(1981, 8, 29), "M", 7) == "19810829M071"
    assert reservnummer(date(1945, 8, 29), "K", 8) == "19450829K088"
