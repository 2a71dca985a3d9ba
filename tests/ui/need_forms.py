"""The « Besoin et présélection » form the need tests fill: one supplier to rank, a need typed;
and the question closing it asks, answered without a real box."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.workspace import Workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

TODAY = date(2026, 11, 22)
#: The sector of the need, and of the one supplier it can rank.
LOCAUX = "nettoyage-de-locaux-16"
#: What closing with a shortlist not saved in the lists asks.
UNSAVED_QUESTION = ("Cette présélection n'est pas enregistrée dans les listes. "
                    "L'enregistrer avant de fermer ?")


def shown_need_dialog(qtbot, workspace: Workspace) -> NeedDialog:  # noqa: ANN001
    """The dialog shown on TODAY, nothing typed; one EI of Lyon works in ``LOCAUX``."""
    create_counterparty(workspace.engine, values={"name": "Propreté Lyon", "kind": "EI",
                                                  "post_code": "69003", "sectors": [LOCAUX]})
    dialog = NeedDialog(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def need_form(qtbot, workspace, monkeypatch) -> NeedDialog:  # noqa: ANN001
    """The form shown, titled « Nettoyage bureaux Lyon » on ``LOCAUX``, its amount left empty.

    One EI of Lyon works in that sector. Closing with an unsaved shortlist asks: the test ends
    with « Ignorer », no real box.
    """
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    dialog = shown_need_dialog(qtbot, workspace)
    dialog.title_edit.setText("Nettoyage bureaux Lyon")
    dialog.sectors.set_selected([LOCAUX])
    return dialog
