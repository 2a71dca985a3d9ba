"""The OETH estimator says, as the CLI does, when EA/ESAT/TIH purchases are left out unpaid.

DOMAIN.md section 5: only purchases paid in the year earn the deduction; 3 234,50 € invoiced
by an ESAT showed « Déduction avant plafond : 0,00 € » in the dialog with nothing to say why.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.oeth_dialog import OethDialog
from tests.conftest import DEMO_TODAY
from tests.support import add_purchase

NOTE = ("Achats à des EA, ESAT ou TIH en base « Facturé » (3\u202f234,50\u00a0€) : ils ne "
        "comptent pas, seuls les montants payés dans l'année (0,00\u00a0€) entrent dans la "
        "déduction.")


def _dialog(qtbot, workspace, basis: str) -> OethDialog:  # noqa: ANN001
    with Session(workspace.engine) as s:
        add_purchase(s, "ESAT du Parc", "ESAT", [(date(2026, 4, 2), 323_450)], basis=basis)
        s.commit()
    dialog = OethDialog(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2026)
    return dialog


def test_an_invoiced_esat_purchase_is_said_not_to_count(qtbot, workspace) -> None:
    dialog = _dialog(qtbot, workspace, "invoiced")
    assert dialog.values["before_cap"].text() == "0,00\u00a0€"
    assert NOTE in dialog.note_label.text()


def test_no_note_when_the_purchase_is_paid(qtbot, workspace) -> None:
    dialog = _dialog(qtbot, workspace, "paid")
    assert "ils ne comptent pas" not in dialog.note_label.text()


def test_no_note_in_a_year_without_such_purchases(qtbot, workspace) -> None:
    dialog = _dialog(qtbot, workspace, "invoiced")
    dialog.year_spin.setValue(2025)
    assert "ils ne comptent pas" not in dialog.note_label.text()


@pytest.mark.usefixtures("marked")
def test_the_note_follows_the_ui_language(qtbot, workspace) -> None:
    dialog = _dialog(qtbot, workspace, "invoiced")
    assert "[Oeth] Achats à des EA, ESAT ou TIH [Oeth] en base « [Vocabulary] Facturé »" in (
        dialog.note_label.text())
