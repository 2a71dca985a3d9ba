"""Lists of the dashboard and the imports page have a name a screen reader reads out, in the
UI language."""

from __future__ import annotations

from srm_inclusif.ui.pages.imports_page import ImportsPage
from srm_inclusif.ui.pages.todo_panel import TodoPanel


def test_lists_are_named_in_the_ui_language(qtbot, marked, ctx) -> None:
    panel = TodoPanel(ctx)
    page = ImportsPage(ctx)
    qtbot.addWidget(panel)
    qtbot.addWidget(page)
    # the tables were read out as nameless « table »
    assert panel.actions_view.accessibleName() == "[TodoPanel] Actions ouvertes"
    assert page.batch_view.accessibleName() == "[ImportsPage] Historique des imports"
    assert page.issue_view.accessibleName() == (
        "[ImportsPage] Lignes à vérifier de l'import choisi")
