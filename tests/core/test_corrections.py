"""Every correction does what it says, leaves an audit entry in its transaction, and undoes exactly."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from kbtdesk.core import audit, corrections
from kbtdesk.core.service import ContactDraft, InputError
from tests.helpers.fixtures import NOW

TZ = NOW.tzinfo
LONG_NAME = "Anna-Karin Margareta Söderberg-Lindqvist af Ekenstam"


def _codes(service, ctype, mode=None, final=False):
    return tuple(s.code for s in service.suggest_codes(ctype, mode, final))


def _entries_after(service, count):
    return service.audit_entries()[count:]


def _snapshot(service, episode_id):
    detail = service.episode_detail(episode_id)
    return (detail.episode.model_dump(), [c.model_dump() for c in detail.contacts],
            [m.model_dump() for m in detail.measures])


@pytest.fixture
def full_episode(service):
    """Åsa Öberg's ended episode of 200 contacts (the last one final) with three scores."""
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    episode = service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 1, 5))
    start = datetime(2026, 1, 5, 9, 0, tzinfo=TZ)
    for n in range(200):
        final = n == 199
        ctype = "planned-visit" if final else ("TB" if n % 5 == 2 else "BR")
        mode = "clinic" if final else None
        service.save_contact(ContactDraft(episode.id, start + timedelta(days=n, minutes=n), ctype, mode=mode,
                                          final=final, codes=_codes(service, ctype, mode, final),
                                          journal_done=NOW if n % 2 else None))
    service.set_siber_start_documented(episode.id, date(2026, 10, 1))
    for n, items in enumerate(([3] * 9, [2] * 9, None)):
        service.add_measure(episode.id, date(2026, 10, 1) + timedelta(weeks=n), "madrs-s",
                            sum(items) if items else 14, items)
    return service, service.episode(episode.id)


def test_deleting_an_episode_names_what_goes_and_undo_restores_every_record(full_episode):
    service, episode = full_episode
    summary = corrections.describe_episode_deletion(service, episode.id)
    assert (summary.contacts, summary.measures, summary.patient_name) == (200, 3, "Åsa Öberg")
    text = summary.message.render()
    assert "Depressionshjälpen Plus" in text and "200 contacts" in text and "3 scores" in text
    assert "19640823-****" in text and "3234" not in text

    before = _snapshot(service, episode.id)
    entries = len(service.audit_entries())
    deleted = corrections.delete_episode(service, episode.id)
    with pytest.raises(InputError):
        service.episode(episode.id)
    assert service.counts().contacts == 0 and service.counts().measures == 0
    assert service.patient_by_identity("640823-3234") is not None  # the patient stays
    written = _entries_after(service, entries)
    assert [e.action for e in written] == [audit.DELETE] * 204
    assert written[-1].record_kind == "episode" and "200 contacts and 3 scores" in written[-1].detail
    assert {e.patient_id for e in written} == {episode.patient_id}
    assert str(deleted.label.render()) == "deletion"

    entries = len(service.audit_entries())
    deleted.undo(service)
    assert _snapshot(service, episode.id) == before
    restored = _entries_after(service, entries)
    assert len(restored) == 204 and {(e.action, e.detail) for e in restored} == {(audit.CREATE, "undo")}
    deleted.redo(service)
    assert service.counts().episodes == 0
    deleted.undo(service)
    assert _snapshot(service, episode.id) == before


def test_reopening_and_its_undo(full_episode):
    service, episode = full_episode
    service.tick([("siber", episode.id)], when=NOW)
    ended = service.episode(episode.id)
    change = corrections.reopen_episode(service, episode.id)
    reopened = service.episode(episode.id)
    assert (reopened.ended, reopened.end_reason, reopened.siber_transferred) == (None, None, None)
    assert episode.id in {r.episode_id for r in service.episode_rows("active")}
    change.undo(service)
    back = service.episode(episode.id)
    assert (back.ended, back.end_reason, back.siber_transferred) == (ended.ended, ended.end_reason,
                                                                      ended.siber_transferred)
    with pytest.raises(InputError, match="not ended"):
        corrections.reopen_episode(service, service.add_episode(episode.patient_id, "Oroshjälpen Plus",
                                                                date(2026, 11, 1)).id)


def test_changing_an_ending_date_and_reason(full_episode):
    service, episode = full_episode
    entries = len(service.audit_entries())
    change = corrections.change_ending(service, episode.id, date(2026, 7, 1), "dropout")
    changed = service.episode(episode.id)
    assert (changed.ended, changed.end_reason) == (date(2026, 7, 1), "dropout")
    (entry,) = _entries_after(service, entries)
    assert (entry.action, entry.record_id, entry.detail) == (audit.UPDATE, episode.id, "ending changed")
    change.undo(service)
    assert (service.episode(episode.id).ended, service.episode(episode.id).end_reason) == (episode.ended, "completed")
    change.redo(service)
    assert service.episode(episode.id).end_reason == "dropout"
    for ended, reason, field in ((date(2026, 1, 4), "completed", "ended"), (date(2026, 7, 1), "bored", "end_reason")):
        with pytest.raises(InputError) as refused:
            corrections.change_ending(service, episode.id, ended, reason)
        assert refused.value.field == field
    corrections.reopen_episode(service, episode.id)
    with pytest.raises(InputError, match="not ended"):
        corrections.change_ending(service, episode.id, date(2026, 7, 1), "dropout")


