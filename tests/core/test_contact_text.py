"""Copy-ready contact texts and the checklist's draft rules, against the bundled VGR rule set."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.core import contact_steps, contact_text
from kbtdesk.core.models import Contact
from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW, STOCKHOLM


def draft(**changes) -> ContactDraft:
    values = dict(episode_id="e1", at=NOW, type="BR", codes=("DU011", "ZV044", "ZV051"))
    values.update(changes)
    return ContactDraft(**values)


def test_registration_text_of_a_message_contact(rules):
    assert contact_text.registration_text(rules, draft(), "sv") == (
        "BR — Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051")
    assert contact_text.registration_text(rules, draft(type="TB"), "en") == (
        "TB — Distance contact by telephone replacing a visit; KVÅ: DU011 ZV044 ZV051")


def test_registration_text_of_a_saved_contact_reads_its_code_text(rules):
    contact = Contact(episode_id="e1", at="", at_utc="", type="BR", codes="DU011 ZV044")
    assert contact_text.registration_text(rules, contact, "sv").endswith("; KVÅ: DU011 ZV044")


def test_planned_visit_has_no_invented_code(rules):
    text = contact_text.registration_text(rules, draft(type="planned-visit", mode="clinic",
                                                       codes=("DU011", "ZV044")), "sv")
    assert text == "Mottagningsbesök planerat (På mottagningen); KVÅ: DU011 ZV044"
    assert contact_text.registration_code(rules, "planned-visit") is None


def test_registration_text_without_codes_is_just_the_type(rules):
    assert contact_text.registration_text(rules, draft(codes=()), "sv") == (
        "BR — Skriftlig distanskontakt som ersätter besök")


def test_registration_system_by_care_level(rules):
    assert contact_text.registration_system(rules, "specialist", "j4") == "ELVIS"
    assert contact_text.registration_system(rules, "primary", "webdoc") == "Webdoc"


def test_note_skeleton_lists_each_heading_with_room_to_write():
    assert contact_text.note_skeleton(["Kontaktorsak", "Bedömning", "  "]) == "Kontaktorsak:\n\nBedömning:\n"


def test_masked_identity_hides_the_last_four():
    assert contact_text.masked_identity("196408233234") == "19640823-****"
    assert contact_text.masked_identity("19810829M071") == "19810829****"
    assert "3234" not in contact_text.masked_identity("6408233234")


def test_display_when_is_swedish_numeric_in_its_own_offset():
    assert contact_text.display_when("2026-11-26T10:30:00+01:00") == "2026-11-26 10:30"
    assert contact_text.display_when("2026-11-26") == "2026-11-26"


def test_recode_follows_the_new_suggestions_and_keeps_hand_added_codes():
    before = ("DU011", "ZV044", "ZV051")
    current = ("DU011", "ZV044", "ZV051", "AU118")
    after = contact_steps.recode(current, before, ("DU011", "ZV044"))
    assert after == ("DU011", "ZV044", "AU118")


def test_recode_brings_back_a_required_code_the_user_removed():
    assert contact_steps.recode(("DU011",), ("DU011", "ZV044"), ("ZV044", "UV112")) == ("ZV044", "UV112")


def test_add_code_normalises_and_does_not_repeat():
    assert contact_steps.add_code(("DU011",), " au118 ") == ("DU011", "AU118")
    assert contact_steps.add_code(("DU011",), "du011") == ("DU011",)
    assert contact_steps.add_code(("DU011",), "x1") == ("DU011", "X1")


def test_stamp_keeps_an_existing_tick_and_clears_an_unticked_one():
    earlier = NOW - timedelta(days=3)
    assert contact_steps.stamp(None, True, NOW) == NOW
    assert contact_steps.stamp(earlier, True, NOW) == earlier
    assert contact_steps.stamp(earlier, False, NOW) is None


def test_contact_moment_keeps_an_untouched_time_exactly():
    assert contact_steps.contact_moment(NOW.replace(tzinfo=None), NOW) is NOW


@pytest.mark.parametrize("zone", ["UTC", "America/Sao_Paulo", "Asia/Tokyo", "Pacific/Kiritimati"])
def test_contact_moment_keeps_a_foreign_offset_when_edited(local_zone, zone):
    # The reference carries +01:00 and this computer is elsewhere: the offset must stay.
    local_zone(zone)
    assert NOW.astimezone().utcoffset() != NOW.utcoffset()
    moved = contact_steps.contact_moment(datetime(2026, 11, 27, 9, 0), NOW)
    assert moved == datetime(2026, 11, 27, 9, 0, tzinfo=STOCKHOLM)


def test_contact_moment_in_sweden_in_winter_keeps_winter_time(local_zone):
    local_zone("Europe/Stockholm")
    moved = contact_steps.contact_moment(datetime(2026, 11, 27, 9, 0), NOW)
    assert moved == datetime(2026, 11, 27, 9, 0, tzinfo=STOCKHOLM)


# Stockholm and Sydney change to summer time in opposite halves of the year; UTC never does.
@pytest.mark.parametrize(("zone", "november", "june"), [
    ("Europe/Stockholm", timedelta(hours=1), timedelta(hours=2)),
    ("Australia/Sydney", timedelta(hours=11), timedelta(hours=10)),
    ("UTC", timedelta(0), timedelta(0)),
])
def test_contact_moment_in_local_zone_uses_the_local_offset_of_that_day(local_zone, zone, november, june):
    local_zone(zone)
    reference = datetime(2026, 11, 26, 10, 30).astimezone()
    assert reference.utcoffset() == november
    moved = contact_steps.contact_moment(datetime(2026, 6, 1, 9, 0), reference)
    assert moved.replace(tzinfo=None) == datetime(2026, 6, 1, 9, 0)
    assert moved.utcoffset() == june


@given(st.lists(st.sampled_from(["DU011", "ZV044", "ZV051", "UV112", "AU118", "XS003"]), unique=True),
       st.lists(st.sampled_from(["DU011", "ZV044", "ZV051", "UV112"]), unique=True),
       st.lists(st.sampled_from(["DU011", "ZV044", "ZV051", "UV112"]), unique=True))
def test_recode_always_holds_every_new_suggestion_once(current, old, new):
    result = contact_steps.recode(current, old, new)
    assert result[:len(new)] == tuple(new)
    assert len(result) == len(set(result))
    assert all(code in result for code in current if code not in old)


def test_all_contact_types_have_a_label_in_both_languages(rules):
    for ctype in rules.contact_types:
        for lang in ("sv", "en"):
            assert contact_text.contact_type_label(rules, ctype.id, None, lang).strip()
