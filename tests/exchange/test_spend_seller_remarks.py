"""A structure inclusive's import remarks speak of her clients and sales, never of suppliers.

Her spend lines are her sales: « Fournisseur absent de l'espace : créé avec le type… » or
« Facture déjà importée pour ce fournisseur » read wrong to her.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import run

HEADER = "Client;SIRET;Type;Code postal;Ville;Montant HT;Date facture;N° facture\n"


def _sales(tmp_path: Path, name: str, *lines: str) -> Path:
    path = tmp_path / name
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


@pytest.fixture
def seller(workspace):  # noqa: ANN001, ANN201
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    return workspace


def _reasons(summary) -> set[str]:  # noqa: ANN001
    return {issue.reason for issue in summary.issues}


def test_a_client_created_with_the_file_s_details_is_called_a_client(seller, tmp_path) -> None:
    sales = _sales(tmp_path, "ventes.csv",
                   "Clinique du Parc;;EA;13015;Marseille;1 200,00;15/10/2026;F-101")
    assert _reasons(run(seller, sales, target="spend")) == {
        "Client absent de l'espace : créé avec le type, le code postal ou la ville que donne "
        "le fichier."}


def test_a_corrected_invoice_and_a_same_day_sale_speak_of_her_client(seller, tmp_path) -> None:
    run(seller, _sales(tmp_path, "v1.csv", "Clinique du Parc;;;;;1 200,00;15/10/2026;F-101",
                       "Clinique du Parc;;;;;300,00;16/10/2026;"), target="spend")
    summary = run(seller, _sales(tmp_path, "v2.csv",
                                 "Clinique du Parc;;;;;1 250,00;15/10/2026;F-101",
                                 "Clinique du Parc;;;;;310,00;16/10/2026;"), target="spend")
    assert _reasons(summary) == {
        "Facture déjà importée pour ce client : la ligne enregistrée à cette date passe de "
        "1\u202f200,00\u00a0€ à 1\u202f250,00\u00a0€ HT et prend les autres valeurs du fichier.",
        "Ligne ajoutée, mais ce client a déjà à cette date une vente absente du fichier : "
        "sans n° de facture, l'une ne remplace pas l'autre. Si c'est une correction, les "
        "deux sont comptées."}


def test_a_client_without_a_name_is_named_client(seller, tmp_path) -> None:
    run(seller, _sales(tmp_path, "ventes.csv", ";44306184100047;;;;1 200,00;15/10/2026;F-1"),
        target="spend")
    with seller.engine.connect() as connection:
        names = connection.execute(text("SELECT name FROM counterparty")).scalars().all()
    assert names == ["Client 44306184100047"]


def test_a_buyer_s_remarks_keep_her_words(workspace, tmp_path) -> None:
    sales = _sales(tmp_path, "achats.csv",
                   "Atelier du Lac;;EA;13015;Marseille;1 200,00;15/10/2026;F-101")
    assert _reasons(run(workspace, sales, target="spend")) == {
        "Fournisseur absent de l'espace : créé avec le type, le code postal ou la ville que "
        "donne le fichier."}
