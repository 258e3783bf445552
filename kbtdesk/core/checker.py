"""Checks contacts and episodes against a rule set and says which codes a contact needs.

Everything the checker knows about the routine comes from the :class:`RuleSet`; this module only
gives meaning to the rule kinds and the ``when`` vocabulary declared in :mod:`kbtdesk.core.rules`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from kbtdesk.core.rules import (
    LocalText,
    Rule,
    RuleSet,
    is_kva_code,
    normalise_code,
)


class ContactLike(Protocol):
    @property
    def id(self) -> str: ...
    @property
    def type(self) -> str: ...  # a contact type id from the rule set: "BR", "TB", "planned-visit"
    @property
    def mode(self) -> str | None: ...  # "video", "clinic" or None
    @property
    def final(self) -> bool: ...
    @property
    def codes(self) -> Sequence[str]: ...


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

# Meaning of the ``when`` vocabulary declared (and validated against) in rules.py; a test keeps
# these keys equal to CONTACT_CONDITIONS and EPISODE_CONDITIONS.
_CONTACT_TESTS: dict[str, Callable[[RuleSet, ContactLike], bool]] = {
    "any": lambda rules, contact: True,
    "always": lambda rules, contact: True,
    "distance": lambda rules, contact: rules.is_distance(contact.type, contact.mode),
    "clinic-visit": lambda rules, contact: rules.is_in_person(contact.type, contact.mode),
    "final": lambda rules, contact: bool(contact.final),
    "not-final": lambda rules, contact: not contact.final,
}

_EPISODE_TESTS: dict[str, Callable[[EpisodeLike], bool]] = {
    "any": lambda episode: True,
    "always": lambda episode: True,
    "ended-episode": lambda episode: episode.ended is not None,
}

@dataclass(frozen=True)
class Finding:
    severity: str  # "error" | "warning"
    kind: str  # "missing-code" | "unexpected-code" | "missing-final-contact" | "invalid-code"
    rule: str
    episode: str
    contact: str | None
    code: str | None
    message: Message
    reason: LocalText

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
        }


@dataclass(frozen=True)
class Suggestion:
    code: str
    rule: str
    reason: LocalText


def _finding(rule: Rule, episode_id: str, contact_id: str | None, code: str | None) -> Finding:
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
    )


def _applies(rules: RuleSet, rule: Rule, contact: ContactLike) -> bool:
    return all(_CONTACT_TESTS[name](rules, contact) for name in rule.when)


def _require_known(rules: RuleSet, contact: ContactLike) -> None:
    # raises ValueError for a contact type or mode this rule set does not know
    rules.is_distance(contact.type, contact.mode)


def check_contact(rules: RuleSet, episode_id: str, contact: ContactLike) -> list[Finding]:
    """Findings for one contact, in rule order; ValueError for an unknown contact type or mode."""
    _require_known(rules, contact)
    given = [normalise_code(code) for code in contact.codes]
    present = set(given)
    findings: list[Finding] = []
    for rule in rules.rules:
        if rule.is_episode_rule or not _applies(rules, rule, contact):
            continue
        if rule.kind == "missing-code" and rule.code not in present or rule.kind == "unexpected-code" and rule.code in present:
            findings.append(_finding(rule, episode_id, contact.id, rule.code))
        elif rule.kind == "invalid-code":
            for code in dict.fromkeys(given):
                if not is_kva_code(code):
                    findings.append(_finding(rule, episode_id, contact.id, code))
    return findings


def check_episode(
    rules: RuleSet, episode: EpisodeLike, contacts: Sequence[ContactLike]
) -> list[Finding]:
    """Each contact's findings in the order given, then the episode's own findings."""
    findings = [f for contact in contacts for f in check_contact(rules, episode.id, contact)]
    for rule in rules.rules:
        if not rule.is_episode_rule:
            continue
        if not all(_EPISODE_TESTS[name](episode) for name in rule.when):
            continue
        if rule.kind == "missing-final-contact" and not any(c.final for c in contacts):
            findings.append(_finding(rule, episode.id, None, None))
    return findings


def suggest_codes(rules: RuleSet, contact: ContactLike) -> list[Suggestion]:
    """The codes the rules require for this contact, in rule order, whatever it holds now."""
    _require_known(rules, contact)
    suggestions: dict[str, Suggestion] = {}
    for rule in rules.rules:
        if rule.kind == "missing-code" and rule.code not in suggestions and _applies(rules, rule, contact):
            suggestions[rule.code] = Suggestion(code=rule.code, rule=rule.id, reason=rule.reason)
    return list(suggestions.values())


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
