"""Checks contacts and episodes against a rule set and says which codes a contact needs.

Everything the checker knows about the routine comes from the rule set; this module only gives
meaning to the rule kinds (one function each) and the ``when`` vocabulary declared in
:mod:`kbtdesk.core.rules`. Given a :class:`~kbtdesk.core.rules.RuleBook` of several versions, each
contact is judged by the version valid on its day and each episode by the version valid on its
end day (today while it is open); every finding names the version that judged it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
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
    # Optional, read with getattr where a rule needs them (an episode record has them all):
    # `started`, `end_reason`, `programme`, `siber_start_documented`, `siber_transferred`.


@dataclass(frozen=True)
class ContactContext:
    """What a contact rule may need beyond the contact itself.

    `episode`: the contact's episode (its `started` and `ended`), for the rules about contacts
    outside the episode. `follows_flag`: the contact is the first one on or after a flagged score
    (MADRS-S item 9), for rules with the condition ``after-flag``. `check_episode` works both out;
    the checklist's live findings get them from the service.
    """

    episode: EpisodeLike | None = None
    follows_flag: bool = False


NO_CONTEXT = ContactContext()

_MESSAGES = {
    "missing-code": QT_TRANSLATE_NOOP("Finding", "Code {code} is missing"),
    "unexpected-code": QT_TRANSLATE_NOOP("Finding", "Code {code} is not expected on this contact"),
    "missing-final-contact": QT_TRANSLATE_NOOP(
        "Finding", "The episode has ended but no contact is marked as final"
    ),
    "invalid-code": QT_TRANSLATE_NOOP("Finding", "{code} is not a valid KVÅ code"),
    "contact-before-start": QT_TRANSLATE_NOOP(
        "Finding", "The contact ({day}) is dated before the episode started ({started})"),
    "contact-after-end": QT_TRANSLATE_NOOP(
        "Finding", "The contact ({day}) is dated after the episode ended ({ended})"),
    "second-active-episode": QT_TRANSLATE_NOOP(
        "Finding", "The patient has another active episode of {programme} (started {started})"),
    "siber-transfer-premature": QT_TRANSLATE_NOOP("Finding", "SibeR transfer: {what}"),
}

#: What a `siber-transfer-premature` rule found missing, by its `requires` param.
_NOT_READY = {
    "ended": QT_TRANSLATE_NOOP("Finding", "the episode has not ended"),
    "final-contact-registered": QT_TRANSLATE_NOOP("Finding", "the final contact is not registered"),
    "ending-code": QT_TRANSLATE_NOOP("Finding", "no final contact has {code}"),
    "start-documented": QT_TRANSLATE_NOOP("Finding", "the start of treatment is not documented"),
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
_CONTACT_TESTS: dict[str, Callable[[RuleSet, ContactLike, ContactContext], bool]] = {
    "any": lambda rules, contact, context: True,
    "always": lambda rules, contact, context: True,
    "distance": lambda rules, contact, context: rules.is_distance(contact.type, contact.mode),
    "clinic-visit": lambda rules, contact, context: rules.is_in_person(contact.type, contact.mode),
    "final": lambda rules, contact, context: bool(contact.final),
    "not-final": lambda rules, contact, context: not contact.final,
    "visit": lambda rules, contact, context: rules.is_visit(contact.type),
    "not-visit": lambda rules, contact, context: not rules.is_visit(contact.type),
    "after-flag": lambda rules, contact, context: context.follows_flag,
}

_EPISODE_TESTS: dict[str, Callable[[EpisodeLike], bool]] = {
    "any": lambda episode: True,
    "always": lambda episode: True,
    "ended-episode": lambda episode: episode.ended is not None,
    "active-episode": lambda episode: episode.ended is None,
    "completed": lambda episode: episode.ended is not None and _end_reason(episode) in (None, "completed"),
    "not-completed": lambda episode: episode.ended is not None and _end_reason(episode) not in (None, "completed"),
    "siber-transferred": lambda episode: getattr(episode, "siber_transferred", None) is not None,
}


def _end_reason(episode: EpisodeLike) -> str | None:
    return getattr(episode, "end_reason", None)


@dataclass(frozen=True)
class _Hit:
    """One finding a rule makes: its code (None for none in particular) and the message's values."""

    code: str | None = None
    params: Mapping[str, object] = field(default_factory=dict)


def _day(contact: ContactLike) -> date | None:
    return getattr(contact, "on", None)


# One function per rule kind (a test keeps these keys equal to rules.RULE_KINDS). Each returns
# what the rule finds: a hit per finding.
def _missing_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str],
                  context: ContactContext) -> list[_Hit]:
    return [_Hit(rule.code)] if rule.code not in given else []


def _unexpected_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str],
                     context: ContactContext) -> list[_Hit]:
    return [_Hit(rule.code)] if rule.code in given else []


