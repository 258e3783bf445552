"""The routine as data: contact types, KVÅ codes, templates, programmes and checkable rules.

A rule set is one versioned JSON file (format in ``resources/rules/README.md``, shape in
``resources/format/kbtdesk-rules-v2.schema.json``). A routine's versions sit side by side in one
folder, each with the period it is valid for; a :class:`RuleBook` holds them and says which
version judges a given day. A new routine, a new KVÅ year or another region means a new file,
not new code: the checker interprets each rule's ``kind`` and ``when`` from the small vocabulary
below, and a file using anything outside it is refused when it is loaded.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

FORMAT = "kbtdesk-rules"
FORMAT_VERSION = 2
SCHEMA_NAME = "kbtdesk-rules-v2.schema.json"

SEVERITIES = frozenset({"error", "warning"})


@dataclass(frozen=True)
class RuleKind:
    """What a rule kind needs from the file; the checker gives each kind its meaning (one function)."""

    scope: str  # "contact": judged per contact; "episode": judged per episode
    takes_code: bool  # the rule names one KVÅ code listed under `codes`
    params: frozenset[str] = frozenset()  # names the rule's `params` must give


#: The rule kinds a file may use. A new kind is a row here and one function in checker.py
#: (a test keeps the two equal).
RULE_KINDS: Mapping[str, RuleKind] = {
    "missing-code": RuleKind("contact", True),
    "unexpected-code": RuleKind("contact", True),
    "invalid-code": RuleKind("contact", False),
    "missing-final-contact": RuleKind("episode", False),
}
CONTACT_KINDS = frozenset(k for k, v in RULE_KINDS.items() if v.scope == "contact")
EPISODE_KINDS = frozenset(k for k, v in RULE_KINDS.items() if v.scope == "episode")
KINDS = CONTACT_KINDS | EPISODE_KINDS
CODE_KINDS = frozenset(k for k, v in RULE_KINDS.items() if v.takes_code)

#: ``when`` vocabulary. A rule's ``when`` is one name or a list of names that must all hold.
CONTACT_CONDITIONS = frozenset(
    {"any", "always", "distance", "clinic-visit", "final", "not-final", "visit", "not-visit"}
)
EPISODE_CONDITIONS = frozenset({"any", "always", "ended-episode"})
CONDITIONS = CONTACT_CONDITIONS | EPISODE_CONDITIONS

#: What the coverage report counts, and the file's key for each.
COVERAGE_BASES = ("distance_contacts", "visits", "ended_episodes")

_KVA_CODE = re.compile(r"[A-Z]{2}[0-9]{3}|[A-Z]{3}[0-9]{2}")


def is_kva_code(code: object) -> bool:
    """True for 2 ASCII capitals + 3 ASCII digits, or 3 capitals + 2 digits (expects uppercase).

    Takes any value, since rule files and imports hand over whatever their JSON holds."""
    return isinstance(code, str) and _KVA_CODE.fullmatch(code) is not None


def normalise_code(text: str) -> str:
    """The form codes are compared in: surrounding space removed, NFC, upper case."""
    # NFC again after upper(): a few letters (Greek ΐ) upper-case into a decomposed sequence
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text.strip()).upper())


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a rule file: where (a JSON path such as ``$.rules[3].code``) and what."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class RuleSetError(ValueError):
    """A rule file or folder that cannot be used; names the file and the JSON path of each problem."""

    def __init__(self, message: str, *, file: str | None = None, field: str | None = None,
                 problems: Sequence[Problem] = ()):
        super().__init__(message)
        self.file = file
        self.field = field
        self.problems = tuple(problems)

    @classmethod
    def of(cls, origin: str, problems: Sequence[Problem]) -> RuleSetError:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        return cls(f"{origin}: {first}{more}", file=origin, field=first.path, problems=problems)


class LocalText(Mapping[str, str]):
    """A short text in several languages; ``get(lang)`` falls back to Swedish."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | None = None, /, **more: str):
        merged = dict(texts or {})
        merged.update(more)
        self._texts: dict[str, str] = merged

    def get(self, lang: str = "sv", default: str = "") -> str:  # type: ignore[override]  # falls back to Swedish
        for key in (lang, "sv"):
            if self._texts.get(key):
                return self._texts[key]
        return next((text for text in self._texts.values() if text), default)

    def __getitem__(self, lang: str) -> str:
        return self._texts[lang]

    def __iter__(self) -> Iterator[str]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __hash__(self) -> int:
        return hash(frozenset(self._texts.items()))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LocalText):
            return self._texts == other._texts
        return NotImplemented

    def __repr__(self) -> str:
        return f"LocalText({self._texts!r})"


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str
    note: LocalText


