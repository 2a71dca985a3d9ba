"""Suppliers a spend import creates: said once each, and one card whatever lines carry a SIRET.

« Fournisseur absent » on every line of a big extract drowned the report (60 000 remarks): it is
said on the supplier's first line, with how many lines go to it. A supplier whose SIRET only some
lines give is one supplier: its lines without a SIRET go to the card its SIRET lines get.
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.siret import make_siret
from srm_inclusif.storage.services import importing
from srm_inclusif.storage.services.spend_reasons import UNKNOWN_SUPPLIER
from tests.exchange.import_support import cards_with_lines, import_spend_lines


def absent_remarks(summary) -> list[tuple]:
    return [(issue.line, issue.field, issue.value, issue.reason) for issue in summary.issues
            if issue.reason.startswith("Fournisseur absent")]


def test_an_absent_supplier_is_said_once_with_its_number_of_lines(workspace, tmp_path):
    summary = import_spend_lines(workspace, tmp_path, *(
        f"Bureau Express;90000001900019;{day},00;{day:02}/01/2026" for day in range(1, 6)),
        "Transports Martin;;20,00;15/01/2026")

    assert absent_remarks(summary) == [
        (2, "siret", "90000001900019",
         "Fournisseur absent de l'espace : fournisseur classique créé pour l'occasion, auquel "
         "sont rattachées ses 5 lignes de l'import (remarque sur la première seulement)."),
        (7, "supplier_name", "Transports Martin", UNKNOWN_SUPPLIER)]
    assert (summary.unmatched, summary.flagged, summary.classic_created) == (6, 2, 2)


def test_the_count_follows_its_lines_over_several_chunks(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)

    summary = import_spend_lines(workspace, tmp_path, *(
        f"Bureau Express;90000001900019;{day},00;{day:02}/01/2026" for day in range(1, 6)))

    assert [(line, "ses 5 lignes" in reason) for line, _f, _v, reason
            in absent_remarks(summary)] == [(2, True)]


def test_a_supplier_created_with_the_file_s_details_is_said_once_too(workspace, tmp_path):
    header = "Raison sociale;Type;Code postal;Ville;Montant;Date\n"
    summary = import_spend_lines(workspace, tmp_path,
                                 "Atelier Méca;EA;13015;Marseille;10,00;01/02/2026",
                                 "Atelier Méca;EA;13015;Marseille;20,00;02/02/2026", header=header)

    assert absent_remarks(summary) == [(
        2, "kind", "EA, 13015 Marseille",
        "Fournisseur absent de l'espace : créé avec le type, le code postal ou la ville que donne "
        "le fichier ; ses 2 lignes de l'import lui sont rattachées (remarque sur la première "
        "seulement).")]


@pytest.mark.parametrize("order", ["siret first", "name first"])
def test_lines_without_the_siret_go_to_the_supplier_of_its_siret_lines(workspace, tmp_path,
                                                                       order):
    lines = ["Atelier du Lac;443 061 841 00047;100,00;15/01/2026",
             "ATELIER DU LAC;;50,00;16/01/2026", "Atelier du Lac;;25,00;17/01/2026"]
    if order == "name first":
        lines.reverse()

    summary = import_spend_lines(workspace, tmp_path, *lines)

    assert cards_with_lines(workspace) == [("Atelier du Lac", "44306184100047", 3)]
    assert (summary.classic_created, len(absent_remarks(summary))) == (1, 1)


@pytest.mark.parametrize("chunk_size", [1, 2])
def test_over_several_chunks_too(workspace, tmp_path, monkeypatch, chunk_size):
    monkeypatch.setattr(importing, "CHUNK_SIZE", chunk_size)

    summary = import_spend_lines(workspace, tmp_path, "Atelier du Lac;;50,00;16/01/2026",
                                 "Atelier du Lac;;10,00;17/01/2026",
                                 "Atelier du Lac;;20,00;18/01/2026",
                                 "Atelier du Lac;443 061 841 00047;100,00;15/01/2026",
                                 "Atelier du Lac;;25,00;19/01/2026")

    assert cards_with_lines(workspace) == [("Atelier du Lac", "44306184100047", 5)]
    assert [(line, "ses 5 lignes" in reason) for line, _f, _v, reason
            in absent_remarks(summary)] == [(2, True)]


def test_a_stored_supplier_found_by_its_siret_gets_the_lines_without(workspace, tmp_path):
    import_spend_lines(workspace, tmp_path, "Atelier du Lac SAS;44306184100047;10,00;02/01/2026")

    summary = import_spend_lines(workspace, tmp_path,
                                 "Atelier du Lac;443 061 841 00047;100,00;15/01/2026",
                                 "Atelier du Lac;;50,00;16/01/2026")

    assert cards_with_lines(workspace) == [("Atelier du Lac SAS", "44306184100047", 3)]
    assert (summary.matched, summary.unmatched) == (2, 0)


def test_a_name_with_two_sirets_leaves_its_lines_without_one_apart(workspace, tmp_path):
    first, second = make_siret(10_000_000, 12), make_siret(10_000_000, 13)

    import_spend_lines(workspace, tmp_path, f"Nettoyage Services;{first};10,00;02/01/2026",
                       f"Nettoyage Services;{second};10,00;03/01/2026",
                       "Nettoyage Services;;10,00;04/01/2026")

    assert cards_with_lines(workspace) == [
        ("Nettoyage Services", first, 1), ("Nettoyage Services", second, 1),
        ("Nettoyage Services", None, 1)]
