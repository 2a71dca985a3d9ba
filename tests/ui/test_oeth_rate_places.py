"""The OETH direct employment rate has two decimals whatever its value: 0,00 %, 40,00 %, 1,94 %."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.oeth_dialog import OethDialog
from tests.conftest import DEMO_TODAY
from tests.support import add_purchase


@pytest.fixture
def dialog(qtbot, workspace) -> OethDialog:
    with Session(workspace.engine) as s:
        add_purchase(s, "ESAT", "ESAT", [(date(2025, 6, 1), 4_000_000)], labour_cents=3_600_000)
        s.commit()
    widget = OethDialog(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(widget)
    widget.year_spin.setValue(2025)
    widget.headcount_spin.setValue(180)
    return widget


@pytest.mark.parametrize(("boeth", "shown"), [(0, "0,00\u00a0%"), (72, "40,00\u00a0%"),
                                              (3.5, "1,94\u00a0%")])
def test_direct_rate_has_two_decimals(dialog: OethDialog, boeth: float, shown: str) -> None:
    dialog.boeth_spin.setValue(boeth)
    assert dialog.values["rate"].text() == shown
