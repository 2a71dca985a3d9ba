"""The mapping page's preview shows who each spend line goes to, as the import gives it.

The file's « Acheteur » as the workspace writes that person's name, flagged when it is nobody's;
a line without one goes to the person chosen for those lines (or the only one of the workspace).
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.services.settings import update_settings
from tests.ui.test_import_wizard_default_buyer import on_mapping

WITH_BUYERS = ("Raison sociale;Montant;Date;Acheteur\n"
               "Atelier Mécanique;1 234,50 €;15/03/2026;camille MARTIN\n"
               "Jardins du Nord;2 000,00 €;30/06/2026;Alice Durand\n"
               "Bureau Express;250,00 €;01/07/2026;\n")
WITHOUT_BUYERS = "Raison sociale;Montant;Date\nAtelier Mécanique;1 234,50 €;15/03/2026\n"


def mapping_page(qtbot, ctx, tmp_path, text: str):  # noqa: ANN001, ANN201
    """The mapping page of the wizard opened on ``text`` as a spend file."""
    path = tmp_path / "achats.csv"
    path.write_text(text, encoding="utf-8")
    return on_mapping(qtbot, ctx, path).currentPage()


def shown(page) -> dict[str, list[str]]:  # noqa: ANN001
    """The page's preview: each header's column."""
    table = page.preview_table
    return {table.horizontalHeaderItem(c).text(): [table.item(r, c).text()
                                                   for r in range(table.rowCount())]
            for c in range(table.columnCount())}


def preview(qtbot, ctx, tmp_path, text: str) -> dict[str, list[str]]:  # noqa: ANN001
    """The mapping page's preview of ``text`` as a spend file, as first shown."""
    return shown(mapping_page(qtbot, ctx, tmp_path, text))


@pytest.fixture
def two_people(ctx):  # noqa: ANN001, ANN201
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))
    return ctx


def test_each_line_shows_its_buyer_and_an_unknown_one_is_flagged(qtbot, two_people,
                                                                  tmp_path) -> None:
    columns = preview(qtbot, two_people, tmp_path, WITH_BUYERS)

    assert columns["Acheteur"] == ["Camille Martin", "Alice Durand", ""]
    assert columns["Remarque"][0] == ""
    assert columns["Remarque"][1] == ("Acheteur inconnu dans l'espace : la ligne est importée "
                                    "sans acheteur.")


def test_the_lines_without_a_buyer_show_the_person_chosen_for_them(qtbot, two_people,
                                                                    tmp_path) -> None:
    page = mapping_page(qtbot, two_people, tmp_path, WITH_BUYERS)
    page.spend.buyer_combo.setCurrentIndex(page.spend.buyer_combo.findText("Zoé Bernard"))

    assert shown(page)["Acheteur"] == ["Camille Martin", "Alice Durand", "Zoé Bernard"]


def test_alone_in_her_workspace_her_lines_show_her_name(qtbot, ctx, tmp_path) -> None:
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))

    assert preview(qtbot, ctx, tmp_path, WITHOUT_BUYERS)["Acheteur"] == ["Camille Martin"]


def test_nobody_to_give_them_to_and_no_buyer_column_shows_no_buyer(qtbot, two_people,
                                                                   tmp_path) -> None:
    assert "Acheteur" not in preview(qtbot, two_people, tmp_path, WITHOUT_BUYERS)


def test_a_seller_reads_of_her_commercials(qtbot, two_people, tmp_path) -> None:
    update_settings(two_people.engine, profile=Profile.STRUCTURE_INCLUSIVE)

    columns = preview(qtbot, two_people, tmp_path,
                      WITH_BUYERS.replace("Acheteur", "Commercial"))

    assert columns["Commercial"] == ["Camille Martin", "Alice Durand", ""]
    assert columns["Remarque"][1].startswith("Commercial inconnu dans l'espace")


def test_a_buyer_named_by_her_e_mail_address_shows_by_her_name(qtbot, ctx, tmp_path) -> None:
    add_person(ctx.engine, values=PersonInput(name="Camille Martin",
                                              email="c.martin@bellerive.fr"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))

    columns = preview(qtbot, ctx, tmp_path,
                      WITH_BUYERS.replace("camille MARTIN", "C.Martin@bellerive.fr"))

    assert columns["Acheteur"][0] == "Camille Martin"
    assert columns["Remarque"][0] == ""
