"""The routine as data: contact types, KVÅ codes, templates, programmes and checkable rules.

A rule set is a versioned JSON file (``resources/rules/*.json``, format described in
``resources/rules/README.md``). A new routine or a new KVÅ year means a new file, not new code:
the checker interprets each rule's ``kind`` and ``when`` from the small vocabulary below, and a
file using anything outside that vocabulary is refused when it is loaded.
"""

from __future__ import annotations

import importlib.resources
import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, NoReturn

FORMAT = "kbtdesk-rules"
FORMAT_VERSION = 1

SEVERITIES = frozenset({"error", "warning"})

#: Rule kinds checked per contact, and per episode.
CONTACT_KINDS = frozenset({"missing-code", "unexpected-code", "invalid-code"})
EPISODE_KINDS = frozenset({"missing-final-contact"})
KINDS = CONTACT_KINDS | EPISODE_KINDS
#: Kinds that are about one particular KVÅ code (the rule's ``code`` is then required).
CODE_KINDS = frozenset({"missing-code", "unexpected-code"})

#: ``when`` vocabulary. A rule's ``when`` is one name or a list of names that must all hold.
CONTACT_CONDITIONS = frozenset({"any", "always", "distance", "clinic-visit", "final", "not-final"})
EPISODE_CONDITIONS = frozenset({"any", "always", "ended-episode"})
CONDITIONS = CONTACT_CONDITIONS | EPISODE_CONDITIONS

_KVA_CODE = re.compile(r"[A-Z]{2}[0-9]{3}|[A-Z]{3}[0-9]{2}")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANG = re.compile(r"[a-z]{2,3}")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_kva_code(code: str) -> bool:
    """True for 2 ASCII capitals + 3 ASCII digits, or 3 capitals + 2 digits (expects uppercase)."""
    return isinstance(code, str) and _KVA_CODE.fullmatch(code) is not None


def normalise_code(text: str) -> str:
    """The form codes are compared in: surrounding space removed, NFC, upper case."""
    # NFC again after upper(): a few letters (Greek ΐ) upper-case into a decomposed sequence
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text.strip()).upper())


class RuleSetError(ValueError):
    """A rule file that cannot be used; the message names the file and the field."""

    def __init__(self, message: str, *, file: str | None = None, field: str | None = None):
        super().__init__(message)
        self.file = file
        self.field = field


class LocalText(Mapping[str, str]):
    """A short text in several languages; ``get(lang)`` falls back to Swedish."""

    __slots__ = ("_texts",)

    def __init__(self, texts: Mapping[str, str] | None = None, /, **more: str):
        merged = dict(texts or {})
        merged.update(more)
        self._texts: dict[str, str] = merged

    def get(self, lang: str = "sv", default: str = "") -> str:  # type: ignore[override]
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
    #: The therapist's regular (weekly) feedback: the week view counts days since the last one.
    weekly_feedback: bool = False

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


@dataclass(frozen=True)
class Programme:
    id: str
    name: str
    note: LocalText | None = None


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

    @property
    def is_episode_rule(self) -> bool:
        return self.kind in EPISODE_KINDS


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
    origin: str = field(default="", compare=False)  # file the set was read from, for messages

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


def bundled_rules_dir() -> Traversable:
    """The folder of rule files shipped with kbtdesk."""
    try:
        return importlib.resources.files("kbtdesk.resources") / "rules"
    except ImportError:  # a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources" / "rules"


def load_ruleset(path: Path | Traversable | None = None, *, today: date | None = None) -> RuleSet:
    """Read and validate a rule file.

    ``path`` may be a file, or a folder from which the newest file whose ``valid_from`` is not
    after ``today`` is taken; the default is the bundled folder.
    """
    source = bundled_rules_dir() if path is None else path
    if source.is_file():
        return _load_file(source)
    if not source.is_dir():
        raise RuleSetError(f"{source}: no such rule file or folder", file=str(source))
    today = today or date.today()
    candidates = [
        _load_file(entry)
        for entry in sorted(source.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".json") and entry.is_file()
    ]
    usable = [rs for rs in candidates if rs.valid_from <= today]
    if not usable:
        raise RuleSetError(
            f"{source}: no rule file valid on {today.isoformat()}", file=str(source)
        )
    # max() keeps the first of equals; files were sorted by name, so take the last instead
    return max(reversed(usable), key=lambda rs: rs.valid_from)


def _load_file(entry: Path | Traversable) -> RuleSet:
    origin = str(entry)
    try:
        raw = entry.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleSetError(f"{origin}: cannot read: {exc}", file=origin) from exc
    return parse_ruleset(raw, origin=origin)


