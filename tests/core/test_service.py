"""The log's use cases, through the real encrypted log."""

from datetime import date, datetime, timedelta

import pytest

from kbtdesk.core.service import (
    WORK_ENDING,
    WORK_JOURNAL,
    WORK_REGISTRATION,
    WORK_SIBER,
    ContactDraft,
    InputError,
)
from tests.helpers.fixtures import NOW

TZ = NOW.tzinfo


def at(day, hour=10):
    return datetime(2026, 10, day, hour, 0, tzinfo=TZ)


def br(episode, day, **kw):
    return ContactDraft(episode.id, at(day), "BR", codes=("DU011", "ZV044", "ZV051"), **kw)


def test_a_saved_contact_reads_back_and_updates_the_episode(service, episode):
    saved = service.save_contact(br(episode, 8, minutes=15, note="Återkoppling <b>modul</b> 2"))
    detail = service.episode_detail(episode.id)
    assert [c.id for c in detail.contacts] == [saved.id]
    assert detail.contacts[0].code_list == ["DU011", "ZV044", "ZV051"]
    assert detail.contacts[0].note == "Återkoppling <b>modul</b> 2"
    assert detail.episode.last_contact_at == "2026-10-08T09:00:00"
    assert detail.findings == []


def test_codes_are_normalised_and_deduplicated(service, episode):
    saved = service.save_contact(ContactDraft(episode.id, at(8), "TB", codes=(" du011", "ZV044", "zv051", "ZV044")))
    assert saved.code_list == ["DU011", "ZV044", "ZV051"]


def test_a_planned_visit_needs_a_mode_and_others_have_none(service, episode):
    with pytest.raises(InputError) as raised:
        service.save_contact(ContactDraft(episode.id, at(8), "planned-visit"))
    assert raised.value.field == "mode"
    with pytest.raises(InputError):
        service.save_contact(ContactDraft(episode.id, at(8), "BR", mode="video"))


def test_the_final_contact_ends_the_episode(service, episode):
    service.save_contact(ContactDraft(episode.id, at(20), "planned-visit", mode="clinic", final=True,
                                      codes=("ZV044", "UV112")))
    ended = service.episode(episode.id)
    assert ended.ended == date(2026, 10, 20) and ended.end_reason == "completed"
    assert [i.kind for i in service.worklist() if i.kind == WORK_SIBER] == [WORK_SIBER]


def test_worklist_groups_and_ticks(service, episode):
    first = service.save_contact(br(episode, 8))
    final = service.save_contact(ContactDraft(episode.id, at(22), "BR", final=True,
                                              codes=("ZV044", "ZV051", "UV112"),
                                              journal_done=at(22, 11)))
    kinds = sorted((i.kind, i.contact_id or i.episode_id) for i in service.worklist())
    assert kinds == sorted([(WORK_JOURNAL, first.id), (WORK_REGISTRATION, first.id),
                            (WORK_ENDING, final.id), (WORK_SIBER, episode.id)])
    assert service.open_item_count() == 4
    assert service.episode_rows("all")[0].open_items == 4

    stamp = NOW
    assert service.tick([(WORK_JOURNAL, first.id), (WORK_REGISTRATION, first.id)], when=stamp) == 2
    assert service.contact(first.id).journal_done == stamp.isoformat()
    assert service.open_item_count() == 2
    service.tick([(WORK_JOURNAL, first.id)], done=False)
    assert service.contact(first.id).journal_done is None
    assert service.open_item_count() == 3
    service.set_siber_start_documented(episode.id, date(2026, 10, 1))
    service.tick([(WORK_SIBER, episode.id), (WORK_ENDING, final.id)])
    assert service.episode(episode.id).siber_transferred == NOW.date()
    assert {i.kind for i in service.worklist()} == {WORK_JOURNAL}


def test_outage_items_come_first(service, episode):
    service.save_contact(br(episode, 8))
    late = service.save_contact(br(episode, 9, outage=True))
    assert service.worklist()[0].contact_id == late.id and service.worklist()[0].outage


def test_delete_and_restore_give_back_the_same_contact(service, episode):
    saved = service.save_contact(br(episode, 8, note="kvar"))
    removed = service.delete_contact(saved.id)
    assert service.episode_detail(episode.id).contacts == []
    assert service.episode(episode.id).last_contact_at is None
    service.restore_contact(removed)
    back = service.contact(saved.id)
    assert (back.id, back.at, back.codes, back.note) == (saved.id, saved.at, saved.codes, "kvar")


