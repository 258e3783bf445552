"""Fictitious demo data for `kbtdesk --demo`: realistic enough to show every screen, never real.

Every identity number uses a birth number 980–999 (not issued to real people in this data) or is
a samordningsnummer / VGR reservnummer built the same way; all names are invented. Dates are
relative to ``service.now()`` and the content is fixed by ``seed``.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from stdnum import luhn

from kbtdesk.base.progress import Progress
from kbtdesk.core.service import WORK_ENDING, WORK_SIBER, ContactDraft, LogService

DEMO_PROFILE = ("Demo Demosson", "Legitimerad psykolog", "Demomottagningen KBT på nätet", "specialist",
                "asynja-visph")

_NAMES = [
    "Åsa Öberg", "Erik Ängström", "Fatima Haddad", "Johan Lindqvist", "Maja Söderberg",
    "Lars-Göran Nyström", "Elin Åkesson", "Mohammed Yusuf", "Karin Björk", "Oskar Hägglund",
    "Sara Ekström", "Nils Dahlén",
]

_PROGRAMMES = [
    "Depressionshjälpen Plus", "Oroshjälpen Plus", "Ångesthjälpen Plus", "Stresshjälpen Plus",
    "Depressionshjälpen Plus", "Ångesthjälpen Ung Plus", "Depressionshjälpen Plus", "Oroshjälpen Plus",
    "Stresshjälpen Plus", "Depressionshjälpen Plus", "Ångesthjälpen Plus", "Depressionshjälpen Plus",
]


def personnummer(born: date, birth_number: int, coordination: bool = False) -> str:
    """A valid personnummer (or samordningsnummer: day + 60) as YYYYMMDD-NNNC."""
    day = born.day + (60 if coordination else 0)
    short = f"{born.year % 100:02d}{born.month:02d}{day:02d}{birth_number:03d}"
    return f"{born.year:04d}{born.month:02d}{day:02d}-{birth_number:03d}{luhn.calc_check_digit(short)}"


def reservnummer(born: date, letter: str, number: int) -> str:
    """A VGR reservnummer yyyymmddGggC; the check digit counts the letter as K=5, M=7, X=8."""
    body = f"{born.year:04d}{born.month:02d}{born.day:02d}{letter}{number:02d}"
    digits = body[2:].replace(letter, {"K": "5", "M": "7", "X": "8"}[letter])
    return body + luhn.calc_check_digit(digits)


@dataclass
class DemoSummary:
    patients: int
    episodes: int
    contacts: int
    measures: int


def _codes(service: LogService, ctype: str, mode: str | None, final: bool) -> tuple[str, ...]:
    return tuple(s.code for s in service.suggest_codes(ctype, mode, final))


def _madrs_items(rng: random.Random, total: int, item9: int | None = None) -> list[int]:
    items = [0] * 9
    # Item 9 (livslust) stays below the flag unless asked for: only one demo score is flagged.
    items[8] = item9 if item9 is not None else rng.randrange(0, 3)
    remaining = total - sum(items)
    slots = list(range(8))
    while remaining > 0:
        i = rng.choice(slots)
        if items[i] < 6:
            items[i] += 1
            remaining -= 1
    return items


def fill_demo(service: LogService, seed: int = 2026,
              progress: Progress | None = None) -> DemoSummary:
    """Add demo patients, episodes, contacts and scores to an (empty) log.

    `progress(done, total)` is called per patient."""
    rng = random.Random(seed)
    now = service.now()
    today = now.date()
    tz = now.tzinfo
    service.save_profile(*DEMO_PROFILE)

    identities = []
    for i in range(len(_NAMES)):
        born = date(1960 + rng.randrange(45), rng.randrange(1, 13), rng.randrange(1, 29))
        if i == 7:
            identities.append(personnummer(born, 980 + i, coordination=True))
        elif i == 10:
            identities.append(reservnummer(born, "K", 2 * rng.randrange(3, 39)))
        else:
            identities.append(personnummer(born, 980 + i))

    # (weeks since start, how it stands): active episodes at different weeks, some ended
    plans = ["active", "active", "active", "ended", "active", "active", "ended-not-transferred",
             "active", "dropout", "active", "ended", "active"]
    contacts = measures = 0
    for i, (name, identity, programme, plan) in enumerate(zip(_NAMES, identities, _PROGRAMMES, plans, strict=False)):
        if progress is not None:
            progress(i, len(_NAMES))
        patient = service.add_patient(identity, name)
        weeks = {"active": 2 + (i * 3) % 8, "ended": 12, "ended-not-transferred": 11, "dropout": 9}[plan]
        started = today - timedelta(weeks=weeks, days=rng.randrange(0, 5))
        episode = service.add_episode(patient.id, programme, started)
        if plan != "active" or i % 3 == 0:
            service.set_siber_start_documented(episode.id, started)

        # at() and add() are called only within this iteration, so the loop's variables are current.
        def at(day_offset: int, hour: int) -> datetime:
            day = started + timedelta(days=day_offset)  # noqa: B023 - see above
            return datetime(day.year, day.month, day.day, hour, rng.choice((0, 15, 30, 45)), tzinfo=tz)

        def add(when: datetime, ctype: str, mode: str | None = None, final: bool = False,
                drop: str | None = None, outage: bool = False) -> str:
            nonlocal contacts
            codes = tuple(c for c in _codes(service, ctype, mode, final) if c != drop)
            recent = (now - when) < timedelta(days=9)
            journal = None if recent or outage else when + timedelta(hours=1)
            unregistered = recent or outage or (i == 4 and ctype == "TB")  # noqa: B023
            registered = None if unregistered else when + timedelta(hours=2)
            saved = service.save_contact(ContactDraft(
                episode_id=episode.id,  # noqa: B023
                at=when, type=ctype, mode=mode, final=final, codes=codes,
                minutes={"BR": 15, "TB": 20, "planned-visit": 45}[ctype],
                journal_done=journal, registered=registered, outage=outage,
                note="Fiktiv demokontakt." if ctype == "planned-visit" else ""))
            contacts += 1
            return saved.id

        add(at(0, 9), "planned-visit", "clinic" if i % 2 else "video")
        last_week = min(weeks, 10) if plan != "dropout" else 4
        for week in range(1, last_week):
            when = at(week * 7 + rng.randrange(0, 3), 8 + rng.randrange(0, 8))
            if when >= now:
                break
            ctype = "TB" if week % 4 == 2 else "BR"
            drop = "ZV051" if (i in (1, 5) and week == 1) else None
            add(when, ctype, drop=drop, outage=(i == 9 and week == last_week - 1))
        if plan in ("ended", "ended-not-transferred"):
            final = add(at(weeks * 7 - 3, 13), "planned-visit", "video" if i % 2 else "clinic", final=True,
                        drop="UV112" if i == 10 else None)
            if plan == "ended" and i != 10:  # i == 10 lacks the ending code: not ready for SibeR
                service.tick([(WORK_ENDING, final), (WORK_SIBER, episode.id)], when=now - timedelta(days=1))
        elif plan == "dropout":
            service.end_episode(episode.id, started + timedelta(weeks=5), "dropout")

        if programme.startswith("Depressionshjälpen") or plan == "ended":
            score = 24 + rng.randrange(0, 10)
            for week in range(0, min(weeks, 10) + 1, 3):
                on = started + timedelta(weeks=week)
                if on > today:
                    break
                item9 = 5 if (i == 4 and week == 3) else None
                items = _madrs_items(rng, score, item9)
                service.add_measure(episode.id, on, "madrs-s", sum(items), items)
                measures += 1
                score = max(6, score - rng.randrange(2, 7))
        elif programme.startswith(("Oroshjälpen", "Ångesthjälpen")):
            for week, total in ((0, 15), (4, 11)):
                on = started + timedelta(weeks=week)
                if on <= today:
                    service.add_measure(episode.id, on, "gad-7", total - i % 3)
                    measures += 1
    if progress is not None:
        progress(len(_NAMES), len(_NAMES))
    return DemoSummary(len(_NAMES), len(_NAMES), contacts, measures)
