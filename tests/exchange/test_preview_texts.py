"""The wizard's preview of normalised values writes dates and phones as users read them, and
shows what the import stores."""

from __future__ import annotations

import pytest

from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.numbers import ENGLISH, FRENCH, set_number_style
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.adapters import NOT_AN_ESAT
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview, preview_columns
from tests.exchange.import_support import run_samples, stored
from tests.support import ERP_SPEND, IMPORT_FIXTURES


@pytest.mark.parametrize(("style", "first_day"), [(FRENCH, "31/12/2025"),
                                                   (ENGLISH, "31 Dec 2025")])
def test_spend_dates_in_the_preview_follow_the_number_style(style, first_day) -> None:
    set_number_style(style)
    plan = plan_file(ERP_SPEND, target="spend")
    rows = normalised_preview(plan, SectorIndex([]))
    column = [key for key, _label in preview_columns("spend")].index("spend_date")
    days = [row.cells[column] for row in rows if row.cells and row.cells[column]]
    assert days
    assert days[0] == first_day


def test_phones_in_the_preview_read_as_french_users_write_them() -> None:
    plan = plan_file(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv", target="suppliers")
    rows = normalised_preview(plan, SectorIndex([]))
    column = [key for key, _label in preview_columns("suppliers")].index("phone")
    # « 04 76 00 00 01 » and « 0467000002 » are stored +33…, shown by pairs; « #N/D » is no value
    assert [row.cells[column] for row in rows[:3]] == ["04 76 00 00 01", "", "04 67 00 00 02"]


def test_a_finess_preview_shows_the_kind_the_import_gives_its_structures(workspace) -> None:
    # FINESS lists ESAT only and names no kind: its structures are ESAT
    name = "etalab_finess_stock_2026-03-11.csv"
    rows = normalised_preview(plan_file(IMPORT_FIXTURES / name, target="suppliers"),
                              SectorIndex([]))
    keys = [key for key, _label in preview_columns("suppliers")]
    previewed = {row.cells[keys.index("name")]: row.cells[keys.index("kind")]
                 for row in rows if row.cells}
    # the hospital (category 355) is shown left aside, with why
    assert [(row.line, row.problems) for row in rows if not row.cells] == [(3, (NOT_AN_ESAT,))]

    run_samples(workspace, name)

    assert previewed == {structure: Kind(kind).label
                         for structure, kind in stored(workspace, "kind").items()}
    assert set(previewed.values()) == {Kind.ESAT.label}