@dataclass(frozen=True)
class ContactMode:
    id: str
    name: LocalText
    distance: bool


@dataclass(frozen=True)
class ContactType:
    id: str
    registration_code: str | None  # None: the routine gives no code (keep it editable data)
    name: LocalText
    use: LocalText
    distance: bool  # for a type with modes: the answer when the mode is not known
    modes: tuple[ContactMode, ...] = ()
    note: LocalText | None = None
    visit: bool = True  # False: an administrative contact, not a visit
    mode_required: bool = False
    #: The therapist's regular (weekly) feedback: the week view counts days since the last one.
    weekly_feedback: bool = False
    #: Where `registration_code` comes from: "rules", or "unit" when a unit's overlay set it.
    registration_code_from: str = "rules"

    def mode(self, mode_id: str) -> ContactMode | None:
        return next((m for m in self.modes if m.id == mode_id), None)


@dataclass(frozen=True)
class KvaCode:
    code: str
    title: LocalText
    usage: LocalText | None
    in_routine: bool
    note: LocalText | None = None


@dataclass(frozen=True)
class EhrTemplate:
    id: str
    name: str
    template: str
    lathund: str
    headings: tuple[str, ...]
    verified: bool
    note: LocalText
    headings_from: str = "rules"  # "unit" when a unit's overlay gave the headings


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    note: LocalText | None = None
    planned_weeks: int | None = None  # None: unknown, so no closing-visit prompt


@dataclass(frozen=True)
class InstrumentFlag:
    item: int  # 1-based item number, as printed on the form
    threshold: int  # flag when the item's score is at least this
    note: LocalText | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    items: int | None  # None: item count unknown
    item_min: int | None
    item_max: int | None
    total_max: int
    flag: InstrumentFlag | None = None
    note: LocalText | None = None


@dataclass(frozen=True)
class Registration:
    care_level: str
    system: str
    routine: str | None
    in_routine: bool
    text: LocalText
    name: LocalText = field(default_factory=LocalText)  # the care level's name: "Specialistvård"


