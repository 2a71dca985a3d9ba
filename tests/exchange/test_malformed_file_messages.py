"""A malformed JSON page is refused with a French message naming the file and the fault.

(A malformed CSV line is rejected on its own: ``test_malformed_csv_lines``.)
"""

from __future__ import annotations

import pytest

from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, snapshot

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
