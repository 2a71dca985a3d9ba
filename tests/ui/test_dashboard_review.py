"""Dashboard as a user reads it on a laptop: whole names in the open actions, buttons that act
on what is selected, and empty panels that say what to do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle

from srm_inclusif.ui.models.action_table import COL_COUNTERPARTY, COL_OWNER, COL_TEXT
from srm_inclusif.ui.table_view import columns_outside
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def todo(request, qtbot, demo_workspace, language):  # noqa: ANN001, ANN201
    window = shown_demo_window(qtbot, demo_workspace, request.param)
    panel = window.show_page("dashboard").todo_panel
    QApplication.processEvents()
    qtbot.waitUntil(lambda: panel.actions_view.viewport().width() > 0)
    return panel


def _cut_cells(view, column: int) -> list[str]:  # noqa: ANN001
    """The texts of ``column`` that its cells cannot show whole on the row's lines."""
    fm = view.fontMetrics()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    width = view.columnWidth(column) - margin
    cut = []
    for row in range(view.model().rowCount()):
        text = str(view.model().index(row, column).data())
        needed = fm.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
        too_wide = any(fm.horizontalAdvance(word) > width for word in text.split())
        if too_wide or needed.height() > view.rowHeight(row):
            cut.append(text)
    return cut


def test_open_actions_show_structures_and_owners_whole(todo) -> None:
    view = todo.actions_view
    assert view.model().rowCount() == 4
    # « Coopérative Traiteur Lorgemont 113 » showed as « Coopérat… Traiteur … », « Claire
    # Fontai… » in English: the action's text took the width.
    assert _cut_cells(view, COL_COUNTERPARTY) == []
    assert _cut_cells(view, COL_OWNER) == []
    assert view.columnWidth(COL_TEXT) >= 9 * view.fontMetrics().averageCharWidth()
    assert columns_outside(view) == []
    assert not view.horizontalScrollBar().isVisible()


def test_chart_selectors_go_on_two_rows_rather_than_squeeze_the_todo_panel(qtbot, ctx) -> None:
    from srm_inclusif.ui.pages.charts_panel import ChartsPanel

    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1200, 600)
    panel.show()
    combos = [combo for _caption, combo in panel.selector_pairs]
    rows = lambda: {combo.geometry().top() for combo in combos}  # noqa: E731
    qtbot.waitUntil(lambda: len(rows()) == 1)
    # the four French selectors took some 670 pixels, which the to-do panel then lacked
    assert panel.minimumWidth() < 560
    panel.resize(panel.minimumWidth(), 600)
    qtbot.waitUntil(lambda: len(rows()) == 2)
    for combo in combos:
        assert combo.geometry().right() <= panel.width()
        assert combo.width() >= combo.sizeHint().width()  # whole, not squeezed


def test_a_new_workspace_dashboard_says_to_import_spend(qtbot, ctx) -> None:
    from srm_inclusif.ui.pages.charts_panel import ChartsPanel

    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    # it read « Achats inclusifs : 0 € HT sur 0 € (non calculable) »
    assert panel.summary_label.text() == (
        "Importez vos dépenses depuis la page Imports / exports pour suivre vos achats "
        "inclusifs : aucune dépense du 01/01/2026 au 31/12/2026.")
    family = [t.get_text() for t in panel.charts["family"].axes.texts if t.get_text()]
    assert family[1].startswith("Importez vos fournisseurs et vos dépenses")


def test_no_open_action_says_how_to_add_one(qtbot, ctx) -> None:
    from datetime import date

    from srm_inclusif.storage.changes import Changes
    from srm_inclusif.storage.services.actions import create_action
    from srm_inclusif.storage.services.relationships import create_relationship
    from srm_inclusif.ui.pages.todo_panel import TodoPanel
    from tests.lifecycle_support import add_counterparty

    panel = TodoPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.no_actions_label.isVisible()  # an empty table with bare headers before
    assert not panel.actions_view.isVisible()
    assert panel.no_actions_label.text().startswith("Aucune action ouverte. Sur la page "
                                                    "Relations, « Action… » en note une")
    rel = create_relationship(ctx.engine, counterparty_id=add_counterparty(
        ctx.engine, "Envie Nord", "EI"), on=date(2026, 1, 1)).id
    create_action(ctx.engine, text="Envoyer le bilan", relationship_id=rel)
    panel.refresh(Changes(actions={1}))
    assert panel.actions_view.isVisible()
    assert not panel.no_actions_label.isVisible()


def test_dashboard_title_without_an_organisation_name_has_no_dangling_dash(qtbot, ctx) -> None:
    from srm_inclusif.storage.changes import Changes
    from srm_inclusif.storage.services.settings import update_settings
    from srm_inclusif.ui.pages.dashboard_page import DashboardPage

    update_settings(ctx.engine, organisation_name="")
    ctx.notify(Changes(settings=True))
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.title_label.text() == "Tableau de bord"  # it read « Tableau de bord — »
    update_settings(ctx.engine, organisation_name="Mairie de Test")
    ctx.data_changed.connect(page.refresh)
    ctx.notify(Changes(settings=True))
    assert page.title_label.text() == "Tableau de bord — Mairie de Test"


def test_an_empty_chart_cannot_be_saved_or_copied(qtbot) -> None:
    from PySide6.QtWidgets import QToolButton

    from srm_inclusif.charts import lifecycle
    from srm_inclusif.ui.chart_view import ChartView

    view = ChartView("pipeline", "Relations par étape")
    qtbot.addWidget(view)
    view.show()
    buttons = view.findChildren(QToolButton)
    view.draw(lifecycle.draw_pipeline, {})
    view.flush()
    # « Enregistrer l'image » saved a picture of « Aucune relation »
    assert [b.isEnabled() for b in buttons] == [False, False]
    view.draw(lifecycle.draw_pipeline, {"sourcing": 3})
    view.flush()
    assert [b.isEnabled() for b in buttons] == [True, True]


def test_no_reminder_says_what_will_come_there(qtbot, ctx) -> None:
    from srm_inclusif.ui.pages.todo_panel import TodoPanel

    panel = TodoPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.summary.text() == "Rien à faire pour le moment."
    # an empty white box stood under it
    assert not panel.items.isVisible()
    assert panel.no_reminders_label.isVisible()
    assert "fin d'un contrat ou d'un marché test" in panel.no_reminders_label.text()


def test_reminders_replace_the_sentence(qtbot, demo_ctx) -> None:
    from srm_inclusif.ui.pages.todo_panel import TodoPanel

    panel = TodoPanel(demo_ctx)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.items.isVisible()
    assert not panel.no_reminders_label.isVisible()
