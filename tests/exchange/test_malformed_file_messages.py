"""A malformed file is refused with a French message naming the file, the line and the fault."""

from __future__ import annotations

import pytest

from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, snapshot

HEADER = "Raison sociale;SIRET;Code postal\n"
#: Words of the csv and json modules' own (English) messages.
ENGLISH = ("unexpected", "expected", "Expecting", "delimiter", "char ")


def refusal(workspace, path) -> str:
    before = snapshot(workspace)
    with pytest.raises(ImportFormatError) as raised:
        run(workspace, path)
    assert snapshot(workspace) == before
    message = str(raised.value)
    assert not [word for word in ENGLISH if word in message]
    return message


def test_a_quote_left_open_names_its_line(workspace, tmp_path):
    path = tmp_path / "ouvert.csv"
    path.write_text(HEADER + "ESAT A;41155513900012;38100\n"
                    '"ESAT B;44306184100047;75001\nESAT C;;44000\n', encoding="utf-8")

    message = refusal(workspace, path)

    assert message.startswith("« ouvert.csv », ligne 3 : guillemet ouvert jamais refermé (le "
                              "fichier se termine avant le guillemet fermant).")


def test_text_after_a_closing_quote_is_not_called_an_open_quote(workspace, tmp_path):
    path = tmp_path / "apres.csv"
    path.write_text(HEADER + '"ESAT" du Lac;41155513900012;38100\nESAT C;;44000\n',
                    encoding="utf-8")

    message = refusal(workspace, path)

    assert message.startswith("« apres.csv », ligne 2 : une cellule commence par un guillemet, "
                              "mais du texte suit le guillemet qui la ferme.")
    assert "ouvert" not in message


def test_invalid_json_says_where_in_french(workspace, tmp_path):
    path = tmp_path / "page.json"
    path.write_text('{"count": 1,\n "results": [{"name": "ESAT A",, "siret": ""}]}\n',
                    encoding="utf-8")

    message = refusal(workspace, path)

    assert message == "« page.json » n'est pas un JSON valide : erreur ligne 2, colonne 32."


def test_a_truncated_json_page_says_it_stops_too_soon(workspace, tmp_path):
    path = tmp_path / "coupe.json"
    path.write_text('{"count": 1, "results": [{"name": "ESAT A"\n', encoding="utf-8")

    message = refusal(workspace, path)

    assert message == ("« coupe.json » n'est pas un JSON valide : le fichier s'arrête avant la "
                       "fin du document (enregistrement interrompu ?).")


def test_an_invalid_json_page_is_refused_as_soon_as_it_is_chosen(tmp_path):
    """The wizard says so on its first page, before the import copies the workspace."""
    path = tmp_path / "page.json"
    path.write_text('{"count": 1, "results": [{"name": "ESAT A"\n', encoding="utf-8")

    with pytest.raises(ImportFormatError, match="le fichier s'arrête avant la fin"):
        plan_file(path)
