"""Checks contacts and episodes against a rule set and says which codes a contact needs.

Everything the checker knows about the routine comes from the rule set; this module only gives
meaning to the rule kinds (one function each) and the ``when`` vocabulary declared in
:mod:`kbtdesk.core.rules`. Given a :class:`~kbtdesk.core.rules.RuleBook` of several versions, each
contact is judged by the version valid on its day and each episode by the version valid on its
end day (today while it is open); every finding names the version that judged it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from kbtdesk.core.rules import (
    AFTER_NEWEST,
    BEFORE_OLDEST,
    LocalText,
    Placement,
    Rule,
    RuleBook,
    RuleSet,
    is_kva_code,
    normalise_code,
)


class ContactLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...  # a contact type id from the rule set
    @property
    def mode(self) -> str | None: ...  # a mode id of that type, or None
    @property
    def final(self) -> bool: ...
    @property
    def codes(self) -> Sequence[str]: ...
    # Optional: `on` (a date), the contact's day; which version judges it. Without it, the
    # version valid on the day the check runs.


class EpisodeLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def ended(self) -> date | None: ...


_MESSAGES = {
    "missing-code": QT_TRANSLATE_NOOP("Finding", "Code {code} is missing"),
    "unexpected-code": QT_TRANSLATE_NOOP("Finding", "Code {code} is not expected on this contact"),
    "missing-final-contact": QT_TRANSLATE_NOOP(
        "Finding", "The episode has ended but no contact is marked as final"
    ),
    "invalid-code": QT_TRANSLATE_NOOP("Finding", "{code} is not a valid KVÅ code"),
}

#: Not a rule of any file: a contact whose type or mode the judging version does not know (a log
#: written under another routine, or a rule file that dropped a type) cannot be judged at all.
UNKNOWN_SHAPE = "unknown-contact-type"
_UNKNOWN_SHAPE_MESSAGE = QT_TRANSLATE_NOOP(
    "Finding", "The rule set {rules} does not know the contact type {type} (mode {mode}): the contact cannot be "
               "checked. Is kbtdesk using your region's rule file (--rules, KBTDESK_RULES)?")

_OUTSIDE = {
    BEFORE_OLDEST: QT_TRANSLATE_NOOP(
        "Finding", "judged by {rules}, the oldest rule set (valid from {valid_from}): the date is older"),
    AFTER_NEWEST: QT_TRANSLATE_NOOP(
        "Finding", "judged by {rules}, the newest rule set, although it was valid only until {valid_to}"),
}

# Meaning of the ``when`` vocabulary declared (and validated against) in rules.py; a test keeps
# these keys equal to CONTACT_CONDITIONS and EPISODE_CONDITIONS.
_CONTACT_TESTS: dict[str, Callable[[RuleSet, ContactLike], bool]] = {
    "any": lambda rules, contact: True,
    "always": lambda rules, contact: True,
    "distance": lambda rules, contact: rules.is_distance(contact.type, contact.mode),
    "clinic-visit": lambda rules, contact: rules.is_in_person(contact.type, contact.mode),
    "final": lambda rules, contact: bool(contact.final),
    "not-final": lambda rules, contact: not contact.final,
    "visit": lambda rules, contact: rules.is_visit(contact.type),
    "not-visit": lambda rules, contact: not rules.is_visit(contact.type),
}

_EPISODE_TESTS: dict[str, Callable[[EpisodeLike], bool]] = {
    "any": lambda episode: True,
    "always": lambda episode: True,
    "ended-episode": lambda episode: episode.ended is not None,
}


# One function per rule kind (a test keeps these keys equal to rules.RULE_KINDS). Each returns
# the code of every finding the rule makes (None for a finding about no particular code).
def _missing_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str]) -> list[str | None]:
    return [rule.code] if rule.code not in given else []


def _unexpected_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str]) -> list[str | None]:
    return [rule.code] if rule.code in given else []


def _invalid_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str]) -> list[str | None]:
    return [code for code in dict.fromkeys(given) if not is_kva_code(code)]


def _missing_final_contact(rules: RuleSet, rule: Rule, episode: EpisodeLike,
                           contacts: Sequence[ContactLike]) -> list[str | None]:
    return [] if any(c.final for c in contacts) else [None]


_CONTACT_CHECKS: dict[str, Callable[[RuleSet, Rule, ContactLike, list[str]], list[str | None]]] = {
    "missing-code": _missing_code,
    "unexpected-code": _unexpected_code,
    "invalid-code": _invalid_code,
}
_EPISODE_CHECKS: dict[str, Callable[[RuleSet, Rule, EpisodeLike, Sequence[ContactLike]], list[str | None]]] = {
    "missing-final-contact": _missing_final_contact,
}


@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning"
    kind: str  # a rule kind of rules.RULE_KINDS
    rule: str
    episode: str
    contact: str | None
    code: str | None
    message: Message
    reason: LocalText
    ruleset: str = ""  # the version that judged it: "vgr-kbt-pa-natet 2026.1"
    note: Message | None = None  # set when the day lay outside every version's period

    def text(self, translate: Translate = untranslated, lang: str = "sv") -> str:
        message = self.message.render(translate)
        reason = self.reason.get(lang)
        return f"{message}: {reason}" if reason else message

    def as_json(self, translate: Translate = untranslated, lang: str = "sv") -> dict:
        return {
            "severity": self.severity,
            "kind": self.kind,
            "episode": self.episode,
            "contact": self.contact,
            "code": self.code,
            "message": self.text(translate, lang),
            "rules": self.ruleset,
            "rules_note": self.note.render(translate) if self.note is not None else None,
        }


@dataclass(frozen=True)
class Suggestion:
    code: str
    rule: str
    reason: LocalText


def outside_note(placement: Placement) -> Message | None:
    """Why a day was judged by a version whose period does not hold it, or None."""
    if placement.outside is None:
        return None
    rules = placement.rules
    return Message("Finding", _OUTSIDE[placement.outside],
                   {"rules": rules.label, "valid_from": rules.valid_from.isoformat(),
                    "valid_to": rules.valid_to.isoformat() if rules.valid_to else ""})


def _finding(rules: RuleSet, rule: Rule, episode_id: str, contact_id: str | None, code: str | None,
             note: Message | None) -> Finding:
    params = {"code": code} if code is not None else {}
    return Finding(
        severity=rule.severity,
        kind=rule.kind,
        rule=rule.id,
        episode=episode_id,
        contact=contact_id,
        code=code,
        message=Message("Finding", _MESSAGES[rule.kind], params),
        reason=rule.reason,
        ruleset=rules.label,
        note=note,
    )


def _applies(rules: RuleSet, rule: Rule, contact: ContactLike) -> bool:
    return all(_CONTACT_TESTS[name](rules, contact) for name in rule.when)


def _require_known(rules: RuleSet, contact: ContactLike) -> None:
    # raises ValueError for a contact type or mode this rule set does not know
    rules.is_distance(contact.type, contact.mode)


def _placement(rules: RuleSet | RuleBook, day: date | None, today: date | None) -> Placement:
    if isinstance(rules, RuleSet):
        return Placement(rules)
    return rules.placement(day or today or date.today())


def check_contact(rules: RuleSet | RuleBook, episode_id: str, contact: ContactLike,
                  today: date | None = None) -> list[Finding]:
    """Findings for one contact, in rule order; one UNKNOWN_SHAPE error for a contact type or
    mode the judging version does not know.

    With a RuleBook the version valid on the contact's day (`contact.on`) judges it.
    """
    placement = _placement(rules, getattr(contact, "on", None), today)
    version, note = placement.rules, outside_note(placement)
    try:
        _require_known(version, contact)
    except ValueError:
        return [Finding("error", UNKNOWN_SHAPE, UNKNOWN_SHAPE, episode_id, contact.id, None,
                        Message("Finding", _UNKNOWN_SHAPE_MESSAGE, {"rules": version.label, "type": contact.type,
                                                                    "mode": contact.mode or "–"}),
                        LocalText(), version.label, note)]
    given = [normalise_code(code) for code in contact.codes]
    findings: list[Finding] = []
    for rule in version.rules:
        if rule.is_episode_rule or not _applies(version, rule, contact):
            continue
        for code in _CONTACT_CHECKS[rule.kind](version, rule, contact, given):
            findings.append(_finding(version, rule, episode_id, contact.id, code, note))
    return findings


def check_episode(rules: RuleSet | RuleBook, episode: EpisodeLike, contacts: Sequence[ContactLike],
                  today: date | None = None) -> list[Finding]:
    """Each contact's findings in the order given, then the episode's own findings.

    With a RuleBook each contact is judged by the version of its day, and the episode by the
    version of its end day (of `today` while it is open).
    """
    findings = [f for contact in contacts for f in check_contact(rules, episode.id, contact, today)]
    placement = _placement(rules, episode.ended, today)
    version, note = placement.rules, outside_note(placement)
    for rule in version.rules:
        if not rule.is_episode_rule or not all(_EPISODE_TESTS[name](episode) for name in rule.when):
            continue
        for code in _EPISODE_CHECKS[rule.kind](version, rule, episode, contacts):
            findings.append(_finding(version, rule, episode.id, None, code, note))
    return findings


def suggest_codes(rules: RuleSet | RuleBook, contact: ContactLike, today: date | None = None) -> list[Suggestion]:
    """The codes the rules require for this contact, in rule order, whatever it holds now."""
    version = _placement(rules, getattr(contact, "on", None), today).rules
    _require_known(version, contact)
    suggestions: dict[str, Suggestion] = {}
    for rule in version.rules:
        if (rule.kind == "missing-code" and rule.code is not None and rule.code not in suggestions
                and _applies(version, rule, contact)):
            suggestions[rule.code] = Suggestion(code=rule.code, rule=rule.id, reason=rule.reason)
    return list(suggestions.values())


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