@dataclass(frozen=True)
class Rule:
    id: str
    kind: str
    code: str | None
    when: tuple[str, ...]  # all must hold
    severity: str
    reason: LocalText
    source: str
    verbatim: bool = False  # reason.sv is the routine's own words
    params: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def is_episode_rule(self) -> bool:
        return RULE_KINDS[self.kind].scope == "episode"


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    valid_from: date
    title: LocalText
    source: Source
    kva_version: str
    kva_note: LocalText | None
    contact_types: tuple[ContactType, ...]
    codes: tuple[KvaCode, ...]
    ehr_templates: tuple[EhrTemplate, ...]
    programmes: tuple[Programme, ...]
    instruments: tuple[Instrument, ...]
    registration: tuple[Registration, ...]
    rules: tuple[Rule, ...]
    ending_code: str = ""
    coverage: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    valid_to: date | None = None
    origin: str = field(default="", compare=False)  # file the set was read from, for messages

    @property
    def label(self) -> str:
        """How findings and exports name the version that judged them: "vgr-kbt-pa-natet 2026.1"."""
        return f"{self.id} {self.version}"

    def contact_type(self, type_id: str) -> ContactType | None:
        return next((t for t in self.contact_types if t.id == type_id), None)

    def code(self, code: str) -> KvaCode | None:
        wanted = normalise_code(code)
        return next((c for c in self.codes if c.code == wanted), None)

    def template(self, ehr: str) -> EhrTemplate | None:
        return next((t for t in self.ehr_templates if t.id == ehr), None)

    def programme(self, programme_id: str) -> Programme | None:
        return next((p for p in self.programmes if p.id == programme_id), None)

    def instrument(self, instrument_id: str) -> Instrument | None:
        return next((i for i in self.instruments if i.id == instrument_id), None)

    def registration_for(self, care_level: str) -> Registration | None:
        return next((r for r in self.registration if r.care_level == care_level), None)

    @property
    def ehr_ids(self) -> tuple[str, ...]:
        return tuple(t.id for t in self.ehr_templates)

    @property
    def care_levels(self) -> tuple[str, ...]:
        return tuple(r.care_level for r in self.registration)

    def ehr_name(self, ehr: str) -> str:
        template = self.template(ehr)
        return template.name if template is not None else ehr

    def care_level_name(self, care_level: str, lang: str = "sv") -> str:
        registration = self.registration_for(care_level)
        return registration.name.get(lang) if registration is not None and registration.name else care_level

    def coverage_code(self, basis: str) -> str | None:
        """The code the coverage report follows for `basis` (one of COVERAGE_BASES)."""
        return self.coverage.get(basis)

    def distance_contact_types(self) -> frozenset[tuple[str, str | None]]:
        """(type, mode) pairs that count as distance contacts; mode None: the type without a mode."""
        pairs: set[tuple[str, str | None]] = {(t.id, None) for t in self.contact_types if t.distance}
        pairs |= {(t.id, m.id) for t in self.contact_types for m in t.modes if m.distance}
        return frozenset(pairs)

    def _type_and_mode(self, type_id: str, mode: str | None) -> tuple[ContactType, ContactMode | None]:
        ctype = self.contact_type(type_id)
        if ctype is None:
            raise ValueError(f"unknown contact type {type_id!r} in rule set {self.id} {self.version}")
        if mode is None or not ctype.modes:
            return ctype, None  # a mode on a type without modes says nothing more
        found = ctype.mode(mode)
        if found is None:
            raise ValueError(f"unknown mode {mode!r} for contact type {type_id!r}")
        return ctype, found

    def is_distance(self, contact_type: str, mode: str | None) -> bool:
        """Whether a contact is a distance contact; raises ValueError for unknown type or mode."""
        ctype, found = self._type_and_mode(contact_type, mode)
        return found.distance if found is not None else ctype.distance

    def is_in_person(self, contact_type: str, mode: str | None) -> bool:
        """A visit whose known mode is not a distance mode (a planned visit at the clinic)."""
        _ctype, found = self._type_and_mode(contact_type, mode)
        return found is not None and not found.distance

    def is_visit(self, contact_type: str) -> bool:
        """Whether the type counts as a visit; False for an administrative contact (and unknown types)."""
        ctype = self.contact_type(contact_type)
        return ctype is not None and ctype.visit

    def for_date(self, day: date) -> RuleSet:  # noqa: ARG002 - one version judges every day
        """A single rule set judges every day; see RuleBook for several versions."""
        return self


# -- several versions ------------------------------------------------------------------------

BEFORE_OLDEST = "before-oldest"  # the day is before the oldest version: judged by the oldest
AFTER_NEWEST = "after-newest"  # the day is after the newest version's valid_to: judged by the newest


@dataclass(frozen=True)
class Placement:
    """Which version judges a day, and whether the day lies outside every version's period."""

    rules: RuleSet
    outside: str | None = None  # None, BEFORE_OLDEST or AFTER_NEWEST


@dataclass(frozen=True)
class Period:
    """Consecutive days `first`..`last` (inclusive) judged by one version, with `outside` as in Placement."""

    rules: RuleSet
    first: date
    last: date
    outside: str | None = None