def _invalid_code(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str],
                  context: ContactContext) -> list[_Hit]:
    return [_Hit(code) for code in dict.fromkeys(given) if not is_kva_code(code)]


def _contact_before_start(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str],
                          context: ContactContext) -> list[_Hit]:
    started, day = getattr(context.episode, "started", None), _day(contact)
    if started is None or day is None or day >= started:
        return []
    return [_Hit(None, {"day": day.isoformat(), "started": started.isoformat()})]


def _contact_after_end(rules: RuleSet, rule: Rule, contact: ContactLike, given: list[str],
                       context: ContactContext) -> list[_Hit]:
    ended, day = getattr(context.episode, "ended", None), _day(contact)
    if ended is None or day is None or day <= ended:
        return []
    return [_Hit(None, {"day": day.isoformat(), "ended": ended.isoformat()})]


def _missing_final_contact(rules: RuleSet, rule: Rule, episode: EpisodeLike,
                           contacts: Sequence[ContactLike], siblings: Sequence[EpisodeLike]) -> list[_Hit]:
    return [] if any(c.final for c in contacts) else [_Hit()]


def _second_active_episode(rules: RuleSet, rule: Rule, episode: EpisodeLike,
                           contacts: Sequence[ContactLike], siblings: Sequence[EpisodeLike]) -> list[_Hit]:
    programme = _programme_key(getattr(episode, "programme", ""))
    return [_Hit(None, {"programme": other.programme, "started": other.started.isoformat()})  # type: ignore[attr-defined]
            for other in siblings
            if other.id != episode.id and other.ended is None
            and _programme_key(getattr(other, "programme", "")) == programme]


def _programme_key(name: str) -> str:
    return " ".join(normalise_code(name or "").split())


def _siber_transfer_premature(rules: RuleSet, rule: Rule, episode: EpisodeLike,
                              contacts: Sequence[ContactLike], siblings: Sequence[EpisodeLike]) -> list[_Hit]:
    requires = rule.params["requires"]
    finals = [c for c in contacts if c.final]
    ready = {
        "ended": lambda: episode.ended is not None,
        "final-contact-registered": lambda: any(getattr(c, "registered", False) for c in finals),
        "ending-code": lambda: any(rules.ending_code in {normalise_code(x) for x in c.codes} for c in finals),
        "start-documented": lambda: getattr(episode, "siber_start_documented", None) is not None,
    }[requires]
    if ready():
        return []
    what = Message("Finding", _NOT_READY[requires], {"code": rules.ending_code})
    return [_Hit(rules.ending_code if requires == "ending-code" else None, {"what": what})]


