"""``srm-inclusif import suppliers``: a Marché export's phone and e-mail without a contact name
are the structure's own, merged as its other fields."""

from __future__ import annotations

import json

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES, executed

#: Exported from a need: two rows give a phone (one an e-mail too) without a name, one a named
#: contact, one nothing.
MARCHE = IMPORT_FIXTURES / "liste_structures_2026-05-04.csv"
POINTS = "SELECT name, phone, email FROM counterparty ORDER BY name"


def imported(db, path, capsys) -> dict:
    assert main(["--db", str(db), "import", "suppliers", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_phones_without_a_contact_name_are_the_structures_own(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    counts = imported(db, MARCHE, capsys)

    assert (counts["inserted"], counts["flagged"], counts["flag_remarks"]) == (4, 0, 0)
    assert executed(db, POINTS) == [
        ("Atelier Bleu", "+33478000001", "contact@atelier-bleu.fr"),
        ("ESAT Les Oliviers", "+33408543922", None),
        ("Propreté Lyonnaise", None, None),
        ("Recyclerie du Rhône", None, None)]
    assert executed(db, "SELECT first_name, last_name, email, phone FROM contact") == [
        ("Claire", "Martin", "claire.martin@recyclerie-rhone.fr", "+33472000002")]


def test_a_later_export_refreshes_the_phone_but_never_a_hand_edit(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    imported(db, MARCHE, capsys)
    executed(db, "UPDATE counterparty SET phone = '+33400000000', edited_fields = '[\"phone\"]' "
                 "WHERE name = 'ESAT Les Oliviers'")
    later = tmp_path / "liste_structures_2026-06-01.csv"
    later.write_bytes(MARCHE.read_bytes().replace(b"+33408543922", b"+33408543999")
                      .replace(b"+33478000001", b"+33478000009"))

    counts = imported(db, later, capsys)

    assert (counts["updated"], counts["conflicts"]) == (1, 1)
    assert executed(db, POINTS)[:2] == [
        ("Atelier Bleu", "+33478000009", "contact@atelier-bleu.fr"),
        ("ESAT Les Oliviers", "+33400000000", None)]