@dataclass(frozen=True)
class RuleBook:
    """The versions of one routine, oldest first, each valid from its `valid_from` until its
    `valid_to` or the next version's `valid_from`; `source` is where they were read from."""

    versions: tuple[RuleSet, ...]
    source: str = ""

    @classmethod
    def of(cls, rules: RuleSet | RuleBook) -> RuleBook:
        return rules if isinstance(rules, RuleBook) else cls((rules,), rules.origin)

    @property
    def id(self) -> str:
        return self.versions[0].id

    def valid_until(self, index: int) -> date | None:
        """Last day version `index` judges (None: open-ended)."""
        version = self.versions[index]
        if version.valid_to is not None:
            return version.valid_to
        if index + 1 < len(self.versions):
            return self.versions[index + 1].valid_from - timedelta(days=1)
        return None

    def placement(self, day: date) -> Placement:
        oldest, newest = self.versions[0], self.versions[-1]
        if day < oldest.valid_from:
            return Placement(oldest, BEFORE_OLDEST)
        for index in range(len(self.versions) - 1, -1, -1):
            if self.versions[index].valid_from <= day:
                until = self.valid_until(index)
                outside = AFTER_NEWEST if until is not None and day > until else None
                return Placement(self.versions[index], outside)
        return Placement(newest)  # unreachable: day >= oldest.valid_from

    def for_date(self, day: date) -> RuleSet:
        return self.placement(day).rules

    def periods(self, first: date, last: date) -> list[Period]:
        """The days `first`..`last` cut where the judging version changes, oldest first: what
        `placement` says of each day, for reports that count a period at once."""
        bounds: list[Period] = []
        oldest, newest = self.versions[0], self.versions[-1]
        for index, version in enumerate(self.versions):
            start = version.valid_from
            until = (self.versions[index + 1].valid_from - timedelta(days=1)
                     if index + 1 < len(self.versions) else version.valid_to)
            bounds.append(Period(version, start, until or date.max))
        if oldest.valid_from > date.min:
            bounds.insert(0, Period(oldest, date.min, oldest.valid_from - timedelta(days=1), BEFORE_OLDEST))
        if newest.valid_to is not None and newest.valid_to < date.max:
            bounds.append(Period(newest, newest.valid_to + timedelta(days=1), date.max, AFTER_NEWEST))
        return [Period(p.rules, max(p.first, first), min(p.last, last), p.outside)
                for p in bounds if p.first <= last and p.last >= first]

    def contact_type(self, type_id: str) -> ContactType | None:
        """The newest version's definition of a type that any version knows."""
        for version in reversed(self.versions):
            found = version.contact_type(type_id)
            if found is not None:
                return found
        return None

    def map(self, change) -> RuleBook:
        """The book with `change(version)` applied to every version (a unit's overlay)."""
        return RuleBook(tuple(change(v) for v in self.versions), self.source)


# -- reading ---------------------------------------------------------------------------------

def _resources() -> Traversable | Path:
    try:
        return importlib.resources.files("kbtdesk.resources")
    except ImportError:  # a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources"


def bundled_rules_dir() -> Traversable:
    """The folder of rule files shipped with kbtdesk."""
    try:
        return importlib.resources.files("kbtdesk.resources") / "rules"
    except ImportError:  # a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources" / "rules"


@cache
def load_schema(name: str) -> dict:
    """A JSON Schema shipped in resources/format/ (read once)."""
    return json.loads((_resources() / "format" / name).read_text(encoding="utf-8"))


def rules_schema() -> dict:
    """The JSON Schema of the rule format."""
    return load_schema(SCHEMA_NAME)


