"""The lifecycle actions as the form tests drive them: their controller, a marché test to act on,
and the warnings their forms show."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import Engine

from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from tests.lifecycle_support import add_counterparty


def lifecycle_controller(qtbot, workspace, today: date) -> LifecycleController:  # noqa: ANN001
    """The lifecycle actions on ``workspace`` on ``today``, over a window closed with the test."""
    host = QWidget()
    qtbot.addWidget(host)
    return LifecycleController(WorkspaceContext(workspace, today=lambda: today), host)


def add_marche_test(engine: Engine) -> tuple[int, int]:
    """A relationship with « Atelier du Lac » (ESAT) begun 01/09/2026, and its marché test
    « Conditionnement » of September and October 2026: (relationship id, test id)."""
    cp = add_counterparty(engine, "Atelier du Lac", "ESAT")
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    test = start_test(engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=date(2026, 10, 31)),
        on=date(2026, 9, 1)).contract_id
    return rel, test


def form_warnings(monkeypatch, *forms: str) -> list[str]:  # noqa: ANN001
    """The warnings the ``forms`` (modules of ``srm_inclusif.ui.lifecycle``) show, instead of
    modal boxes."""
    texts: list[str] = []
    for form in forms:
        monkeypatch.setattr(f"srm_inclusif.ui.lifecycle.{form}.QMessageBox.warning",
                            lambda *args: texts.append(args[2]))
    return texts
