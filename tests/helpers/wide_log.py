"""A log as wide and long as real ones get, for the report layout tests (issue 15).

Long Swedish double names, long programmes and care units, all three kinds of identity number,
an episode of 200 contacts with four instruments, ended episodes that carry every instrument of
the rule set, and a note of a few pages. Every identity number is fictitious (birth numbers
980-999, as in kbtdesk.core.demo).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from kbtdesk.core.demo import personnummer, reservnummer
from kbtdesk.core.service import WORK_SIBER, ContactDraft, LogService

CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))

UNIT = "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset, Mottagningen för internetförmedlad KBT"
THERAPIST = "Maria-Louise Johansson-Åkerlund"
PROFESSION = "Legitimerad psykolog, specialist i klinisk psykologi"

NAMES = [
    "Anna-Karin Östergren-Wallenbergsson", "Carl-Fredrik Åkerström-Lindqvist", "Maj-Britt Söderhielm-Ekström",
    "Lars-Göran Björkqvist-Hägglund", "Ulla-Stina Ängsbacka-Nordenskiöld", "Per-Olof Zetterström-Bergqvist",
    "Eva-Lotta Gyllenhammar-Sjöberg", "Jan-Erik Frösén-Östlund", "Britt-Marie Wahlström-Åström",
    "Karl-Johan Strömbäck-Lövgren", "Inger-Lise Hammarskjöld-Rydén", "Sven-Åke Kjellberg-Nyström",
]
PROGRAMMES = [
    "Ångesthjälpen Ung Plus (ePsykiatrienheten, Sahlgrenska)", "Depressionshjälpen Plus för vuxna med samsjuklighet",
    "Oroshjälpen Plus – generaliserat ångestsyndrom", "Stresshjälpen Plus (utmattningssyndrom, steg 2)",
]
#: The four instruments of the long episode and the six of the rule set, with a score pattern.
FOUR = ("madrs-s", "phq-9", "gad-7", "isi")
SIX = ("madrs-s", "phq-9", "gad-7", "isi", "pdss-sr", "lsas-sr")


@dataclass
class WideLog:
    long_episode: str
    long_patient_name: str
    ended_episodes: list[str] = field(default_factory=list)
    identities: list[str] = field(default_factory=list)
    #: (first day, last day) holding every contact
    period: tuple[date, date] = (date(2026, 1, 1), date(2026, 12, 31))


def _identity(n: int) -> str:
    if n % 3 == 0:
        return personnummer(date(1950 + n, 1 + n % 12, 1 + n % 27), 980 + n % 20)
    if n % 3 == 1:
        return personnummer(date(1960 + n, 1 + n % 12, 1 + n % 27), 980 + n % 20, coordination=True)
    letter = "KMX"[n % 9 // 3]
    number = {"K": 6 + 2 * (n % 30), "M": 7 + 2 * (n % 30), "X": 80 + n % 10}[letter]
    return reservnummer(date(1940 + n, 1 + n % 12, 1 + n % 27), letter, number)


def _codes(service: LogService, ctype: str, mode: str | None, final: bool = False) -> tuple[str, ...]:
    return tuple(s.code for s in service.suggest_codes(ctype, mode, final))


def fill_wide_log(service: LogService, ended: int = 30) -> WideLog:
    """Fill `service`'s log (its profile replaced); what was added."""
    service.save_profile(THERAPIST, PROFESSION, UNIT, "specialist", "asynja-visph")
    rules = service.rules
    start = datetime(2026, 1, 26, 8, 15, tzinfo=CET)

    # The long episode: 200 contacts over ten months (about one every working day and a half),
    # every kind of contact, some not yet journaled or registered, four instruments every week.
    identity = _identity(0)
    patient = service.add_patient(identity, NAMES[0])
    episode = service.add_episode(patient.id, PROGRAMMES[0], start.date())
    kinds = [("BR", None), ("BR", None), ("TB", None), ("planned-visit", "video"), ("planned-visit", "clinic")]
    for n in range(200):
        at = (start + timedelta(days=n * 3 // 2, hours=(n * 5) % 9, minutes=(n * 7) % 60)).astimezone(
            CEST if 3 <= (start + timedelta(days=n * 3 // 2)).month <= 10 else CET)
        ctype, mode = kinds[n % len(kinds)]
        done = at if n % 7 else None
        note = (f"Återkoppling på modul {1 + n // 20}: patienten beskriver sömnsvårigheter, oro inför arbetsåtergång "
                "och har genomfört exponeringsövningar enligt plan.") if n % 4 == 0 else ""
        service.save_contact(ContactDraft(
            episode_id=episode.id, at=at, type=ctype, mode=mode, minutes=10 + n % 50,
            codes=_codes(service, ctype, mode), journal_done=done, registered=done if n % 5 else None, note=note))
    for week in range(30):
        on = start.date() + timedelta(days=7 * week)
        for k, instrument_id in enumerate(FOUR):
            top = rules.instrument(instrument_id).total_max
            service.add_measure(episode.id, on, instrument_id, max(0, top - week * top // 40 - k))
    result = WideLog(episode.id, NAMES[0], identities=[identity])

    # Ended episodes: every instrument, first and last score, every contact type, some transferred.
    for n in range(ended):
        identity = _identity(n + 1)
        result.identities.append(identity)
        patient = service.add_patient(identity, NAMES[(n + 1) % len(NAMES)] + f" {n + 1}")
        began = date(2026, 1, 5) + timedelta(days=5 * n)
        episode = service.add_episode(patient.id, PROGRAMMES[n % len(PROGRAMMES)], began)
        for k in range(6):
            ctype, mode = kinds[k % len(kinds)]
            at = datetime.combine(began + timedelta(days=7 * k), datetime.min.time(), CET) + timedelta(hours=9)
            service.save_contact(ContactDraft(episode_id=episode.id, at=at, type=ctype, mode=mode, minutes=20,
                                              codes=_codes(service, ctype, mode), journal_done=at, registered=at))
        final_at = datetime.combine(began + timedelta(days=60), datetime.min.time(), CET) + timedelta(hours=14)
        service.save_contact(ContactDraft(episode_id=episode.id, at=final_at, type="planned-visit", mode="video",
                                          minutes=45, final=True,
                                          codes=_codes(service, "planned-visit", "video", True),
                                          journal_done=final_at, registered=final_at if n % 4 else None))
        for instrument_id in SIX:
            top = rules.instrument(instrument_id).total_max
            service.add_measure(episode.id, began, instrument_id, top * 3 // 4)
            service.add_measure(episode.id, began + timedelta(days=60), instrument_id, top // 4)
        service.end_episode(episode.id, began + timedelta(days=61), ("completed", "dropout", "other")[n % 3])
        if n % 2:  # ready for SibeR: start documented, final contact registered with its ending code
            service.set_siber_start_documented(episode.id, began)
            service.tick([(WORK_SIBER, episode.id)], when=datetime.combine(began + timedelta(days=70),
                                                                          datetime.min.time(), CET))
        result.ended_episodes.append(episode.id)
    return result
