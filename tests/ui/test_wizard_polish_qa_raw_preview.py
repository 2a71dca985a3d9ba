"""The normalised preview tells the values the import stores from those shown as the file has
them (a rejected line's cells, a buyer the workspace lacks): those are in italics, said so."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.people import PersonInput, add_person
from tests.ui.test_import_wizard_buyer_preview import mapping_page

SPEND = ("Raison sociale;Montant;Date;Type;Acheteur\n"
         "Atelier Mécanique;1 234,5 €;2026-03-15;EA;Camille Martin\n"
         "Jardins du Nord;beaucoup;2026-03-16;EA;Camille Martin\n"
         "Bureau Express;250;2026-03-17;;Alice Durand\n")


def cell(page, row: int, header: str):  # noqa: ANN001, ANN201
    table = page.preview_table
    column = next(c for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c).text() == header)
    return table.item(row, column)


@pytest.fixture
def two_people(ctx):  # noqa: ANN001, ANN201
    add_person(ctx.engine, values=PersonInput(name="Camille Martin"))
    add_person(ctx.engine, values=PersonInput(name="Zoé Bernard"))
    return ctx


def test_the_cells_not_stored_are_in_italics_and_said_so(qtbot, two_people, tmp_path) -> None:
    page = mapping_page(qtbot, two_people, tmp_path, SPEND)

    stored = cell(page, 0, "Montant HT")
    assert stored.text().replace("\u202f", " ").replace("\xa0", " ") == "1 234,50 €"
    assert not stored.font().italic()
    # the rejected line shows the file's « beaucoup » and « EA », not what is stored (nothing)
    rejected = [cell(page, 1, header) for header in ("Montant HT", "Type", "Date")]
    assert [item.text() for item in rejected] == ["beaucoup", "EA", "2026-03-16"]
    assert all(item.font().italic() for item in rejected)
    assert "ne sera pas importée" in rejected[0].toolTip()
    assert cell(page, 0, "Type").text() == "Entreprise adaptée"  # stored, upright
    assert not cell(page, 0, "Type").font().italic()
    # a buyer the workspace lacks: the line is imported without one
    assert cell(page, 2, "Acheteur").text() == "Alice Durand"
    assert cell(page, 2, "Acheteur").font().italic()
    assert not cell(page, 0, "Acheteur").font().italic()
    assert page.raw_legend.isVisibleTo(page)
    assert "En italique" in page.raw_legend.text()


def test_a_clean_file_shows_no_legend(qtbot, two_people, tmp_path) -> None:
    page = mapping_page(qtbot, two_people, tmp_path, SPEND.split("Jardins")[0])

    assert not page.raw_legend.isVisibleTo(page)