def test_renaming_a_patient_follows_into_search_and_undoes(service, episode):
    change = corrections.rename_patient(service, episode.patient_id, f"  {LONG_NAME}\u00a0")
    assert service.patient_by_identity("640823-3234").name == LONG_NAME
    assert {r.patient_name for r in service.episode_rows("all", "ekenstam", limit=100)} == {LONG_NAME}
    change.undo(service)
    assert service.patient_by_identity("640823-3234").name == "Åsa Öberg"
    assert service.episode_rows("all", "ekenstam", limit=100) == []
    with pytest.raises(InputError):
        corrections.rename_patient(service, episode.patient_id, " \t ")
    with pytest.raises(InputError):
        corrections.rename_patient(service, "no-such-patient", "Erik")


def test_correcting_an_identity_number(service, episode):
    other = service.add_patient("19810829M071", "Erik Björk")
    entries = len(service.audit_entries())
    change = corrections.correct_identity(service, episode.patient_id, "701063-2391")  # a samordningsnummer
    patient = service.patient_by_identity("701063-2391")
    assert patient.id == episode.patient_id and service.patient_by_identity("640823-3234") is None
    assert {r.patient_name for r in service.episode_rows("all", "7010", limit=100)} == {"Åsa Öberg"}
    (entry,) = _entries_after(service, entries)
    assert (entry.action, entry.record_kind, entry.detail) == (audit.UPDATE, "patient", "identity")
    assert "701063" not in entry.detail

    with pytest.raises(InputError) as taken:
        corrections.correct_identity(service, episode.patient_id, "19810829M071")
    assert taken.value.field == "identity" and "19810829" in taken.value.message.render()
    for bad in ("640823-3235", "640823-32x4", "١٩٦٤٠٨٢٣٣٢٣٤", "", "701063-2391"):
        with pytest.raises(InputError):
            corrections.correct_identity(service, episode.patient_id, bad)
    change.undo(service)
    assert service.patient_by_identity("640823-3234").id == episode.patient_id
    assert service.patient_by_identity("19810829M071").id == other.id
    change.redo(service)
    assert service.patient_by_identity("701063-2391").id == episode.patient_id


def test_undoing_an_identity_correction_is_refused_if_the_old_number_was_taken_since(service, episode):
    change = corrections.correct_identity(service, episode.patient_id, "701063-2391")
    service.add_patient("640823-3234", "Någon Annan")
    with pytest.raises(InputError):
        change.undo(service)
    assert service.patient_by_identity("701063-2391").id == episode.patient_id


def test_editing_and_deleting_a_score(service, episode):
    measure = service.add_measure(episode.id, date(2026, 11, 2), "madrs-s", 20, [2, 2, 2, 2, 2, 2, 2, 2, 4])
    entries = len(service.audit_entries())
    change = corrections.edit_measure(service, measure.id, date(2026, 11, 3), "madrs-s", 19,
                                      [2, 2, 2, 2, 2, 2, 2, 2, 3])
    edited = service.episode_detail(episode.id).measures[0]
    assert (edited.on, edited.score, json.loads(edited.items)) == (date(2026, 11, 3), 19, [2] * 8 + [3])
    (entry,) = _entries_after(service, entries)
    assert (entry.action, entry.record_kind, entry.record_id) == (audit.UPDATE, "measure", measure.id)
    change.undo(service)
    back = service.episode_detail(episode.id).measures[0]
    assert back.model_dump() == measure.model_dump()

    for args, field in ((("madrs-s", 55, None), "score"), (("madrs-s", 20, [2] * 8), "items"),
                        (("madrs-s", 20, [2] * 8 + [7]), "items"), (("madrs-s", 21, [2] * 9), "score")):
        with pytest.raises(InputError) as refused:
            corrections.edit_measure(service, measure.id, date(2026, 11, 3), *args)
        assert refused.value.field == field
    assert service.episode_detail(episode.id).measures[0].model_dump() == measure.model_dump()

    deleted = corrections.delete_measure(service, measure.id)
    assert service.episode_detail(episode.id).measures == []
    deleted.undo(service)
    assert service.episode_detail(episode.id).measures[0].model_dump() == measure.model_dump()
    deleted.redo(service)
    assert service.episode_detail(episode.id).measures == []
    with pytest.raises(InputError):
        corrections.delete_measure(service, measure.id)


def test_every_instrument_of_the_rule_set_can_be_corrected(service, episode, rules):
    for instrument in rules.instruments:
        top = instrument.item_max or 1
        items = [top] * instrument.items if instrument.items else None
        total = sum(items) if items else instrument.total_max
        measure = service.add_measure(episode.id, date(2026, 11, 1), instrument.id, 0,
                                      [0] * instrument.items if instrument.items else None)
        corrections.edit_measure(service, measure.id, date(2199, 12, 31), instrument.id, total, items)
        stored = next(m for m in service.episode_detail(episode.id).measures if m.id == measure.id)
        assert (stored.on, stored.score) == (date(2199, 12, 31), instrument.total_max)


def test_corrected_dates_stay_within_the_care_days_a_new_record_may_have(service, episode):
    """As a new score's or ending's: a date far outside (9999-12-31) would overflow week and time-zone
    arithmetic elsewhere (kbtdesk/core/limits.py)."""
    measure = service.add_measure(episode.id, date(2026, 11, 2), "madrs-s", 20)
    with pytest.raises(InputError) as refused:
        corrections.edit_measure(service, measure.id, date(9999, 12, 31), "madrs-s", 20)
    assert refused.value.field == "on" and "2199-12-31" in refused.value.message.render()
    service.end_episode(episode.id, date(2026, 11, 20), "completed")
    with pytest.raises(InputError) as refused:
        corrections.change_ending(service, episode.id, date(2200, 1, 1), "completed")
    assert refused.value.field == "ended"
    assert service.episode(episode.id).ended == date(2026, 11, 20)
    assert service.episode_detail(episode.id).measures[0].on == date(2026, 11, 2)