@pytest.mark.parametrize("query, found", [
    ("öb", True), ("ÖBERG", True), ("åsa", True), ("Åsa Öb", True), ("6408", True),
    ("19640823", True), ("depr", True), ("hjälpen", True), ("oberg", True), ("asa ob", True), ("zz", False)])
def test_search_as_you_type(service, episode, query, found):
    rows = service.episode_rows("all", query)
    assert bool(rows) == found


def test_search_finds_nfd_typed_text(service, episode):
    import unicodedata

    assert service.episode_rows("all", unicodedata.normalize("NFD", "Öberg"))


def test_status_filter(service, episode):
    other = service.add_patient("701063-2391", "Örjan Ängström")
    ended = service.add_episode(other.id, "Oroshjälpen Plus", date(2026, 9, 1))
    service.end_episode(ended.id, date(2026, 11, 1), "dropout")
    assert [r.episode_id for r in service.episode_rows("active")] == [episode.id]
    assert [r.episode_id for r in service.episode_rows("ended")] == [ended.id]
    assert len(service.episode_rows("all")) == 2


def test_patients_are_validated(service):
    with pytest.raises(InputError) as raised:
        service.add_patient("640823-3235", "Fel Siffra")
    assert raised.value.field == "identity"
    service.add_patient("640823-3234", "Åsa Öberg")
    with pytest.raises(InputError, match="already"):
        service.add_patient("196408233234", "Samma Person")


def test_measures_are_checked_against_the_instrument(service, episode):
    service.add_measure(episode.id, date(2026, 10, 1), "madrs-s", 20, [2, 2, 2, 2, 2, 2, 2, 2, 4])
    with pytest.raises(InputError):
        service.add_measure(episode.id, date(2026, 10, 1), "madrs-s", 55)
    with pytest.raises(InputError):
        service.add_measure(episode.id, date(2026, 10, 1), "madrs-s", 7, [7, 0, 0, 0, 0, 0, 0, 0, 0])
    with pytest.raises(InputError):
        service.add_measure(episode.id, date(2026, 10, 1), "madrs-s", 3, [1, 1, 1])
    assert len(service.episode_detail(episode.id).measures) == 1


def test_suggest_codes_through_the_service(service):
    assert [s.code for s in service.suggest_codes("BR", None, False)] == ["DU011", "ZV044", "ZV051"]
    assert [s.code for s in service.suggest_codes("planned-visit", "clinic", False)] == ["DU011", "ZV044"]
    assert [s.code for s in service.suggest_codes("TB", None, True)] == ["DU011", "ZV044", "ZV051", "UV112"]


def test_findings_for_a_draft_update_with_the_codes(service, episode):
    draft = br(episode, 8)
    assert service.findings_for_draft(draft) == []
    without = ContactDraft(episode.id, at(8), "BR", codes=("DU011", "ZV051"))
    assert [(f.kind, f.code) for f in service.findings_for_draft(without)] == [("missing-code", "ZV044")]


def test_settings_override_rule_set_lists(service, rules):
    assert service.programmes()[0] == rules.programmes[0].name
    service.set_setting("programmes", ["Eget program"])
    assert service.programmes() == ["Eget program"]
    service.set_setting("template_headings", {"j4": ["Rubrik A", "Rubrik B"]})
    assert service.template_headings("j4") == ["Rubrik A", "Rubrik B"]
    assert service.template_headings("webdoc") == list(rules.template("webdoc").headings)


def test_end_date_before_start_is_refused(service, episode):
    with pytest.raises(InputError):
        service.end_episode(episode.id, episode.started - timedelta(days=1))


def test_a_failing_save_leaves_nothing_behind(service, episode, monkeypatch):
    """One transaction: if any part of a save fails, no part of it is written."""
    def boom(*_args):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(service.contacts, "refresh_last_contact", boom)  # after the contact is written
    with pytest.raises(RuntimeError):
        service.save_contact(ContactDraft(episode.id, at(20), "BR", final=True, codes=("ZV044", "ZV051", "UV112")))
    monkeypatch.undo()
    assert service.episode_detail(episode.id).contacts == []
    assert service.episode(episode.id).ended is None
