"""The wizard's preview of normalised values writes dates as the UI language does."""

from __future__ import annotations

import pytest

from srm_inclusif.core.numbers import ENGLISH, FRENCH, set_number_style
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview, preview_columns
from srm_inclusif.exchange.records import SectorIndex
from tests.support import ERP_SPEND


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
