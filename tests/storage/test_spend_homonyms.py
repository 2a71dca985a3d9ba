"""A spend line without SIRET naming two stored structures goes to the one its place names.

« Les Jardins des Deux Rives 63 » is an EA in Bordeaux and an AI in Lille: the tester's line of
21 351,74 € went silently to the EA (handicap spend, OETH deduction) instead of the insertion
spend, and the import said « 0 ligne signalée ». Now the line's post code or city picks one;
without them, or when they fit neither, the line is rejected with both named.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from tests.exchange.import_support import run

NAME = "Les Jardins des Deux Rives 63"
DIRECTORY = ("Raison sociale;SIRET;Type de structure;Code postal;Ville\n"
             f"{NAME};;EA;33000;Bordeaux\n"
             f"{NAME};;AI;59000;Lille\n")
REFUSAL = (f"Plusieurs structures portent ce nom : {NAME} (33000 Bordeaux), {NAME} (59000 Lille)."
           " Ajoutez le SIRET ou le code postal sur la ligne.")


def _file(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def spend(workspace, tmp_path: Path, *lines: str, header: str = "", **settings):  # noqa: ANN001, ANN201
    head = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date" + header + "\n"
    path = _file(tmp_path, "achats.csv", head + "".join(f"{line}\n" for line in lines))
    return run(workspace, path, target="spend", **settings)


@pytest.fixture
def homonyms(workspace, tmp_path):  # noqa: ANN001, ANN201
    run(workspace, _file(tmp_path, "annuaire.csv", DIRECTORY))
    return workspace


def spend_by_kind(workspace) -> dict[str, int]:  # noqa: ANN001
    """What the dashboard splits: the amount bought from each kind of structure, in cents."""
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text(
            "SELECT c.kind || ' ' || coalesce(c.city, c.name), sum(s.amount_cents) "
            "FROM spend_line s JOIN counterparty c ON c.id = s.counterparty_id "
            "GROUP BY c.id")).all())


def test_the_directory_keeps_both_structures(homonyms) -> None:
    with homonyms.engine.connect() as connection:
        assert sorted(connection.execute(text(
            "SELECT kind, post_code, city FROM counterparty")).all()) == [
            ("AI", "59000", "Lille"), ("EA", "33000", "Bordeaux")]


def test_a_line_with_the_name_only_is_rejected_naming_both(homonyms, tmp_path) -> None:
    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026",
                    "Bureau Express;;100;15/03/2026")

    assert spend_by_kind(homonyms) == {"CLASSIC Bureau Express": 10_000}
    assert (summary.rows, summary.rejected, summary.inserted, summary.matched) == (2, 1, 1, 0)
    assert summary.amount_total_cents == 10_000  # the rejected line's amount is not counted
    rejected = [(i.line, i.field, i.value, i.structure_name, i.reason) for i in summary.issues
                if i.severity == "rejected"]
    assert rejected == [(2, "supplier_name", NAME, NAME, REFUSAL)]


@pytest.mark.parametrize(("columns", "place"), [
    (";Code postal;Ville", ";59000;Lille"),
    (";Code postal", ";59000"),
    (";Ville", ";LILLE"),
    (";Code postal;Ville", ";59100;Roubaix"),  # the card says 59000 Lille: same département
    (";Code postal;Ville", ";59000;Villeneuve-d'Ascq"),  # the post code wins over the city
])
def test_the_line_s_place_picks_the_structure(homonyms, tmp_path, columns, place) -> None:
    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026{place}", header=columns)

    assert spend_by_kind(homonyms) == {"AI Lille": 2_135_174}
    assert (summary.rejected, summary.matched, summary.unmatched) == (0, 1, 0)


def test_the_fixed_file_re_imported_goes_to_the_structure_it_names(homonyms, tmp_path) -> None:
    spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026")

    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026;33000",
                    header=";Code postal")

    assert spend_by_kind(homonyms) == {"EA Bordeaux": 2_135_174}
    assert (summary.rejected, summary.inserted) == (0, 1)
    again = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026;33000",
                  header=";Code postal")
    assert (again.unchanged, again.inserted) == (1, 0)  # nothing counted twice


def test_a_place_that_fits_neither_is_rejected_on_the_post_code(homonyms, tmp_path) -> None:
    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026;75001;Paris",
                    header=";Code postal;Ville")

    assert spend_by_kind(homonyms) == {}
    [refusal] = [i for i in summary.issues if i.severity == "rejected"]
    assert (refusal.line, refusal.field, refusal.value) == (2, "post_code", "75001")
    assert refusal.reason == (
        f"Plusieurs structures portent ce nom, aucune à 75001 Paris : {NAME} (33000 Bordeaux), "
        f"{NAME} (59000 Lille). Corrigez le code postal ou ajoutez le SIRET sur la ligne.")


def test_two_homonyms_at_the_same_place_need_the_siret(homonyms, tmp_path) -> None:
    with homonyms.engine.begin() as connection:  # an ACI typed by hand, with its SIRET
        connection.execute(text(
            "INSERT INTO counterparty (name, norm_name, kind, post_code, city, siret, "
            "siret_status, service_types, networks, offers, extra_sectors, client_references, "
            "is_qpv, is_zrr, notes, favourite, active, edited_fields, created_at, updated_at) "
            "SELECT name, norm_name, 'ACI', post_code, city, '44306184100047', 'valid', '[]', "
            "'[]', '[]', '[]', '[]', 0, 0, '', 0, 1, '[]', created_at, updated_at "
            "FROM counterparty WHERE city = 'Lille'"))

    summary = spend(homonyms, tmp_path, f"{NAME};;100;15/03/2026;59000", header=";Code postal")

    [refusal] = [i for i in summary.issues if i.severity == "rejected"]
    assert refusal.reason == (
        f"Plusieurs structures portent ce nom à 59000 : {NAME} (59000 Lille), "
        f"{NAME} (59000 Lille). Ajoutez le SIRET sur la ligne.")


def test_a_homonym_whose_place_is_unknown_is_not_ruled_out(homonyms, tmp_path) -> None:
    with homonyms.engine.begin() as connection:  # a card without address, with its SIRET
        connection.execute(text(
            "UPDATE counterparty SET post_code = NULL, city = NULL, department_code = NULL, "
            "siret = '44306184100047', siret_status = 'valid' WHERE city = 'Bordeaux'"))

    summary = spend(homonyms, tmp_path, f"{NAME};;100;15/03/2026;59000", header=";Code postal")

    assert [i.reason for i in summary.issues] == [
        f"Plusieurs structures portent ce nom à 59000 : {NAME} (SIRET 44306184100047), "
        f"{NAME} (59000 Lille). Ajoutez le SIRET sur la ligne."]


def test_all_or_nothing_imports_nothing_when_a_line_names_homonyms(homonyms, tmp_path) -> None:
    summary = spend(homonyms, tmp_path, "Bureau Express;;100;15/03/2026",
                    f"{NAME};;21 351,74;15/03/2026", all_or_nothing=True)

    assert not summary.applied
    assert summary.message == ("1 ligne rejetée : avec l'option « tout ou rien », aucune ligne "
                               "n'a été importée.")
    with homonyms.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM spend_line")).scalar_one() == 0


def test_the_simulation_says_the_same(homonyms, tmp_path) -> None:
    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026", dry_run=True)

    assert [i.reason for i in summary.issues if i.severity == "rejected"] == [REFUSAL]


def test_a_rejected_line_s_remarks_are_refusals_too(homonyms, tmp_path) -> None:
    summary = spend(homonyms, tmp_path, f"{NAME};123;21 351,74;15/03/2026")

    assert (summary.rejected, summary.flagged) == (1, 0)
    assert [i.field for i in summary.issues] == ["siret", "supplier_name"]


def test_a_name_held_once_still_matches_whatever_the_place(workspace, tmp_path) -> None:
    run(workspace, _file(tmp_path, "annuaire.csv", DIRECTORY.rsplit("\n", 2)[0] + "\n"))

    summary = spend(workspace, tmp_path, f"{NAME};;21 351,74;15/03/2026;59000",
                    header=";Code postal")

    assert spend_by_kind(workspace) == {"EA Bordeaux": 2_135_174}
    assert (summary.rejected, summary.matched) == (0, 1)


def test_her_clients_are_called_clients(homonyms, tmp_path) -> None:
    update_settings(homonyms.engine, profile=Profile.STRUCTURE_INCLUSIVE)

    summary = spend(homonyms, tmp_path, f"{NAME};;21 351,74;15/03/2026")

    assert [i.reason for i in summary.issues] == [REFUSAL.replace("structures", "clients")]


def test_two_unknown_homonyms_of_one_file_get_a_card_each(workspace, tmp_path) -> None:
    lines = (f"{NAME};;21 351,74;15/03/2026;AI;59000;Lille",
             f"{NAME};;5 000,00;15/03/2026;EA;33000;Bordeaux",
             f"{NAME};;1 000,00;16/03/2026;AI;59000;Lille")
    summary = spend(workspace, tmp_path, *lines, header=";Type;Code postal;Ville")

    assert spend_by_kind(workspace) == {"AI Lille": 2_235_174, "EA Bordeaux": 500_000}
    assert (summary.typed_created, summary.unmatched) == (2, 3)
    again = spend(workspace, tmp_path, *lines, header=";Type;Code postal;Ville")
    assert (again.unchanged, again.rejected, again.inserted) == (3, 0, 0)
