"""A seller's sales file (« Client ; Montant HT ») reads as spend, not as a directory."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.exchange.columns import match_columns
from srm_inclusif.exchange.plan import likely_target
from tests.exchange.import_support import run
from tests.import_files import SALES, windows_csv


@pytest.fixture
def sales(tmp_path) -> Path:  # noqa: ANN001
    return windows_csv(tmp_path, "ventes.csv", SALES)


def test_her_sales_file_reads_as_spend(sales) -> None:
    assert likely_target(sales) == "spend"


@pytest.mark.parametrize("header", ["Client", "Nom du client", "Raison sociale du client"])
def test_client_names_the_counterparty_of_a_spend_line(header) -> None:
    mapping = match_columns([header, "Montant HT", "Date facture", "N° facture"], "spend")

    assert mapping == {0: "supplier_name", 1: "amount", 2: "spend_date", 3: "invoice_number"}


def test_her_sales_are_imported_with_their_clients(workspace, sales) -> None:
    summary = run(workspace, sales, target="spend")

    assert (summary.inserted, summary.rejected) == (2, 0)
    with workspace.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.name, s.amount_cents, s.invoice_number FROM spend_line s "
            "JOIN counterparty c ON c.id = s.counterparty_id ORDER BY s.spend_date")).all()
    assert rows == [("Groupe Hôtelier Azur", 120_000, "F-2026-101"),
                    ("Clinique du Parc", 345_050, "F-2026-102")]


def test_a_directory_with_client_references_stays_a_directory(tmp_path) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;SIRET;Type de structure;Clients\n"
                    "Atelier du Lac;44306184100047;EA;Mairie de Lyon\n", encoding="utf-8")

    assert likely_target(path) == "suppliers"
    assert match_columns(["Raison sociale", "Clients"], "suppliers") == {
        0: "name", 1: "client_references"}


def test_a_seller_s_report_speaks_of_clients_and_sales(workspace, sales) -> None:
    from srm_inclusif.core.vocabulary import Profile
    from srm_inclusif.storage.services.settings import update_settings

    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)

    summary = run(workspace, sales, target="spend")

    assert {issue.reason for issue in summary.issues} == {
        "Client absent de l'espace : vente rattachée à un client créé pour l'occasion."}