def parse_ruleset(text: str, origin: str = "<rules>") -> RuleSet:
    """Validate JSON text as a rule set; ``origin`` names it in error messages."""
    reader = _Reader(origin)
    try:
        data = json.loads(text, object_pairs_hook=reader.no_duplicate_keys)
    except json.JSONDecodeError as exc:
        reader.fail("(file)", f"not valid JSON: {exc}")
    return reader.ruleset(data)


class _Reader:
    """Walks the parsed JSON, building the dataclasses and naming the field on any error."""

    def __init__(self, origin: str):
        self.origin = origin

    def fail(self, where: str, problem: str) -> NoReturn:
        where = where or "(top level)"
        raise RuleSetError(f"{self.origin}: {where}: {problem}", file=self.origin, field=where)

    def no_duplicate_keys(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                self.fail(key, "key appears twice in the same object")
            result[key] = value
        return result

    # --- primitives -----------------------------------------------------------------------

    def obj(self, value: Any, where: str, required: set[str], optional: set[str] = frozenset()) -> dict:
        if not isinstance(value, dict):
            self.fail(where, "expected an object")
        for key in sorted(required - value.keys()):
            self.fail(_join(where, key), "missing")
        for key in sorted(value.keys() - required - optional):
            self.fail(_join(where, key), "unknown field")
        return value

    def seq(self, value: Any, where: str) -> list:
        if not isinstance(value, list):
            self.fail(where, "expected a list")
        return value

    def string(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(where, "expected a non-empty text")
        return value

    def opt_string(self, value: Any, where: str) -> str | None:
        return None if value is None else self.string(value, where)

    def boolean(self, value: Any, where: str) -> bool:
        if not isinstance(value, bool):
            self.fail(where, "expected true or false")
        return value

    def whole(self, value: Any, where: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            self.fail(where, f"expected a whole number ≥ {minimum}")
        return value

    def opt_whole(self, value: Any, where: str, minimum: int = 0) -> int | None:
        return None if value is None else self.whole(value, where, minimum)

    def slug(self, value: Any, where: str) -> str:
        text = self.string(value, where)
        if not _SLUG.fullmatch(text):
            self.fail(where, f"{text!r} is not an id of lowercase letters, digits and hyphens")
        return text

    def kva(self, value: Any, where: str) -> str:
        text = self.string(value, where)
        if not is_kva_code(text):
            self.fail(where, f"{text!r} is not a KVÅ code (2 letters + 3 digits or 3 letters + 2 digits)")
        return text

    def text(self, value: Any, where: str, required: tuple[str, ...] = ("sv", "en")) -> LocalText:
        if not isinstance(value, dict) or not value:
            self.fail(where, "expected an object of texts by language, e.g. {\"sv\": …, \"en\": …}")
        for lang in required:
            if lang not in value:
                self.fail(_join(where, lang), "missing")
        for lang, text in value.items():
            if not _LANG.fullmatch(lang):
                self.fail(_join(where, lang), "not a language code")
            self.string(text, _join(where, lang))
        return LocalText(value)

    def opt_text(self, value: Any, where: str) -> LocalText | None:
        return None if value is None else self.text(value, where)

    def unique(self, items: list, key: str, where: str) -> None:
        seen: set[str] = set()
        for index, item in enumerate(items):
            value = getattr(item, key)
            if value in seen:
                self.fail(f"{where}[{index}].{key}", f"duplicate {value!r}")
            seen.add(value)

    # --- sections -------------------------------------------------------------------------

    def ruleset(self, data: Any) -> RuleSet:
        top = self.obj(
            data,
            "",
            {
                "format", "format_version", "id", "title", "version", "valid_from", "source",
                "kva_version", "contact_types", "codes", "ehr_templates", "programmes",
                "instruments", "registration", "rules",
            },
            {"kva_note"},
        )
        if top["format"] != FORMAT:
            self.fail("format", f"expected {FORMAT!r}")
        version = self.whole(top["format_version"], "format_version", 1)
        if version != FORMAT_VERSION:
            self.fail(
                "format_version",
                f"{version} is not supported (this kbtdesk reads version {FORMAT_VERSION})",
            )
        valid_from_text = self.string(top["valid_from"], "valid_from")
        try:
            if not _ISO_DATE.fullmatch(valid_from_text):
                raise ValueError(valid_from_text)
            valid_from = date.fromisoformat(valid_from_text)
        except ValueError:
            self.fail("valid_from", f"{valid_from_text!r} is not a date YYYY-MM-DD")

        source = self.obj(top["source"], "source", {"title", "publisher", "note"})
        codes = [self.kva_code(c, f"codes[{i}]") for i, c in enumerate(self.seq(top["codes"], "codes"))]
        self.unique(codes, "code", "codes")
        contact_types = [
            self.contact_type(c, f"contact_types[{i}]")
            for i, c in enumerate(self.seq(top["contact_types"], "contact_types"))
        ]
        self.unique(contact_types, "id", "contact_types")
        templates = [
            self.template(t, f"ehr_templates[{i}]")
            for i, t in enumerate(self.seq(top["ehr_templates"], "ehr_templates"))
        ]
        self.unique(templates, "id", "ehr_templates")
        programmes = [
            self.programme(p, f"programmes[{i}]")
            for i, p in enumerate(self.seq(top["programmes"], "programmes"))
        ]
        self.unique(programmes, "id", "programmes")
        instruments = [
            self.instrument(p, f"instruments[{i}]")
            for i, p in enumerate(self.seq(top["instruments"], "instruments"))
        ]
        self.unique(instruments, "id", "instruments")
        registration = [
            self.registration(r, f"registration[{i}]")
            for i, r in enumerate(self.seq(top["registration"], "registration"))
        ]
        self.unique(registration, "care_level", "registration")
        known_codes = {c.code for c in codes}
        rules = [
            self.rule(r, f"rules[{i}]", known_codes)
            for i, r in enumerate(self.seq(top["rules"], "rules"))
        ]
        self.unique(rules, "id", "rules")

        return RuleSet(
            id=self.slug(top["id"], "id"),
            version=self.string(top["version"], "version"),
            valid_from=valid_from,
            title=self.text(top["title"], "title"),
            source=Source(
                title=self.string(source["title"], "source.title"),
                publisher=self.string(source["publisher"], "source.publisher"),
                note=self.text(source["note"], "source.note"),
            ),
            kva_version=self.string(top["kva_version"], "kva_version"),
            kva_note=self.opt_text(top.get("kva_note"), "kva_note"),
            contact_types=tuple(contact_types),
            codes=tuple(codes),
            ehr_templates=tuple(templates),
            programmes=tuple(programmes),
            instruments=tuple(instruments),
            registration=tuple(registration),
            rules=tuple(rules),
            origin=self.origin,
        )

    def contact_type(self, value: Any, where: str) -> ContactType:
        d = self.obj(value, where, {"id", "registration_code", "name", "use", "distance"},
                     {"modes", "note", "weekly_feedback"})
        modes = []
        for i, m in enumerate(self.seq(d.get("modes", []), f"{where}.modes")):
            mw = f"{where}.modes[{i}]"
            md = self.obj(m, mw, {"id", "name", "distance"})
            modes.append(
                ContactMode(
                    id=self.slug(md["id"], f"{mw}.id"),
                    name=self.text(md["name"], f"{mw}.name"),
                    distance=self.boolean(md["distance"], f"{mw}.distance"),
                )
            )
        self.unique(modes, "id", f"{where}.modes")
        return ContactType(
            id=self.string(d["id"], f"{where}.id"),
            registration_code=self.opt_string(d["registration_code"], f"{where}.registration_code"),
            name=self.text(d["name"], f"{where}.name"),
            use=self.text(d["use"], f"{where}.use"),
            distance=self.boolean(d["distance"], f"{where}.distance"),
            modes=tuple(modes),
            note=self.opt_text(d.get("note"), f"{where}.note"),
            weekly_feedback=self.boolean(d.get("weekly_feedback", False), f"{where}.weekly_feedback"),
        )

    def kva_code(self, value: Any, where: str) -> KvaCode:
        d = self.obj(value, where, {"code", "title", "usage", "in_routine"}, {"note"})
        in_routine = self.boolean(d["in_routine"], f"{where}.in_routine")
        # codes outside the routine may carry only a description where no official title is known
        title_langs = ("sv", "en") if in_routine else ()
        return KvaCode(
            code=self.kva(d["code"], f"{where}.code"),
            title=self.text(d["title"], f"{where}.title", title_langs),
            usage=self.opt_text(d["usage"], f"{where}.usage"),
            in_routine=in_routine,
            note=self.opt_text(d.get("note"), f"{where}.note"),
        )

    def template(self, value: Any, where: str) -> EhrTemplate:
        d = self.obj(value, where, {"id", "name", "template", "lathund", "headings", "verified", "note"})
        headings = self.seq(d["headings"], f"{where}.headings")
        return EhrTemplate(
            id=self.slug(d["id"], f"{where}.id"),
            name=self.string(d["name"], f"{where}.name"),
            template=self.string(d["template"], f"{where}.template"),
            lathund=self.string(d["lathund"], f"{where}.lathund"),
            headings=tuple(self.string(h, f"{where}.headings[{i}]") for i, h in enumerate(headings)),
            verified=self.boolean(d["verified"], f"{where}.verified"),
            note=self.text(d["note"], f"{where}.note"),
        )

    def programme(self, value: Any, where: str) -> Programme:
        d = self.obj(value, where, {"id", "name"}, {"note"})
        return Programme(
            id=self.slug(d["id"], f"{where}.id"),
            name=self.string(d["name"], f"{where}.name"),
            note=self.opt_text(d.get("note"), f"{where}.note"),
        )

    def instrument(self, value: Any, where: str) -> Instrument:
        d = self.obj(
            value, where, {"id", "name", "items", "item_min", "item_max", "total_max"}, {"flag", "note"}
        )
        items = self.opt_whole(d["items"], f"{where}.items", 1)
        item_min = self.opt_whole(d["item_min"], f"{where}.item_min")
        item_max = self.opt_whole(d["item_max"], f"{where}.item_max")
        total_max = self.whole(d["total_max"], f"{where}.total_max", 1)
        if item_min is not None and item_max is not None and item_min >= item_max:
            self.fail(f"{where}.item_max", "must be greater than item_min")
        if items is not None and item_max is not None and items * item_max != total_max:
            self.fail(f"{where}.total_max", f"expected items × item_max = {items * item_max}")
        flag = None
        if d.get("flag") is not None:
            fw = f"{where}.flag"
            fd = self.obj(d["flag"], fw, {"item", "threshold"}, {"note"})
            flag = InstrumentFlag(
                item=self.whole(fd["item"], f"{fw}.item", 1),
                threshold=self.whole(fd["threshold"], f"{fw}.threshold"),
                note=self.opt_text(fd.get("note"), f"{fw}.note"),
            )
            if items is not None and flag.item > items:
                self.fail(f"{fw}.item", f"the instrument has only {items} items")
            if item_max is not None and flag.threshold > item_max:
                self.fail(f"{fw}.threshold", f"above the item maximum {item_max}")
        return Instrument(
            id=self.slug(d["id"], f"{where}.id"),
            name=self.string(d["name"], f"{where}.name"),
            items=items,
            item_min=item_min,
            item_max=item_max,
            total_max=total_max,
            flag=flag,
            note=self.opt_text(d.get("note"), f"{where}.note"),
        )

    def registration(self, value: Any, where: str) -> Registration:
        d = self.obj(value, where, {"care_level", "system", "routine", "in_routine", "text"})
        return Registration(
            care_level=self.slug(d["care_level"], f"{where}.care_level"),
            system=self.string(d["system"], f"{where}.system"),
            routine=self.opt_string(d["routine"], f"{where}.routine"),
            in_routine=self.boolean(d["in_routine"], f"{where}.in_routine"),
            text=self.text(d["text"], f"{where}.text"),
        )

    def rule(self, value: Any, where: str, known_codes: set[str]) -> Rule:
        d = self.obj(value, where, {"id", "kind", "when", "severity", "reason", "source"}, {"code", "verbatim"})
        kind = self.string(d["kind"], f"{where}.kind")
        if kind not in KINDS:
            self.fail(f"{where}.kind", f"unknown kind {kind!r} (known: {', '.join(sorted(KINDS))})")
        severity = self.string(d["severity"], f"{where}.severity")
        if severity not in SEVERITIES:
            self.fail(f"{where}.severity", f"{severity!r} is not 'error' or 'warning'")

        raw_when = d["when"]
        names = [raw_when] if isinstance(raw_when, str) else self.seq(raw_when, f"{where}.when")
        if not names:
            self.fail(f"{where}.when", "expected at least one condition")
        scope = EPISODE_CONDITIONS if kind in EPISODE_KINDS else CONTACT_CONDITIONS
        for name in names:
            if not isinstance(name, str) or name not in CONDITIONS:
                self.fail(
                    f"{where}.when",
                    f"unknown condition {name!r} (known: {', '.join(sorted(CONDITIONS))})",
                )
            if name not in scope:
                self.fail(f"{where}.when", f"condition {name!r} does not apply to a {kind!r} rule")

        code = d.get("code")
        if kind in CODE_KINDS:
            if code is None:
                self.fail(f"{where}.code", f"a {kind!r} rule needs a code")
            code = self.kva(code, f"{where}.code")
            if code not in known_codes:
                self.fail(f"{where}.code", f"{code!r} is not listed under codes")
        elif code is not None:
            self.fail(f"{where}.code", f"a {kind!r} rule takes no code (use null)")

        return Rule(
            id=self.slug(d["id"], f"{where}.id"),
            kind=kind,
            code=code,
            when=tuple(names),
            severity=severity,
            reason=self.text(d["reason"], f"{where}.reason"),
            source=self.string(d["source"], f"{where}.source"),
            verbatim=self.boolean(d.get("verbatim", False), f"{where}.verbatim"),
        )


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key