def load_rule_book(path: Path | Traversable | None = None) -> RuleBook:
    """Read and validate a rule file, or every ``*.json`` file of a folder (the default: the
    bundled folder) as the versions of one routine."""
    source = bundled_rules_dir() if path is None else path
    if source.is_file():
        return RuleBook((_load_file(source),), str(source))
    if not source.is_dir():
        raise RuleSetError(f"{source}: no such rule file or folder", file=str(source))
    versions = [
        _load_file(entry)
        for entry in sorted(source.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json") and entry.is_file()
    ]
    if not versions:
        raise RuleSetError(f"{source}: no rule file (*.json) in the folder", file=str(source))
    problems = book_problems(versions)
    if problems:
        raise RuleSetError.of(str(source), problems)
    return RuleBook(tuple(sorted(versions, key=lambda v: v.valid_from)), str(source))


def load_ruleset(path: Path | Traversable | None = None, *, today: date | None = None) -> RuleSet:
    """The version of the rule file or folder that judges `today` (by default: today)."""
    return load_rule_book(path).for_date(today or date.today())


def book_problems(versions: Sequence[RuleSet]) -> list[Problem]:
    """What stops several versions from forming one routine: other ids, overlaps or gaps."""
    problems: list[Problem] = []
    first = versions[0]
    for version in versions[1:]:
        if version.id != first.id:
            problems.append(Problem(f"{_name(version)}: $.id", f"{version.id!r} differs from {first.id!r} in "
                                    f"{_name(first)}: a folder holds the versions of one routine"))
    ordered = sorted(versions, key=lambda v: v.valid_from)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if earlier.valid_from == later.valid_from:
            problems.append(Problem(f"{_name(later)}: $.valid_from",
                                    f"{later.valid_from} is also the start of {_name(earlier)}"))
        elif earlier.valid_to is not None and earlier.valid_to >= later.valid_from:
            problems.append(Problem(f"{_name(earlier)}: $.valid_to", f"{earlier.valid_to} overlaps "
                                    f"{_name(later)}, valid from {later.valid_from}"))
        elif earlier.valid_to is not None and earlier.valid_to + timedelta(days=1) < later.valid_from:
            gap = (earlier.valid_to + timedelta(days=1), later.valid_from - timedelta(days=1))
            problems.append(Problem(f"{_name(earlier)}: $.valid_to", f"no version judges {gap[0]} to {gap[1]}"))
    return problems


def _name(version: RuleSet) -> str:
    return Path(version.origin).name or version.origin


def check_rule_source(path: Path) -> list[Problem]:
    """Every problem of a rule file or folder (empty: usable); for `kbtdesk rules check`."""
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix == ".json" and p.is_file())
        if not files:
            return [Problem("(folder)", "no rule file (*.json) in the folder")]
        problems: list[Problem] = []
        versions = []
        for file in files:
            found = file_problems(file)
            problems += [dataclasses.replace(p, path=f"{file.name}: {p.path}") for p in found]
            if not found:
                versions.append(_load_file(file))
        if versions and not problems:
            problems += book_problems(versions)
        return problems
    if not path.is_file():
        return [Problem("(file)", "no such rule file or folder")]
    return file_problems(path)


def file_problems(path: Path | Traversable) -> list[Problem]:
    try:
        _load_file(path)
    except RuleSetError as exc:
        return list(exc.problems) or [Problem("(file)", str(exc))]
    return []


def _load_file(entry: Path | Traversable) -> RuleSet:
    origin = str(entry)
    try:
        raw = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"{origin}: cannot read: {exc}", file=origin,
                           problems=[Problem("(file)", f"cannot read: {exc}")]) from exc
    return parse_ruleset(raw, origin=origin)


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def parse_ruleset(text: str, origin: str = "<rules>") -> RuleSet:
    """Validate JSON text as a rule set; ``origin`` names it in error messages.

    The JSON Schema checks the shape and names every problem; what a schema cannot say (unique
    ids, codes listed under ``codes``, the rule vocabulary, item counts) is checked after it.
    """
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise RuleSetError.of(origin, [Problem("(file)", f"the key {exc} appears twice in the same object")]) from None
    except json.JSONDecodeError as exc:
        raise RuleSetError.of(origin, [Problem("(file)", f"not valid JSON: {exc}")]) from None
    problems = _header_problems(data) or schema_problems(data, SCHEMA_NAME)
    if not problems:
        problems = _Meaning(data).problems()
    if problems:
        raise RuleSetError.of(origin, problems)
    return _build(data, origin)


