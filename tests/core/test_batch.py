"""Many contacts at once: the codes the rules suggest, the checklist's rule path, all or nothing,
one undo for the whole batch. Through the real encrypted log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from kbtdesk.core import audit, batch, checker
from kbtdesk.core.service import ContactDraft, InputError
from tests.helpers.fixtures import NOW

LONG_NAME = "Anna-Karin Margareta Söderberg-Lindqvist af Ekenstam"


@pytest.fixture
def thirty(service):
    """Thirty active episodes, each of its own patient (long Swedish double names among them)."""
    from benchmarks.generate import personnummer

    episodes = []
    for n in range(30):
        name = LONG_NAME if n % 7 == 0 else f"Patient {n} Öberg-Ängström"
        patient = service.add_patient(personnummer(date(1960, 1, 1) + timedelta(days=97 * n), 200 + n), name)
        episodes.append(service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 10, 1)))
    return service, episodes


def _suggested(service, ctype, mode=None, final=False):
    return tuple(s.code for s in service.suggest_codes(ctype, mode, final))


def _contact_count(service) -> int:
    return service.counts().contacts


def _audit_count(service) -> int:
    return len(service.audit_entries())


def test_a_written_feedback_for_thirty_patients_now(thirty):
    service, episodes = thirty
    done = batch.log_contacts(service, batch.ContactBatch(tuple(e.id for e in episodes), "BR",
                                                          journal_done=True, registered=True))
    assert len(done.contact_ids) == 30 and len(set(done.contact_ids)) == 30
    for episode in episodes:
        detail = service.episode_detail(episode.id)
        (contact,) = detail.contacts
        assert contact.type == "BR" and contact.code_list == list(_suggested(service, "BR"))
        assert contact.at == NOW.isoformat() and contact.journal_done == NOW.isoformat()
        assert contact.registered == NOW.isoformat()
        assert detail.findings == []
        assert detail.episode.last_contact_at is not None
    assert service.worklist() == []  # ticked as journaled and registered: nothing left to do
    created = [e for e in service.audit_entries() if e.action == audit.CREATE and e.record_kind == "contact"]
    assert {e.record_id for e in created} == set(done.contact_ids)


def test_a_chosen_time_and_an_added_code(thirty):
    service, episodes = thirty
    when = datetime(2026, 11, 23, 14, 5, tzinfo=NOW.tzinfo)
    done = batch.log_contacts(service, batch.ContactBatch((episodes[0].id, episodes[1].id), "TB", at=when,
                                                          extra_codes=(" au118",), minutes=20))
    for contact_id in done.contact_ids:
        contact = service.contact(contact_id)
        assert contact.at == when.isoformat() and contact.minutes == 20
        assert contact.code_list == [*_suggested(service, "TB"), "AU118"]
        assert contact.journal_done is None and contact.registered is None
    kinds = {(i.kind, i.contact_id) for i in service.worklist()}
    assert {("journal", c) for c in done.contact_ids} <= kinds


def test_a_planned_visit_takes_its_mode_and_the_final_contact_ends_the_episodes(thirty):
    service, episodes = thirty
    ids = tuple(e.id for e in episodes[:3])
    done = batch.log_contacts(service, batch.ContactBatch(ids, "planned-visit", mode="clinic", final=True,
                                                          end_reason="other"))
    for episode_id, contact_id in zip(ids, done.contact_ids, strict=True):
        contact = service.contact(contact_id)
        assert contact.mode == "clinic" and contact.final
        assert contact.code_list == list(_suggested(service, "planned-visit", "clinic", True))
        assert (service.episode(episode_id).ended, service.episode(episode_id).end_reason) == (NOW.date(), "other")
    done.undo(service)
    for episode_id in ids:
        assert service.episode(episode_id).ended is None and service.episode(episode_id).end_reason is None
    done.redo(service)
    assert all(service.episode(e).ended == NOW.date() for e in ids)


def test_one_undo_removes_the_whole_batch_and_redo_brings_it_back_exactly(thirty):
    service, episodes = thirty
    before = _contact_count(service)
    done = batch.log_contacts(service, batch.ContactBatch(tuple(e.id for e in episodes), "BR", registered=True))
    kept = {c: service.contact(c).model_dump() for c in done.contact_ids}
    audits = _audit_count(service)
    done.undo(service)
    assert _contact_count(service) == before
    assert all(service.episode(e.id).last_contact_at is None for e in episodes)
    undone = service.audit_entries()[audits:]
    assert [e.action for e in undone] == [audit.DELETE] * 30 and {e.detail for e in undone} == {"undo"}
    done.redo(service)
    assert {c: service.contact(c).model_dump() for c in done.contact_ids} == kept
    assert str(done.label.render()) == "30 contacts"


def test_a_refused_contact_writes_nothing_and_names_the_findings(thirty):
    service, episodes = thirty
    before, audits = _contact_count(service), _audit_count(service)
    # The ending code on a contact that does not end the treatment: the routine's error.
    ending = service.rules.ending_code
    with pytest.raises(batch.BatchRefused) as refused:
        batch.log_contacts(service, batch.ContactBatch(tuple(e.id for e in episodes[:4]), "BR",
                                                       extra_codes=(ending,)))
    assert len(refused.value.planned) == 4
    assert {f.code for f in refused.value.findings} == {ending}
    assert all(f.severity == "error" for f in refused.value.findings)
    assert _contact_count(service) == before and _audit_count(service) == audits


def test_the_batch_is_judged_exactly_as_the_checklist_judges_one_contact(thirty):
    """One rule path: each planned contact's findings are findings_for_draft's for the same draft."""
    service, episodes = thirty
    for ctype, mode, codes in (("BR", None, ("XS003",)), ("planned-visit", "clinic", ("ZV051",)),
                               ("TB", None, ("ZZ999",))):
        planned = batch.plan(service, batch.ContactBatch((episodes[0].id,), ctype, mode=mode, extra_codes=codes))
        (one,) = planned
        assert list(one.findings) == service.findings_for_draft(one.draft)
        assert one.refused == checker.has_errors(one.findings)
    warned = batch.plan(service, batch.ContactBatch((episodes[0].id,), "planned-visit", mode="clinic",
                                                    extra_codes=("ZV051",)))[0]
    assert warned.findings and not warned.refused  # a warning does not stop the save, as in the checklist
    batch.log_contacts(service, batch.ContactBatch((episodes[0].id,), "planned-visit", mode="clinic",
                                                   extra_codes=("ZV051",)))


@pytest.mark.parametrize(("change", "field"), [
    ({"episode_ids": ()}, "episode"),
    ({"episode_ids": ("no-such-episode",)}, "episode"),
    ({"type": "letter"}, "type"),
    ({"type": "planned-visit"}, "mode"),
    ({"type": "BR", "mode": "video"}, "mode"),
    ({"at": datetime(2026, 11, 23, 14, 5)}, "at"),
    ({"at": datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))}, "at"),
    ({"minutes": 24 * 60 + 1}, "minutes"),
])
def test_bad_input_is_refused_before_anything_is_written(thirty, change, field):
    service, episodes = thirty
    before, audits = _contact_count(service), _audit_count(service)
    request = dict(episode_ids=(episodes[0].id, episodes[1].id), type="BR")
    request.update(change)
    with pytest.raises(InputError) as refused:
        batch.log_contacts(service, batch.ContactBatch(**request))
    assert refused.value.field == field
    assert _contact_count(service) == before and _audit_count(service) == audits


def test_an_episode_given_twice_is_refused(thirty):
    service, episodes = thirty
    with pytest.raises(InputError, match="given twice"):
        batch.log_contacts(service, batch.ContactBatch((episodes[0].id, episodes[0].id), "BR"))


def test_a_failure_half_way_leaves_nothing_behind(thirty, monkeypatch):
    service, episodes = thirty
    before, audits = _contact_count(service), _audit_count(service)
    real = service._put_contact
    calls = []

    def failing(s, draft):
        calls.append(draft)
        if len(calls) == 17:
            raise OSError(28, "No space left on device")
        return real(s, draft)

    monkeypatch.setattr(service, "_put_contact", failing)
    with pytest.raises(OSError):
        batch.log_contacts(service, batch.ContactBatch(tuple(e.id for e in episodes), "BR"))
    assert _contact_count(service) == before and _audit_count(service) == audits


def test_dates_at_the_end_of_the_calendar(thirty):
    service, episodes = thirty
    # The ends of the dates kbtdesk keeps (kbtdesk/core/limits.py: 1900-01-01 to 2199-12-31).
    late = datetime(2200, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1)))
    with pytest.raises(InputError) as refused:
        batch.log_contacts(service, batch.ContactBatch((episodes[0].id,), "BR", at=late))
    assert refused.value.field == "at"
    last = datetime(2199, 12, 31, 22, 0, tzinfo=UTC)
    early = datetime(1900, 1, 1, 0, 0, tzinfo=UTC)
    done = batch.log_contacts(service, batch.ContactBatch((episodes[0].id,), "BR", at=last))
    done_early = batch.log_contacts(service, batch.ContactBatch((episodes[0].id,), "TB", at=early))
    contacts = service.episode_detail(episodes[0].id).contacts
    assert [c.id for c in contacts] == [done_early.contact_ids[0], done.contact_ids[0]]  # in time order
    with service.session() as s:
        stored = s.exec(text("SELECT at_utc FROM contact ORDER BY at_utc")).all()
    assert [r[0] for r in stored] == ["1900-01-01T00:00:00", "2199-12-31T22:00:00"]


def test_a_batch_on_an_episode_of_200_contacts(service, episode):
    for n in range(199):
        service.save_contact(ContactDraft(episode.id, NOW - timedelta(days=200 - n), "BR",
                                          codes=_suggested(service, "BR")))
    done = batch.log_contacts(service, batch.ContactBatch((episode.id,), "BR"))
    detail = service.episode_detail(episode.id)
    assert len(detail.contacts) == 200 and detail.contacts[-1].id == done.contact_ids[0]
    done.undo(service)
    assert len(service.episode_detail(episode.id).contacts) == 199


def test_many_contacts_deleted_at_once_come_back_with_one_undo(thirty):
    service, episodes = thirty
    done = batch.log_contacts(service, batch.ContactBatch(tuple(e.id for e in episodes[:5]), "BR", journal_done=True))
    kept = {c: service.contact(c).model_dump() for c in done.contact_ids}
    deleted = batch.delete_contacts(service, done.contact_ids[:3])
    assert all(service.contact(c) is None for c in done.contact_ids[:3])
    deleted.undo(service)
    assert {c: service.contact(c).model_dump() for c in done.contact_ids} == kept
    deleted.redo(service)
    assert all(service.contact(c) is None for c in done.contact_ids[:3])
    with pytest.raises(InputError):
        batch.delete_contacts(service, [done.contact_ids[3], "no-such-contact"])
    assert service.contact(done.contact_ids[3]) is not None  # all or nothing


def test_a_final_contact_without_its_end_reason_is_refused_not_ended_as_completed(thirty):
    service, episodes = thirty
    with pytest.raises(InputError) as refused:
        batch.plan(service, batch.ContactBatch((episodes[0].id,), "planned-visit", mode="clinic", final=True))
    assert refused.value.field == "end_reason"
    assert service.episode(episodes[0].id).ended is None