_CONTACT_CHECKS: dict[str, Callable[[RuleSet, Rule, ContactLike, list[str], ContactContext], list[_Hit]]] = {
    "missing-code": _missing_code,
    "unexpected-code": _unexpected_code,
    "invalid-code": _invalid_code,
    "contact-before-start": _contact_before_start,
    "contact-after-end": _contact_after_end,
}
_EPISODE_CHECKS: dict[str, Callable[[RuleSet, Rule, EpisodeLike, Sequence[ContactLike], Sequence[EpisodeLike]],
                                    list[_Hit]]] = {
    "missing-final-contact": _missing_final_contact,
    "second-active-episode": _second_active_episode,
    "siber-transfer-premature": _siber_transfer_premature,
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


def _finding(rules: RuleSet, rule: Rule, episode_id: str, contact_id: str | None, hit: _Hit,
             note: Message | None) -> Finding:
    params: dict[str, object] = {"code": hit.code} if hit.code is not None else {}
    params.update(hit.params)
    return Finding(
        severity=rule.severity,
        kind=rule.kind,
        rule=rule.id,
        episode=episode_id,
        contact=contact_id,
        code=hit.code,
        message=Message("Finding", _MESSAGES[rule.kind], params),
        reason=rule.reason,
        ruleset=rules.label,
        note=note,
    )


def _applies(rules: RuleSet, rule: Rule, contact: ContactLike, context: ContactContext) -> bool:
    return all(_CONTACT_TESTS[name](rules, contact, context) for name in rule.when)


def _require_known(rules: RuleSet, contact: ContactLike) -> None:
    # raises ValueError for a contact type or mode this rule set does not know
    rules.is_distance(contact.type, contact.mode)


def _placement(rules: RuleSet | RuleBook, day: date | None, today: date | None) -> Placement:
    if isinstance(rules, RuleSet):
        return Placement(rules)
    return rules.placement(day or today or date.today())


def check_contact(rules: RuleSet | RuleBook, episode_id: str, contact: ContactLike,
                  today: date | None = None, context: ContactContext = NO_CONTEXT) -> list[Finding]:
    """Findings for one contact, in rule order; one UNKNOWN_SHAPE error for a contact type or
    mode the judging version does not know.

    With a RuleBook the version valid on the contact's day (`contact.on`) judges it. `context`
    gives what rules about the episode around the contact need (its dates, a flagged score).
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
    for rule, check in _applicable(version, contact, context):
        for hit in check(version, rule, contact, given, context):
            findings.append(_finding(version, rule, episode_id, contact.id, hit, note))
    return findings


def _applicable(version: RuleSet, contact: ContactLike, context: ContactContext) -> tuple:
    """The contact rules whose `when` holds, with their checks. Every condition depends only on the
    contact's type, mode, ending and whether it follows a flag, so the answer is kept per version
    for each such shape (`check_all` judges a million contacts of a few dozen shapes)."""
    key = (contact.type, contact.mode, bool(contact.final), context.follows_flag)
    shapes = version.__dict__.setdefault("_applicable_by_shape", {})  # frozen: a cache beside its fields
    found = shapes.get(key)
    if found is None:
        found = shapes[key] = tuple((rule, _CONTACT_CHECKS[rule.kind]) for rule in version.rules
                                    if not rule.is_episode_rule and _applies(version, rule, contact, context))
    return found


def contexts(episode: EpisodeLike, contacts: Sequence[ContactLike],
             flags: Iterable[date] = ()) -> list[ContactContext]:
    """Each contact's context, in the order given: the episode, and whether the contact is the
    first on or after a flagged score (contacts without a day never are)."""
    flag_days = sorted(set(flags))
    if not flag_days:  # most episodes: one shared context (check_all judges a million contacts)
        return [ContactContext(episode)] * len(contacts)
    days = sorted({d for d in (_day(c) for c in contacts) if d is not None})
    answering: set[date] = set()  # the first contact day on or after each flag
    for flag in flag_days:
        later = next((d for d in days if d >= flag), None)
        if later is not None:
            answering.add(later)
    return [ContactContext(episode, _day(c) in answering) for c in contacts]


def check_episode(rules: RuleSet | RuleBook, episode: EpisodeLike, contacts: Sequence[ContactLike],
                  today: date | None = None, *, siblings: Sequence[EpisodeLike] = (),
                  flags: Iterable[date] = ()) -> list[Finding]:
    """Each contact's findings in the order given, then the episode's own findings.

    With a RuleBook each contact is judged by the version of its day, and the episode by the
    version of its end day (of `today` while it is open). `siblings`: the patient's episodes
    (this one may be among them); `flags`: the days of the episode's flagged scores.
    """
    findings = [f for contact, context in zip(contacts, contexts(episode, contacts, flags), strict=True)
                for f in check_contact(rules, episode.id, contact, today, context)]
    return findings + check_episode_rules(rules, episode, contacts, today, siblings=siblings)


def check_episode_rules(rules: RuleSet | RuleBook, episode: EpisodeLike, contacts: Sequence[ContactLike],
                        today: date | None = None, *, siblings: Sequence[EpisodeLike] = (),
                        kinds: Iterable[str] | None = None) -> list[Finding]:
    """The episode's own findings (not its contacts'), optionally only those of some kinds."""
    placement = _placement(rules, episode.ended, today)
    version, note = placement.rules, outside_note(placement)
    wanted = None if kinds is None else frozenset(kinds)
    findings = []
    for rule in version.rules:
        if not rule.is_episode_rule or (wanted is not None and rule.kind not in wanted):
            continue
        if not all(_EPISODE_TESTS[name](episode) for name in rule.when):
            continue
        for hit in _EPISODE_CHECKS[rule.kind](version, rule, episode, contacts, siblings):
            findings.append(_finding(version, rule, episode.id, None, hit, note))
    return findings


def suggest_codes(rules: RuleSet | RuleBook, contact: ContactLike, today: date | None = None,
                  context: ContactContext = NO_CONTEXT) -> list[Suggestion]:
    """The codes the rules require for this contact, in rule order, whatever it holds now."""
    version = _placement(rules, getattr(contact, "on", None), today).rules
    _require_known(version, contact)
    suggestions: dict[str, Suggestion] = {}
    for rule in version.rules:
        if (rule.kind == "missing-code" and rule.code is not None and rule.code not in suggestions
                and _applies(version, rule, contact, context)):
            suggestions[rule.code] = Suggestion(code=rule.code, rule=rule.id, reason=rule.reason)
    return list(suggestions.values())


def ending_advice(rules: RuleSet, end_reason: str) -> list[Rule]:
    """The `missing-final-contact` rules that judge an episode ended for `end_reason`: what the
    end dialog and the checklist say about the final contact is their reason, word for word."""
    probe = _EndProbe(end_reason)
    return [rule for rule in rules.rules if rule.kind == "missing-final-contact"
            and all(_EPISODE_TESTS[name](probe) for name in rule.when)]


@dataclass(frozen=True)
class _EndProbe:
    end_reason: str
    id: str = ""
    ended: date = date.min


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
