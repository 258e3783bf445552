"""The routine's gaps closed as rules of the rule set (issue 14.5): one test per rule row, with its
severity, through the real service (its checker path: the checklist's live findings, the episode
view's findings and `check_all`, which `kbtdesk check` prints)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from kbtdesk.core import checker, ticks
from kbtdesk.core.interchange import dumps, export_log, import_document
from kbtdesk.core.service import WORK_ENDING, WORK_SIBER, ContactDraft, TransferRefused
from tests.helpers.fixtures import NOW

TZ = NOW.tzinfo
BR_CODES = ("DU011", "ZV044", "ZV051")
FINAL_CODES = ("DU011", "ZV044", "UV112")


def at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


def br(episode, day: date, **kw) -> ContactDraft:
    return ContactDraft(episode.id, at(day), "BR", codes=BR_CODES, **kw)


def final_visit(episode, day: date, **kw) -> ContactDraft:
    return ContactDraft(episode.id, at(day), "planned-visit", mode="clinic", final=True, codes=FINAL_CODES, **kw)


def rules_of(findings, kind=None):
    return [(f.rule, f.severity) for f in findings if kind is None or f.kind == kind]


def rule_id(service, kind, **params):
    return next(r.id for r in service.rules.rules if r.kind == kind
                and all(r.params.get(k) == v for k, v in params.items()))


# --- a contact before the start or after the end ---------------------------------------------


def test_a_contact_before_the_start_is_a_warning_in_the_checklist_and_in_check(service, episode):
    early = br(episode, episode.started - timedelta(days=3))
    live = service.findings_for_draft(early)
    assert rules_of(live) == [(rule_id(service, "contact-before-start"), "warning")]
    assert "2026-09-28" in live[0].text() and "2026-10-01" in live[0].text()
    assert "silent" in live[0].text(lang="en")
    service.save_contact(early)  # a warning does not refuse it
    assert rules_of(service.check_all()) == [(rule_id(service, "contact-before-start"), "warning")]
    assert service.findings_for_draft(br(episode, episode.started)) == []


def test_a_contact_after_the_end_is_a_warning(service, episode):
    service.end_episode(episode.id, date(2026, 10, 20), "dropout")
    late = br(episode, date(2026, 10, 22))
    assert rules_of(service.findings_for_draft(late), "contact-after-end") == [
        (rule_id(service, "contact-after-end"), "warning")]
    service.save_contact(late)
    found = service.episode_detail(episode.id).findings
    assert (rule_id(service, "contact-after-end"), "warning") in rules_of(found)
    on_the_day = br(episode, date(2026, 10, 20))
    assert rules_of(service.findings_for_draft(on_the_day), "contact-after-end") == []


def test_a_final_contact_ending_the_episode_earlier_than_itself_is_after_the_end(service, episode):
    draft = final_visit(episode, date(2026, 10, 20), end_reason="completed", ended=date(2026, 10, 15))
    assert rules_of(service.findings_for_draft(draft), "contact-after-end") == [
        (rule_id(service, "contact-after-end"), "warning")]
    assert rules_of(service.findings_for_draft(final_visit(episode, date(2026, 10, 20))), "contact-after-end") == []


# --- a second active episode of the same programme ---------------------------------------------


def test_a_second_active_episode_of_the_same_programme_is_asked_then_a_warning(service, episode):
    patient = episode.patient_id
    asked = service.second_episode_findings(patient, " depressionshjälpen  plus", date(2026, 11, 1))
    assert rules_of(asked) == [(rule_id(service, "second-active-episode"), "warning")]
    assert "Depressionshjälpen Plus" in asked[0].text() and "2026-10-01" in asked[0].text()
    assert service.second_episode_findings(patient, "Oroshjälpen Plus", date(2026, 11, 1)) == []

    second = service.add_episode(patient, "Depressionshjälpen Plus", date(2026, 11, 1))
    for one in (episode, second):
        assert rules_of(service.episode_detail(one.id).findings) == [
            (rule_id(service, "second-active-episode"), "warning")]
    assert len(service.check_all()) == 2
    service.end_episode(episode.id, date(2026, 11, 2), "other")
    assert rules_of(service.episode_detail(second.id).findings) == []
    again = service.second_episode_findings(patient, "Depressionshjälpen Plus", date(2026, 12, 1))
    assert len(again) == 1 and "2026-11-01" in again[0].text()  # the ended one no longer counts


def test_another_patients_episode_is_no_second_episode(service, episode):
    other = service.add_patient("701063-2391", "Örjan Ängström")
    service.add_episode(other.id, "Depressionshjälpen Plus", date(2026, 10, 5))
    assert service.check_all() == []


# --- the SibeR transfer ----------------------------------------------------------------------


@pytest.fixture
def ended(service, episode):
    """The episode ended by its final contact, neither registered nor its start documented."""
    final = service.save_contact(final_visit(episode, date(2026, 11, 20), end_reason="completed"))
    return episode, final


def _refusal(service, keys):
    with pytest.raises(TransferRefused) as refused:
        service.tick(keys)
    return refused.value


def test_the_transfer_tick_is_refused_with_each_reason_and_nothing_is_written(service, ended):
    episode, final = ended
    entries = len(service.audit_entries())
    refused = _refusal(service, [(WORK_SIBER, episode.id)])
    assert [f.rule for f in refused.findings] == [
        rule_id(service, "siber-transfer-premature", requires="final-contact-registered"),
        rule_id(service, "siber-transfer-premature", requires="start-documented")]
    assert all(f.severity == "error" for f in refused.findings)
    text = refused.text(lambda c, s: s, "sv")
    assert text.splitlines()[0] == "Not marked as transferred to SibeR:"
    assert "the final contact is not registered" in text and "Medrave" in text
    assert "the start of treatment is not documented" in text
    assert service.episode(episode.id).siber_transferred is None
    assert len(service.audit_entries()) == entries
    with pytest.raises(TransferRefused):  # the worklist's undoable path refuses the same way
        ticks.set_ticks(service, [(WORK_SIBER, episode.id)])

    service.set_siber_start_documented(episode.id, date(2026, 10, 1))
    refused = _refusal(service, [(WORK_SIBER, episode.id)])
    assert [f.rule for f in refused.findings] == [
        rule_id(service, "siber-transfer-premature", requires="final-contact-registered")]
    # Registering the ending in the same step makes it ready.
    service.tick([(WORK_ENDING, final.id), (WORK_SIBER, episode.id)])
    assert service.episode(episode.id).siber_transferred == NOW.date()
    assert service.check_all() == []
    # Clearing the tick is never refused.
    service.tick([(WORK_SIBER, episode.id)], done=False)
    assert service.episode(episode.id).siber_transferred is None


def test_the_transfer_is_refused_while_the_final_contact_lacks_the_ending_code(service, episode):
    service.set_siber_start_documented(episode.id, date(2026, 10, 1))
    service.save_contact(ContactDraft(episode.id, at(date(2026, 11, 20)), "planned-visit", mode="clinic", final=True,
                                      codes=("DU011", "ZV044"), registered=at(date(2026, 11, 20), 12),
                                      end_reason="completed"))
    refused = _refusal(service, [(WORK_SIBER, episode.id)])
    assert [(f.rule, f.code) for f in refused.findings] == [
        (rule_id(service, "siber-transfer-premature", requires="ending-code"), "UV112")]
    assert "no final contact has UV112" in refused.text(lambda c, s: s, "en")


def test_check_reports_an_imported_log_transferred_too_early(service, ended, rules, tmp_path):
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths

    episode, _final = ended
    document = json.loads(dumps(export_log(service)))
    document["episodes"][0]["siber_transferred"] = "2026-11-21"  # ticked by another tool
    other_log = create_log(LogPaths(tmp_path / "other" / "log.db"), "another passphrase", TEST_KDF)
    try:
        other = LogService(other_log.engine, rules, now=service.now)
        import_document(other, dumps(document).encode("utf-8"))
        found = [f for f in other.check_all() if f.kind == "siber-transfer-premature"]
        assert [(f.severity, f.episode) for f in found] == [("error", episode.id)] * 2
        assert "SibeR transfer: the start of treatment is not documented" in [f.message.render() for f in found]
    finally:
        other_log.close()


def test_a_transfer_of_an_open_episode_in_an_imported_log_is_found(service, episode):
    with service.session() as s:
        s.connection().exec_driver_sql("UPDATE episode SET siber_transferred = '2026-11-01'")
        s.commit()
    assert rule_id(service, "siber-transfer-premature", requires="ended") in [
        f.rule for f in service.check_all()]


# --- the ending: asked on the final contact, said alike by the end dialog and the rule -----------


def test_the_final_contact_ends_the_episode_with_the_reason_and_day_given(service, episode):
    service.save_contact(final_visit(episode, date(2026, 11, 20), end_reason="dropout", ended=date(2026, 11, 18)))
    ended = service.episode(episode.id)
    assert (ended.ended, ended.end_reason) == (date(2026, 11, 18), "dropout")


def test_an_ending_other_than_completed_without_final_contact_is_a_warning(service, episode):
    service.end_episode(episode.id, date(2026, 11, 1), "dropout")
    found = service.episode_detail(episode.id).findings
    assert rules_of(found) == [("final-contact-at-other-ending", "warning")]
    text = found[0].text(lang="en")
    message = "The episode has ended but no contact is marked as final"
    assert text.count(message) == 1 and text.count("no contact is marked") == 1
    assert "does not say" in text


def test_a_completed_ending_without_final_contact_is_an_error(service, episode):
    service.end_episode(episode.id, date(2026, 11, 1), "completed")
    found = service.episode_detail(episode.id).findings
    assert [(f.kind, f.severity) for f in found] == [("missing-final-contact", "error")]


def test_the_end_dialogs_words_are_the_final_contact_rules(service):
    rules = service.rules
    for reason, severity in (("completed", "error"), ("dropout", "warning"), ("other", "warning")):
        advice = checker.ending_advice(rules, reason)
        assert [r.severity for r in advice] == [severity]
        assert advice[0].kind == "missing-final-contact"


# --- DU011 and the flagged score ---------------------------------------------------------------


def test_du011_is_suggested_on_the_final_contact_and_its_absence_is_a_warning(service, episode):
    suggested = [s.code for s in service.suggest_codes("planned-visit", "clinic", True)]
    assert suggested == ["DU011", "ZV044", "UV112"]
    draft = final_visit(episode, date(2026, 11, 20))
    no_du011 = ContactDraft(**{**draft.__dict__, "codes": ("ZV044", "UV112")})
    found = service.findings_for_draft(no_du011)
    assert [(f.code, f.severity) for f in found] == [("DU011", "warning")]
    assert not checker.has_errors(found)


def test_a_flagged_score_suggests_au118_for_the_next_contact_only(service, episode):
    before = service.save_contact(br(episode, date(2026, 10, 8)))
    service.add_measure(episode.id, date(2026, 10, 10), "madrs-s", 30, [3, 3, 3, 3, 3, 3, 3, 4, 5])
    suggested = service.suggest_codes("BR", None, False, date(2026, 10, 12), episode.id)
    assert [s.code for s in suggested] == ["DU011", "ZV044", "ZV051", "AU118"]
    flag_rule = next(r for r in service.rules.rules if "after-flag" in r.when)
    assert "Justera efter din enhet" in suggested[-1].reason["sv"] and "suicid" in suggested[-1].reason["sv"]
    found = service.findings_for_draft(br(episode, date(2026, 10, 12)))
    assert [(f.rule, f.code, f.severity) for f in found] == [(flag_rule.id, "AU118", "warning")]
    # Without an episode (the batch's first guess) or before the score, no AU118.
    assert "AU118" not in [s.code for s in service.suggest_codes("BR", None, False, date(2026, 10, 12))]
    assert service.findings_for_draft(ContactDraft(**{**br(episode, date(2026, 10, 8)).__dict__,
                                                      "id": before.id})) == []

    service.save_contact(br(episode, date(2026, 10, 12)))  # the next contact, without AU118: a warning
    service.save_contact(br(episode, date(2026, 10, 19)))  # the one after it: nothing
    assert [(f.code, f.severity) for f in service.check_all()] == [("AU118", "warning")]
    assert "AU118" not in [s.code for s in service.suggest_codes("BR", None, False, date(2026, 10, 26), episode.id)]


def test_a_score_below_the_flag_suggests_nothing_more(service, episode):
    service.add_measure(episode.id, date(2026, 10, 10), "madrs-s", 27, [3] * 9)
    assert "AU118" not in [s.code for s in service.suggest_codes("BR", None, False, date(2026, 10, 12), episode.id)]


def test_a_dropout_without_final_contact_can_be_transferred_once_its_start_is_documented(service, episode):
    # The routine is silent on how an ending as dropped out is registered: its final contact is
    # only advised, so the transfer waits only for the end and the documented start.
    service.end_episode(episode.id, date(2026, 11, 1), "dropout")
    with pytest.raises(TransferRefused) as refused:
        service.tick([(WORK_SIBER, episode.id)])
    assert [f.rule for f in refused.value.findings] == [
        rule_id(service, "siber-transfer-premature", requires="start-documented")]
    service.set_siber_start_documented(episode.id, date(2026, 10, 1))
    service.tick([(WORK_SIBER, episode.id)])
    assert service.episode(episode.id).siber_transferred == NOW.date()