def _header_problems(data: Any) -> list[Problem]:
    """A file of another format or version gets one clear problem, not a schema's hundred."""
    if not isinstance(data, dict):
        return [Problem("$", "expected an object")]
    if data.get("format") != FORMAT:
        return [Problem("$.format", f"expected {FORMAT!r}")]
    version = data.get("format_version")
    if version != FORMAT_VERSION:
        return [Problem("$.format_version",
                        f"{version!r} is not supported (this kbtdesk reads version {FORMAT_VERSION})")]
    return []


def schema_problems(data: Any, schema_name: str) -> list[Problem]:
    """Every place where `data` breaks the schema, as JSON paths and plain words, in file order."""
    from jsonschema import Draft202012Validator  # ≈60 ms to import: only when a file is read

    validator = Draft202012Validator(load_schema(schema_name))
    problems: list[Problem] = []
    for error in sorted(validator.iter_errors(data), key=lambda e: (list(map(str, e.absolute_path)))):
        problems.extend(_describe(error))
    return sorted(set(problems), key=lambda p: _path_key(p.path))


def _path_key(path: str) -> list:
    return [(0, int(part)) if part.isdigit() else (1, part) for part in re.split(r"[.\[\]]+", path) if part]


def _json_path(parts: Iterable[Any]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def _describe(error) -> list[Problem]:
    """A schema error as the problems a region's routine owner can act on."""
    if error.context:  # oneOf: "X or null", or alternatives; the one that is not null says the most
        tried = [e for e in error.context if not (e.validator == "type" and e.validator_value == "null")]
        shaped = [e for e in tried if e.validator != "type"]  # of the right type, wrong in detail
        if shaped or (tried and "x-problem" not in error.schema):
            return _describe(max(shaped or tried, key=lambda e: len(e.absolute_path)))
    where = _json_path(error.absolute_path)
    kind = error.validator
    if kind == "required":
        missing = [k for k in error.validator_value if k not in error.instance]
        return [Problem(f"{where}.{k}" if where != "$" else f"$.{k}", "missing") for k in missing]
    if kind == "additionalProperties" and isinstance(error.instance, dict):
        known = set(error.schema.get("properties", {}))
        return [Problem(_json_path([*error.absolute_path, k]), "unknown field")
                for k in sorted(error.instance) if k not in known]
    custom = error.schema.get("x-problem")
    if custom and kind in ("pattern", "type", "oneOf", "minLength", "propertyNames"):
        shown = error.instance if isinstance(error.instance, (str, int)) else None
        return [Problem(where, f"{shown!r} is {custom}" if shown is not None and custom.startswith("not ") else custom)]
    if kind == "type":
        wanted = error.validator_value
        names = {"object": "an object", "array": "a list", "string": "a text", "boolean": "true or false",
                 "integer": "a whole number", "null": "null"}
        wanted = [wanted] if isinstance(wanted, str) else wanted
        return [Problem(where, "expected " + " or ".join(names.get(w, w) for w in wanted))]
    if kind == "enum":
        return [Problem(where, f"{error.instance!r} is not one of {', '.join(map(repr, error.validator_value))}")]
    if kind == "const":
        return [Problem(where, f"expected {error.validator_value!r}")]
    if kind in ("minItems", "minProperties"):
        return [Problem(where, "must not be empty")]
    if kind in ("minimum", "maximum"):
        return [Problem(where, f"{error.instance!r} is out of range ({kind} {error.validator_value})")]
    return [Problem(where, error.message)]


class _Meaning:
    """What the schema cannot say, checked on data that already has the schema's shape."""

    def __init__(self, data: dict):
        self.data = data
        self.found: list[Problem] = []

    def fail(self, path: str, message: str) -> None:
        self.found.append(Problem(path, message))

    def unique(self, items: list[dict], key: str, path: str) -> None:
        seen: set = set()
        for index, item in enumerate(items):
            if item[key] in seen:
                self.fail(f"{path}[{index}].{key}", f"duplicate {item[key]!r}")
            seen.add(item[key])

    def problems(self) -> list[Problem]:
        d = self.data
        self.dates()
        self.unique(d["codes"], "code", "$.codes")
        self.unique(d["contact_types"], "id", "$.contact_types")
        self.unique(d["ehr_templates"], "id", "$.ehr_templates")
        self.unique(d["programmes"], "id", "$.programmes")
        self.unique(d["instruments"], "id", "$.instruments")
        self.unique(d["registration"], "care_level", "$.registration")
        self.unique(d["rules"], "id", "$.rules")
        listed = {c["code"] for c in d["codes"]}
        for index, entry in enumerate(d["codes"]):
            where = f"$.codes[{index}]"
            if not is_kva_code(entry["code"]):  # the schema's pattern lets a trailing newline through
                self.fail(f"{where}.code", f"{entry['code']!r} is not a KVÅ code")
            if entry["in_routine"]:
                # codes outside the routine may carry only a description where no official title is known
                for lang in ("sv", "en"):
                    if lang not in entry["title"]:
                        self.fail(f"{where}.title.{lang}", "missing (a code of the routine has a title in sv and en)")
        if d["ending_code"] not in listed:
            self.fail("$.ending_code", f"{d['ending_code']!r} is not listed under codes")
        for basis, code in d["coverage"].items():
            if code not in listed:
                self.fail(f"$.coverage.{basis}", f"{code!r} is not listed under codes")
        for index, ctype in enumerate(d["contact_types"]):
            where = f"$.contact_types[{index}]"
            self.unique(ctype.get("modes", []), "id", f"{where}.modes")
            if ctype.get("mode_required") and not ctype.get("modes"):
                self.fail(f"{where}.mode_required", "a type that requires a mode must list its modes")
        for index, instrument in enumerate(d["instruments"]):
            self.instrument(instrument, f"$.instruments[{index}]")
        for index, rule in enumerate(d["rules"]):
            self.rule(rule, f"$.rules[{index}]", listed)
        return self.found

    def dates(self) -> None:
        parsed = {}
        for key in ("valid_from", "valid_to"):
            if key in self.data:
                try:
                    parsed[key] = date.fromisoformat(self.data[key])
                except ValueError:
                    self.fail(f"$.{key}", f"{self.data[key]!r} is not a date YYYY-MM-DD")
        if "valid_from" in parsed and "valid_to" in parsed and parsed["valid_to"] < parsed["valid_from"]:
            self.fail("$.valid_to", f"{parsed['valid_to']} is before valid_from {parsed['valid_from']}")

    def instrument(self, d: dict, where: str) -> None:
        items, item_min, item_max, total_max = d["items"], d["item_min"], d["item_max"], d["total_max"]
        if item_min is not None and item_max is not None and item_min >= item_max:
            self.fail(f"{where}.item_max", "must be greater than item_min")
        if items is not None and item_max is not None and items * item_max != total_max:
            self.fail(f"{where}.total_max", f"expected items × item_max = {items * item_max}")
        flag = d.get("flag")
        if flag is not None:
            if items is not None and flag["item"] > items:
                self.fail(f"{where}.flag.item", f"the instrument has only {items} items")
            if item_max is not None and flag["threshold"] > item_max:
                self.fail(f"{where}.flag.threshold", f"above the item maximum {item_max}")

    def rule(self, d: dict, where: str, listed: set[str]) -> None:
        kind = RULE_KINDS.get(d["kind"])
        if kind is None:
            self.fail(f"{where}.kind", f"unknown kind {d['kind']!r} (known: {', '.join(sorted(RULE_KINDS))})")
            return
        names = [d["when"]] if isinstance(d["when"], str) else d["when"]
        scope = EPISODE_CONDITIONS if kind.scope == "episode" else CONTACT_CONDITIONS
        for name in names:
            if name not in CONDITIONS:
                self.fail(f"{where}.when", f"unknown condition {name!r} (known: {', '.join(sorted(CONDITIONS))})")
            elif name not in scope:
                self.fail(f"{where}.when", f"condition {name!r} does not apply to a {d['kind']!r} rule")
        code = d.get("code")
        if kind.takes_code:
            if code is None:
                self.fail(f"{where}.code", f"a {d['kind']!r} rule needs a code")
            elif code not in listed:
                self.fail(f"{where}.code", f"{code!r} is not listed under codes")
        elif code is not None:
            self.fail(f"{where}.code", f"a {d['kind']!r} rule takes no code (use null)")
        params = d.get("params", {})
        for name in sorted(kind.params - params.keys()):
            self.fail(f"{where}.params.{name}", "missing")
        for name in sorted(params.keys() - kind.params):
            self.fail(f"{where}.params.{name}", f"unknown for a {d['kind']!r} rule")


def _text(value: Mapping[str, str] | None) -> LocalText | None:
    return None if value is None else LocalText(value)


def _build(d: dict, origin: str) -> RuleSet:
    """The dataclasses of a file that passed every check."""
    contact_types = tuple(
        ContactType(
            id=c["id"], registration_code=c["registration_code"], name=LocalText(c["name"]), use=LocalText(c["use"]),
            distance=c["distance"], note=_text(c.get("note")), visit=c.get("visit", True),
            mode_required=c.get("mode_required", False),
            weekly_feedback=c.get("weekly_feedback", False),
            modes=tuple(ContactMode(m["id"], LocalText(m["name"]), m["distance"]) for m in c.get("modes", [])),
        )
        for c in d["contact_types"]
    )
    codes = tuple(KvaCode(c["code"], LocalText(c["title"]), _text(c["usage"]), c["in_routine"], _text(c.get("note")))
                  for c in d["codes"])
    templates = tuple(EhrTemplate(t["id"], t["name"], t["template"], t["lathund"], tuple(t["headings"]),
                                  t["verified"], LocalText(t["note"])) for t in d["ehr_templates"])
    programmes = tuple(Programme(p["id"], p["name"], _text(p.get("note")), p.get("planned_weeks"))
                       for p in d["programmes"])
    instruments = tuple(
        Instrument(
            id=i["id"], name=i["name"], items=i["items"], item_min=i["item_min"], item_max=i["item_max"],
            total_max=i["total_max"], note=_text(i.get("note")),
            flag=(InstrumentFlag(i["flag"]["item"], i["flag"]["threshold"], _text(i["flag"].get("note")))
                  if i.get("flag") else None),
        )
        for i in d["instruments"]
    )
    registration = tuple(Registration(r["care_level"], r["system"], r["routine"], r["in_routine"],
                                      LocalText(r["text"]), LocalText(r["name"])) for r in d["registration"])
    rules = tuple(
        Rule(id=r["id"], kind=r["kind"], code=r.get("code"),
             when=(r["when"],) if isinstance(r["when"], str) else tuple(r["when"]),
             severity=r["severity"], reason=LocalText(r["reason"]), source=r["source"],
             verbatim=r.get("verbatim", False), params=dict(r.get("params", {})))
        for r in d["rules"]
    )
    coverage = {"ended_episodes": d["ending_code"], **d["coverage"]}
    return RuleSet(
        id=d["id"], version=d["version"], valid_from=date.fromisoformat(d["valid_from"]),
        valid_to=date.fromisoformat(d["valid_to"]) if "valid_to" in d else None,
        title=LocalText(d["title"]),
        source=Source(d["source"]["title"], d["source"]["publisher"], LocalText(d["source"]["note"])),
        kva_version=d["kva_version"], kva_note=_text(d.get("kva_note")),
        contact_types=contact_types, codes=codes, ehr_templates=templates, programmes=programmes,
        instruments=instruments, registration=registration, rules=rules,
        ending_code=d["ending_code"], coverage=coverage, origin=origin,
    )
