"""How search compares text: case and diacritics ignored, so "ohman" finds "Öhman".

Stored search columns (`patient.name_folded`, `episode.programme_folded`, the `search_term` table)
hold `fold()` of the text, and a query is folded the same way before its prefix is looked up in
the index. Changing `fold` changes what is stored: it needs a migration that rebuilds the terms
(kbtdesk/db/migrations.py, `refold_search_columns`).

Kept in the base because the migration that rebuilds the terms (db) and the service that writes
them (core) must use the very same function.
"""

from __future__ import annotations

import unicodedata

from anyascii import anyascii


def fold(text: str) -> str:
    """Text as search compares it: NFC, transliterated to ASCII (Ö→o, ø→o, ß→ss, Ł→l), lower
    case, runs of white space as one space.

    Swedish readers treat å, ä and ö as letters of their own, but a therapist who types "ohman"
    or "o" on a keyboard without them (or in a hurry) means Öhman too: a few more matches beat a
    patient not found. anyascii (ISC licence) also gives non-Latin scripts a Latin spelling, the
    same on both sides, so a name stored in any script is found by the same script.
    """
    ascii_text = anyascii(unicodedata.normalize("NFC", text))
    return " ".join(ascii_text.lower().split())


def search_terms(name_folded: str, identity: str) -> set[str]:
    """What prefix search finds a patient by: each word of the folded name (and each part of a
    hyphenated one: "Söderberg-Lindqvist" is found by "lindqvist"), the whole folded name, and
    the identity number in its 12- and 10-digit forms."""
    terms: set[str] = set()
    for word in name_folded.split():
        terms.add(word)
        terms.update(part for part in word.split("-") if part)
    if name_folded:
        terms.add(name_folded)
    terms.add(identity.lower())
    terms.add(identity[2:].lower())
    return terms
