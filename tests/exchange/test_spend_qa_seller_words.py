"""A structure inclusive's remarks on repeated, re-dated and created lines speak of her sales."""

from __future__ import annotations

import pytest

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import run

SALES = ("Client;SIRET;Montant HT;Date facture;N° facture\n"
         "Clinique du Parc;;1 200,00;15/10/2026;F-101\n"
         "Clinique du Parc;;1 200,00;15/10/2026;F-101\n"
         "Clinique du Parc;;1 200,00;20/10/2026;F-101\n"
         "Clinique du Parc;;80,00;21/10/2026;\n"
         "Clinique du Parc;;80,00;21/10/2026;\n")


@pytest.fixture
def seller(workspace):  # noqa: ANN001, ANN201
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return workspace


def test_her_remarks_name_her_clients_and_sales(seller, tmp_path) -> None:
    path = tmp_path / "ventes.csv"
    path.write_text(SALES, encoding="utf-8")

    summary = run(seller, path, target="spend")

    assert [(issue.line, issue.reason) for issue in summary.issues] == [
        (2, "Client absent de l'espace : client créé pour l'occasion, auquel sont rattachées "
            "ses 5 ventes de l'import (remarque sur la première seulement)."),
        (3, "Même vente que la ligne 2 (même facture, même date, même montant) : comptée une "
            "fois."),
        (4, "Facture déjà comptée pour ce client, au même montant, à la date du 15/10/2026 : "
            "cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, "
            "retirez l'une des deux lignes."),
        (6, "Même client, même date et même montant que la ligne 5, sans n° de facture : ligne "
            "ajoutée, les deux ventes sont comptées. Si c'est un doublon, retirez-la du fichier."),
    ]
