"""A person added from a spend file's « NOM Prénom » is written as the workspace's people are."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.buyer_names import person_name


@pytest.mark.parametrize(("written", "stored"), [
    ("DUPONT Marie", "Marie Dupont"),
    ("LEFÈVRE Éloïse", "Éloïse Lefèvre"),
    ("Jean-Luc LE GALL", "Jean-Luc Le Gall"),
    ("D'ALMEIDA Ana", "Ana D'Almeida"),
    ("Marie Dupont", "Marie Dupont"),
    ("MARIE DUPONT", "MARIE DUPONT"),  # which word is the surname: unknown, kept
    ("marie.dupont@exemple.fr", "marie.dupont@exemple.fr"),
])
def test_the_surname_in_capitals_comes_last_title_cased(written: str, stored: str) -> None:
    assert person_name(written) == stored
