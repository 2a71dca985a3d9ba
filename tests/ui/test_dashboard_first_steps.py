"""A new workspace's dashboard says what to do first, with the button that does it.

Before, its « À faire » panel read « Rien à faire pour le moment. » above two sentences spread
over the panel's height, with a large blank between them, and no way to start from there.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.pages.dashboard_page import DashboardPage
from tests.lifecycle_support import add_counterparty
from tests.ui.conftest import LAPTOP, shown_demo_window

IMPORT_FIRST = "Pour commencer, importez vos fournisseurs, puis créez une relation avec l'un d'eux."


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*LAPTOP)
    window.show()
    qtbot.waitExposed(window)
    return window


def _dashboard(window: MainWindow) -> DashboardPage:
    return window.pages["dashboard"]  # type: ignore[return-value]


@pytest.fixture
def opened_relationship_dialogs(monkeypatch) -> list[str]:  # noqa: ANN001
    """The titles of the « Nouvelle relation » dialogs opened (each closed at once)."""
    opened: list[str] = []

    def exec_(dialog: RelationshipDialog) -> int:
        opened.append(dialog.windowTitle())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(RelationshipDialog, "exec", exec_)
    return opened


def test_a_new_workspace_says_to_import_the_suppliers_first(qtbot, ctx) -> None:
    steps = _dashboard(_window(qtbot, ctx)).first_steps

    assert steps.sentence.isVisible()
    assert steps.sentence.text() == IMPORT_FIRST
    assert steps.import_button.isVisible()
    assert steps.import_button.text() == "Importer des fournisseurs…"  # no Alt letter of the menu
    assert not steps.relationship_button.isVisible()  # no structure to choose from yet


def test_the_button_starts_the_suppliers_import_wizard(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)

    _dashboard(window).first_steps.import_button.click()

    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.isVisible()
    assert wizard.target == "suppliers"
    wizard.reject()


def test_space_at_startup_starts_the_import(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    button = _dashboard(window).first_steps.import_button
    qtbot.waitUntil(button.hasFocus, timeout=3000)  # the page's first step, not the navigation

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)

    wizard = window.findChild(ImportWizard)
    assert wizard is not None
    assert wizard.isVisible()
    wizard.reject()


def test_with_suppliers_the_next_step_is_a_relationship(qtbot, ctx,
                                                        opened_relationship_dialogs) -> None:
    window = _window(qtbot, ctx)
    steps = _dashboard(window).first_steps
    ctx.notify(Changes(counterparties={add_counterparty(ctx.engine)}))  # as an import does

    assert steps.sentence.text() == "Créez maintenant une relation avec l'un de vos fournisseurs."
    assert not steps.import_button.isVisible()
    steps.relationship_button.click()

    assert window.current_page_key() == "relationships"
    assert opened_relationship_dialogs == ["Nouvelle relation"]  # the Relations page's own


def test_once_imported_the_focus_is_on_the_next_step(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    steps = _dashboard(window).first_steps
    qtbot.waitUntil(steps.import_button.hasFocus, timeout=3000)

    ctx.notify(Changes(counterparties={add_counterparty(ctx.engine)}))  # as an import does

    assert steps.relationship_button.hasFocus()  # not some widget Qt picked


def test_the_first_steps_go_with_the_first_relationship(qtbot, ctx) -> None:
    window = _window(qtbot, ctx)
    counterparty = add_counterparty(ctx.engine)
    created = create_relationship(ctx.engine, counterparty_id=counterparty, on=date(2026, 1, 5))

    ctx.notify(created.changes)

    assert not _dashboard(window).first_steps.isVisible()


def test_a_seller_is_told_to_import_its_clients(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    steps = _dashboard(_window(qtbot, ctx)).first_steps

    assert steps.sentence.text() == ("Pour commencer, importez vos clients, puis créez une "
                                     "relation avec l'un d'eux.")
    assert steps.import_button.text() == "Importer des clients…"


def test_the_sentences_are_translated(qtbot, ctx, marked) -> None:  # noqa: ANN001
    page = DashboardPage(ctx)
    qtbot.addWidget(page)

    assert page.first_steps.sentence.text() == f"[FirstSteps] {IMPORT_FIRST}"


def test_the_demo_dashboard_has_no_first_steps(qtbot, demo_workspace) -> None:
    window = shown_demo_window(qtbot, demo_workspace, LAPTOP)

    assert not _dashboard(window).first_steps.isVisible()


def test_in_english(qtbot, ctx, english) -> None:  # noqa: ANN001
    steps = _dashboard(_window(qtbot, ctx)).first_steps

    assert steps.sentence.text() == ("To begin, import your suppliers, then create a "
                                     "relationship with one of them.")
    assert steps.import_button.text() == "Import suppliers…"
