"""The imports page as a user reads it: the words of the profile, a first-time page that says
what to do, a history that fits a laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.pages.imports_page import ImportsPage
from srm_inclusif.ui.table_view import columns_outside
from tests.ui.conftest import LAPTOP_SCREENS, shown_demo_window


def test_a_structure_inclusive_imports_its_clients(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    # the File menu said « Importer des clients… », the page « Importer des fournisseurs… »
    assert page.suppliers_button.text() == "Importer des clients…"


def test_a_buyer_imports_suppliers(qtbot, ctx) -> None:
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    assert page.suppliers_button.text() == "Importer des fournisseurs…"


@pytest.mark.parametrize(("profile", "words"), [(Profile.ACHETEUR, "Import suppliers…"),
                                               (Profile.STRUCTURE_INCLUSIVE, "Import clients…")])
def test_the_import_button_speaks_english(qtbot, english, ctx, profile, words) -> None:
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    assert page.suppliers_button.text() == words  # the File menu's words, without its Alt letter


def test_a_first_time_page_says_what_each_import_reads(qtbot, ctx) -> None:
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import IMPORT_FIXTURES

    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    # two empty tables and « Sélectionnez un import… » with nothing to select before
    assert page.empty_label.isVisible()
    assert not page.batch_view.isVisible()
    assert page.empty_label.text().startswith(
        "Aucun import pour le moment. « Importer des fournisseurs… » lit un annuaire")
    import_files(ctx.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    page.refresh(Changes(imports={1}))
    assert page.batch_view.isVisible()
    assert not page.empty_label.isVisible()


@pytest.fixture(params=LAPTOP_SCREENS, ids=lambda size: f"{size[0]}x{size[1]}")
def laptop_page(request, qtbot, demo_workspace, language):  # noqa: ANN001, ANN201
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import IMPORT_FIXTURES

    import_files(demo_workspace.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    window = shown_demo_window(qtbot, demo_workspace, request.param)
    page = window.show_page("imports")
    QApplication.processEvents()
    qtbot.waitUntil(lambda: page.batch_view.viewport().width() > 0)
    return page


def test_the_import_history_fits_a_laptop_screen(laptop_page) -> None:
    page = laptop_page
    assert page.issues.rowCount() > 0  # the newest import, selected, has rows to check
    for view in (page.batch_view, page.issue_view):
        # « Conflits » was cut off at the right, behind a sideways scroll bar
        assert columns_outside(view) == []
        assert not view.horizontalScrollBar().isVisible()


def test_the_first_time_sentence_sits_under_the_buttons(qtbot, ctx) -> None:
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    # the title, the buttons and the count were spread over the whole height
    gap = page.empty_label.geometry().top() - page.suppliers_button.geometry().bottom()
    assert gap < 60


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)], ids=["1024x600", "1280x720"])
def test_file_names_keep_a_readable_column(qtbot, demo_workspace, language, size) -> None:  # noqa: ANN001
    """At 1024 px the « Fichier » column fell to 25 px, its title shown as « :hie »."""
    from srm_inclusif.ui.models.import_batch_table import COL_FILES

    window = shown_demo_window(qtbot, demo_workspace, size)
    page = window.show_page("imports")
    QApplication.processEvents()
    view = page.batch_view
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    title = view.model().headerData(COL_FILES, Qt.Orientation.Horizontal)
    assert view.columnWidth(COL_FILES) >= view.horizontalHeader().fontMetrics().horizontalAdvance(
        title)
    assert view.columnWidth(COL_FILES) >= page.batch_fit.least_width()


def _whole_rows_shown(view) -> int:  # noqa: ANN001
    """How many rows of ``view`` its viewport shows whole."""
    height, shown = view.viewport().height(), 0
    for row in range(view.model().rowCount()):
        if view.rowViewportPosition(row) + view.rowHeight(row) > height:
            break
        shown += 1
    return shown


def test_rows_to_check_get_their_room_back_after_an_import_without_any(
        qtbot, demo_workspace) -> None:  # noqa: ANN001
    """The demo's import has nothing to check: its sentence alone took the lower pane. The next
    import's rows to check were then shown one at a time, until the divider was dragged."""
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import ERP_SPEND

    window = shown_demo_window(qtbot, demo_workspace, (1280, 720))
    page = window.show_page("imports")
    QApplication.processEvents()
    assert page.issue_view.isHidden()  # « rien à vérifier »
    import_files(demo_workspace.engine, [ERP_SPEND], ImportSettings())
    window.ctx.notify(Changes(imports={2}))
    QApplication.processEvents()

    assert _whole_rows_shown(page.issue_view) == page.issues.rowCount() >= 2


def test_a_divider_the_user_moved_stays_where_she_put_it(qtbot, demo_workspace) -> None:  # noqa: ANN001
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import ERP_SPEND

    import_files(demo_workspace.engine, [ERP_SPEND], ImportSettings())
    window = shown_demo_window(qtbot, demo_workspace, (1280, 720))
    page = window.show_page("imports")
    QApplication.processEvents()
    total = sum(page.splitter.sizes())
    page.splitter.moveSplitter(total // 4, 1)  # as a drag does: more room for the rows
    chosen = page.splitter.sizes()
    page.batch_view.selectRow(1)  # the demo's import: nothing to check
    QApplication.processEvents()
    page.batch_view.selectRow(0)
    QApplication.processEvents()

    assert page.splitter.sizes() == chosen
