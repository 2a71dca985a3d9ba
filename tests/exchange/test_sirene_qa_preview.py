"""The wizard's preview of a SIRENE establishments file shows the names its legal units give.

Listed with its ``StockUniteLegale`` file, the establishments showed no name (the preview did not
read the unit file) and read as all rejected. The preview reads the units of the previewed SIRENs
only: a unit file may hold 25 million rows, it stops once it has met them (or passed them, the
file sorted by SIREN as INSEE sorts it), and reads it again only when it changes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.core.siret import make_siret
from srm_inclusif.exchange import sirene_preview
from srm_inclusif.exchange.importer import ImportSettings, plan_files
from srm_inclusif.exchange.preview import normalised_preview
from srm_inclusif.exchange.table_plan import FilePlan
from tests.exchange.test_sirene_names import (
    ENVIE,
    MISSING_NAME,
    REGIE,
    UNKNOWN_SIREN,
    establishment,
    establishments,
    units,
)
from tests.support import IMPORT_FIXTURES

#: A SIREN after those of the establishments (the unit file goes on past it).
LATER = make_siret(90_000_001, 1)
BEYOND_PREVIEW = ("Raison sociale à prendre dans le fichier StockUniteLegale : ce SIREN n'est "
                  "pas dans ses premières lignes, lues pour l'aperçu ; l'import lit tout le "
                  "fichier.")


@pytest.fixture(autouse=True)
def _nothing_kept() -> None:
    sirene_preview.forget()


def unit_row(siret: str, name: str) -> list[str]:
    return [siret[:9], "O", "", "", name, "5710", "N"]


def planned(tmp_path: Path, *paths: Path) -> list[FilePlan]:
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    return plan_files(list(paths), ImportSettings(target="suppliers"), work)


def preview(plans: list[FilePlan]) -> list[tuple[int, str, tuple[str, ...]]]:
    """(line, name shown, remarks) of the establishments file's preview."""
    [shown] = [plan for plan in plans if not plan.is_legal_units]
    return [(row.line, row.cells[0] if row.cells else "", row.problems)
            for row in normalised_preview(shown, SectorIndex([]), listed=plans)]


def rows_read(plan: FilePlan) -> list[int]:
    """Counts, into the list returned, the rows the preview reads from ``plan``'s file."""
    read = [0]
    rows = plan.rows

    def counted():  # noqa: ANN202
        for row in rows():
            read[0] += 1
            yield row

    plan.rows = counted  # type: ignore[method-assign]
    return read


def test_the_names_come_from_the_listed_legal_units_file(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(ENVIE, "ENVIE RHONE"),
                          unit_row(REGIE, "REGIE DE QUARTIER")))

    assert preview(plans) == [(2, "Envie Rhone", ()), (3, "Regie de Quartier", ())]


def test_the_sample_archive_previews_as_it_imports(tmp_path):
    plans = planned(tmp_path, IMPORT_FIXTURES / "sirene_extrait.zip")

    assert [problems for _line, name, problems in preview(plans) if not name] == [
        ("Établissement fermé : ignoré.",)]


def test_without_the_unit_file_the_preview_says_where_the_names_are(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE, usual_name="REGIE NORD")))

    assert preview(plans) == [(2, "", (MISSING_NAME,)), (3, "Regie Nord", ())]


def test_reading_stops_once_every_previewed_siren_is_met(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(ENVIE, "ENVIE RHONE"),
                          unit_row(REGIE, "REGIE DE QUARTIER"),
                          *(unit_row(make_siret(20_000_010 + i, 1), f"AUTRE {i}")
                            for i in range(1000))))
    read = rows_read(plans[1])

    assert [name for _line, name, _problems in preview(plans)] == ["Envie Rhone",
                                                                  "Regie de Quartier"]
    assert read[0] <= 3
    preview(plans)  # the next refresh (a column's field changed): the file is not read again
    assert read[0] <= 3


def test_a_sorted_file_is_read_until_the_sirens_are_passed(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(ENVIE, "ENVIE RHONE"),
                          *(unit_row(make_siret(90_000_010 + i, 1), f"AUTRE {i}")
                            for i in range(3000))))
    read = rows_read(plans[1])

    assert preview(plans) == [(2, "Envie Rhone", ()), (3, "", (BEYOND_PREVIEW,))]
    assert read[0] <= 1001


def test_a_first_row_past_the_sirens_does_not_stop_a_short_file(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(LATER, "PLUS TARD"), unit_row(REGIE, "REGIE"),
                          unit_row(ENVIE, "ENVIE RHONE")))

    assert preview(plans) == [(2, "Envie Rhone", ()), (3, "Regie", ())]


def test_a_siren_absent_from_a_whole_unit_file_is_said_so(tmp_path):
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(ENVIE, "ENVIE RHONE")))

    assert preview(plans) == [(2, "Envie Rhone", ()), (3, "", (UNKNOWN_SIREN,))]


def test_past_its_first_rows_an_unsorted_file_is_left_to_the_import(tmp_path, monkeypatch):
    monkeypatch.setattr(sirene_preview, "ROWS_READ", 5)
    plans = planned(tmp_path, establishments(tmp_path, establishment(ENVIE),
                                             establishment(REGIE)),
                    units(tmp_path, unit_row(LATER, "PLUS TARD"),
                          unit_row(ENVIE, "ENVIE RHONE"),
                          *(unit_row(make_siret(20_000_010 + i, 1), f"AUTRE {i}")
                            for i in range(10)),
                          unit_row(REGIE, "REGIE DE QUARTIER")))

    assert preview(plans) == [(2, "Envie Rhone", ()), (3, "", (BEYOND_PREVIEW,))]
