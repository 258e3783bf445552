"""Copy-ready texts about one contact: what to register, the note skeleton, display forms.

Pure functions of the rule set, a contact (a saved :class:`~kbtdesk.core.models.Contact` or a
:class:`~kbtdesk.core.service.ContactDraft`) and a language, so that the checklist, the worklist
and the exports all produce the same words. Rule-set texts are data and come in the language
asked for (Swedish when a translation is missing); nothing here needs Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Protocol

from kbtdesk.core.identity import mask_stored
from kbtdesk.core.rules import RuleSet

#: Separator between a registration code and the contact type's name, as in "BR — Skriftlig …".
DASH = "\u2014"


class ContactShape(Protocol):
    @property
    def type(self) -> str: ...
    @property
    def mode(self) -> str | None: ...
    @property
    def codes(self) -> str | Sequence[str]: ...  # Contact: "DU011 ZV044"; ContactDraft: a tuple


def code_list(contact: ContactShape) -> tuple[str, ...]:
    """The contact's codes in their given order, whether stored as text or as a sequence."""
    codes = contact.codes
    if isinstance(codes, str):
        return tuple(codes.split())
    return tuple(c for c in codes if c.strip())


def registration_code(rules: RuleSet, contact_type: str) -> str | None:
    """The code to register the contact type under, or None where the routine gives none."""
    ctype = rules.contact_type(contact_type)
    return ctype.registration_code if ctype is not None else None


def contact_type_name(rules: RuleSet, contact_type: str, mode: str | None, lang: str) -> str:
    """The rule set's name for the type, with the mode of a planned visit: "Mottagningsbesök planerat (Videolänk)"."""
    ctype = rules.contact_type(contact_type)
    if ctype is None:
        return contact_type
    name = ctype.name.get(lang)
    found = ctype.mode(mode) if mode else None
    return f"{name} ({found.name.get(lang)})" if found is not None else name


def contact_type_label(rules: RuleSet, contact_type: str, mode: str | None, lang: str) -> str:
    """Code and name: "BR — Skriftlig distanskontakt som ersätter besök"; the name alone without a code."""
    name = contact_type_name(rules, contact_type, mode, lang)
    code = registration_code(rules, contact_type)
    return f"{code} {DASH} {name}" if code else name


def registration_text(rules: RuleSet, contact: ContactShape, lang: str) -> str:
    """What to register, ready to copy: "BR — Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051"."""
    label = contact_type_label(rules, contact.type, contact.mode, lang)
    codes = code_list(contact)
    return f"{label}; KVÅ: {' '.join(codes)}" if codes else label


def registration_system(rules: RuleSet, care_level: str, ehr: str) -> str:
    """Where the contact is registered: the system the rule set names for the care level.

    The rule set says "EHR" where the registration happens in the journal system itself (primary
    care); the episode's own EHR is named then.
    """
    registration = rules.registration_for(care_level)
    if registration is None or registration.system == "EHR":
        template = rules.template(ehr)
        return template.name if template is not None else ehr
    return registration.system


def note_skeleton(headings: Sequence[str]) -> str:
    """The journal template's headings as a note to paste and fill in, one blank line under each."""
    return "\n\n".join(f"{heading.strip()}:" for heading in headings if heading.strip()) + "\n"


def masked_identity(identity: str) -> str:
    """A stored 12-character identity with the last four characters hidden (shared screens)."""
    return mask_stored(identity)


def display_when(value: str) -> str:
    """An ISO date-time as Swedish users write it ("2026-11-26 10:30", in its own offset), or a date."""
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        return value
    if len(value) <= 10:
        return date.fromisoformat(value).isoformat()
    return moment.strftime("%Y-%m-%d %H:%M")
