"""A care unit's own configuration on top of the region's rule set: ``unit.json``.

The rule set is the region's routine; what only the unit knows (the headings of its lathund, the
planned visit's registration code, its programmes and their planned lengths, extra codes, when an
episode counts as without feedback) comes from a small overlay file. IT deploys it to the
machine-wide config folder (platformdirs' site config dir); a therapist may keep one in the user
config folder. Both are read, the machine-wide file first: what it sets wins, and it says which
of its values a therapist may still change in Settings (``therapist_may_change``). The format is
in ``resources/format/kbtdesk-unit-v1.schema.json`` and ``resources/rules/README.md``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kbtdesk.core.rules import Problem, Programme, RuleSet, RuleSetError, schema_problems

FORMAT = "kbtdesk-unit"
SCHEMA_NAME = "kbtdesk-unit-v1.schema.json"

SITE, USER = "site", "user"
#: The values an overlay can set, in the order Settings lists them.
KEYS = ("template_headings", "registration_codes", "programmes", "extra_codes", "no_feedback_days")
#: The values a machine-wide file may leave to the therapist (registration codes never: they are
#: the unit's registration routine, not a preference).
CHANGEABLE = ("template_headings", "programmes", "extra_codes", "no_feedback_days")


class UnitConfigError(RuleSetError):
    """A unit.json that cannot be used; names the file and the JSON path of each problem."""


@dataclass(frozen=True)
class UnitFile:
    """One unit.json as read: where it was and what it says."""

    layer: str  # SITE or USER
    path: str
    data: Mapping[str, Any]

    @property
    def unit(self) -> str:
        return self.data.get("unit", "")


@dataclass(frozen=True)
class UnitConfig:
    """The machine-wide and the user's unit.json, merged: the machine-wide file's values win."""

    files: tuple[UnitFile, ...] = ()
    _values: Mapping[str, tuple[Any, UnitFile]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, files: Sequence[UnitFile]) -> UnitConfig:
        values: dict[str, tuple[Any, UnitFile]] = {}
        for unit_file in files:  # site first: the user's file only fills what the site left unset
            for key in KEYS:
                if key in unit_file.data and key not in values:
                    values[key] = (unit_file.data[key], unit_file)
        return cls(tuple(files), values)

    def value(self, key: str, default: Any = None) -> Any:
        found = self._values.get(key)
        return default if found is None else found[0]

    def source(self, key: str) -> UnitFile | None:
        """The file a value comes from, or None when no file sets it."""
        found = self._values.get(key)
        return None if found is None else found[1]

    def _file_of(self, key: str) -> str:
        """The path of the file a set value comes from (for a problem's place)."""
        source = self.source(key)
        return source.path if source is not None else "unit.json"

    def locked(self, key: str) -> bool:
        """True when the machine-wide file sets `key` and does not let the therapist change it."""
        source = self.source(key)
        if source is None or source.layer != SITE:
            return False
        return key not in source.data.get("therapist_may_change", ())

    @property
    def unit(self) -> str:
        return next((f.unit for f in self.files if f.unit), "")

    def apply(self, rules: RuleSet) -> RuleSet:
        """`rules` with the unit's headings, registration codes and programmes in place, each
        marked as the unit's, so that every view and export shows the unit's values."""
        headings = self.value("template_headings") or {}
        codes = self.value("registration_codes") or {}
        templates = tuple(
            dataclasses.replace(t, headings=tuple(headings[t.id]), headings_from="unit") if t.id in headings else t
            for t in rules.ehr_templates)
        types = tuple(
            dataclasses.replace(t, registration_code=codes[t.id], registration_code_from="unit")
            if t.id in codes else t
            for t in rules.contact_types)
        programmes = rules.programmes
        if self.value("programmes"):
            by_name = {p.name: p for p in rules.programmes}
            programmes = tuple(
                dataclasses.replace(by_name.get(p["name"], Programme(_slug(p["name"]), p["name"])),
                                    planned_weeks=p.get("planned_weeks"))
                for p in self.value("programmes"))
        return dataclasses.replace(rules, ehr_templates=templates, contact_types=types, programmes=programmes)

    def problems_with(self, rules: RuleSet) -> list[Problem]:
        """Values that name what the rule set does not know (an EHR or contact type id)."""
        found = []
        for ehr in self.value("template_headings") or {}:
            if rules.template(ehr) is None:
                found.append(Problem(f"{self._file_of('template_headings')}: $.template_headings.{ehr}",
                                     f"the rule set {rules.label} has no EHR {ehr!r} "
                                     f"(known: {', '.join(rules.ehr_ids)})"))
        for type_id in self.value("registration_codes") or {}:
            if rules.contact_type(type_id) is None:
                found.append(Problem(f"{self._file_of('registration_codes')}: $.registration_codes.{type_id}",
                                     f"the rule set {rules.label} has no contact type {type_id!r}"))
        return found


def _slug(name: str) -> str:
    return "-".join("".join(ch if ch.isalnum() else " " for ch in name.casefold()).split()) or "programme"


def parse_unit_file(text: str, layer: str, origin: str) -> UnitFile:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise UnitConfigError.of(origin, [Problem("(file)", f"not valid JSON: {exc}")]) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        problems = [Problem("$.format", f"expected {FORMAT!r}")]
    else:
        problems = schema_problems(data, SCHEMA_NAME)
    if not problems and layer != SITE and "therapist_may_change" in data:
        problems = [Problem("$.therapist_may_change", "only the machine-wide file decides what a therapist may change")]
    if problems:
        raise UnitConfigError.of(origin, problems)
    return UnitFile(layer, origin, data)


def load_unit_config(locations: Sequence[tuple[str, Path]] | None = None) -> UnitConfig:
    """The unit's configuration from the given (layer, path) pairs; by default the machine-wide
    and the user's unit.json (kbtdesk.paths.unit_config_files). A missing file is no error."""
    if locations is None:
        from kbtdesk.paths import unit_config_files

        locations = unit_config_files()
    files = []
    for layer, path in locations:
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            raise UnitConfigError.of(str(path), [Problem("(file)", f"cannot read: {exc}")]) from None
        files.append(parse_unit_file(text, layer, str(path)))
    return UnitConfig.of(files)
