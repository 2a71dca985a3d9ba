"""What the visual review of the screens fixed: texts that reach the translator, empty panels
that say why they are empty, questions opened wide enough to read.

The translated texts are checked with a marking translator ("[context] source"): a text that
comes out marked is asked of the catalogue in that context, so that lupdate collects it and the
English UI shows it translated.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QToolButton

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.relationships import list_relationships
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import LAPTOP_DIALOG_ROOM


def test_objective_table_headers_are_translated(marked) -> None:
    from srm_inclusif.ui.models.objectives_table import ObjectivesTableModel

    model = ObjectivesTableModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "[ObjectivesTableModel] Objectif"
    assert headers[-1] == "[ObjectivesTableModel] Paiement pondéré"
    assert all(h.startswith("[ObjectivesTableModel] ") for h in headers)


def test_card_check_boxes_are_translated(qtbot, marked) -> None:
    from srm_inclusif.ui.counterparty_card.identity_form import IdentityForm

    form = IdentityForm()
    qtbot.addWidget(form)
    assert form.flags["is_qpv"].text() == "[IdentityForm] En quartier prioritaire (QPV)"
    assert form.flags["is_zrr"].text() == "[IdentityForm] En zone de revitalisation rurale (ZRR)"
    assert form.flags["active"].text() == "[IdentityForm] Fiche active"


def test_merge_dialog_names_the_fields_in_the_ui_language(qtbot, workspace, marked, ctx) -> None:
    from PySide6.QtWidgets import QLabel

    from srm_inclusif.ui.merge_dialog import MergeDialog

    engine = workspace.engine
    keep = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    drop = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon 3e"}).id
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.scroll.widget().findChildren(QLabel)]
    assert "[CounterpartyFields] Ville" in texts


def test_snooze_choices_are_translated(qtbot, marked, demo_ctx) -> None:
    from srm_inclusif.ui.pages.todo_panel import TodoPanel

    panel = TodoPanel(demo_ctx)
    qtbot.addWidget(panel)
    button = panel.findChild(QToolButton, "snoozeButton")
    assert [a.text() for a in button.menu().actions()] == [
        "[TodoPanel] Demain", "[TodoPanel] Dans une semaine", "[TodoPanel] Dans un mois"]


def test_chart_saved_in_the_translated_format_chosen(qtbot, marked, tmp_path, monkeypatch) -> None:
    from srm_inclusif.ui.chart_view import ChartView

    view = ChartView("essai", "Essai")
    qtbot.addWidget(view)
    seen: dict[str, str] = {}

    def choose_svg(_parent, _title, _name, filters):  # noqa: ANN001, ANN202
        seen["filters"] = filters
        return str(tmp_path / "graphique"), "[ChartView] Image vectorielle SVG (*.svg)"

    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name", choose_svg)
    saved: list[Path] = []
    monkeypatch.setattr(view, "save_to", saved.append)
    view._on_save()
    assert seen["filters"].split(";;")[0] == "[ChartView] Image PNG (*.png)"
    assert saved == [tmp_path / "graphique.svg"]


def test_relationship_without_contract_or_action_says_so(qtbot, workspace, ctx) -> None:
    from srm_inclusif.storage.services.relationships import create_relationship
    from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail

    engine = workspace.engine
    counterparty = create_counterparty(engine, values={"name": "Atelier Bleu"}).id
    create_relationship(engine, counterparty_id=counterparty, on=DEMO_TODAY)
    [relationship] = list_relationships(engine)
    detail = RelationshipDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_relationship(relationship.id)
    assert detail.contracts.item(0).text() == "Aucun contrat ni marché test pour l'instant."
    assert detail.actions.item(0).text().startswith("Aucune action pour l'instant")
    assert not detail.contracts.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert detail.selected_contract_id() is None


def test_contract_feedback_panel_explains_its_empty_view(qtbot, demo_ctx) -> None:
    from srm_inclusif.ui.pages.contracts_page import ContractsPage

    page = ContractsPage(demo_ctx)
    qtbot.addWidget(page)
    page.feedback.show_contract(None)
    assert page.feedback.view.placeholderText().startswith("Choisissez un contrat")
    for row in range(page.model.rowCount()):  # a contract without feedback (the demo has some)
        page.feedback.show_contract(page.model.contract_at(row).id)
        if page.feedback.list.count() == 0:
            break
    assert page.feedback.list.count() == 0
    assert page.feedback.view.placeholderText().startswith("Aucun retour d'expérience")


def test_shortlists_dialog_without_lists_says_how_to_make_one(qtbot, ctx) -> None:
    from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

    dialog = ShortlistsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty_hint.isVisible()
    assert "Ajouter à une liste" in dialog.empty_hint.text()
    assert not dialog.export_button.isEnabled()
    assert not dialog.remove_button.isEnabled()


def test_one_line_questions_open_wide_enough(qtbot) -> None:
    from srm_inclusif.ui.prompts import MIN_WIDTH, ask_text

    widths: list[int] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, answer)
            return
        widths.append(dialog.width())
        dialog.accept()

    QTimer.singleShot(0, answer)
    value, ok = ask_text(None, "Enregistrer la recherche", "Nom de la recherche :", "Nettoyage")
    assert (value, ok) == ("Nettoyage", True)
    assert widths[0] >= MIN_WIDTH


def test_dashboard_charts_go_one_per_row_when_two_would_clip(qtbot, ctx) -> None:
    from srm_inclusif.ui.pages.charts_panel import CHART_MIN_WIDTH, ChartsPanel

    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(2 * CHART_MIN_WIDTH + 200, 600)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()

    def columns_used() -> set[int]:
        return {panel.grid.getItemPosition(panel.grid.indexOf(v))[1]
                for v in panel.charts.values()}

    qtbot.waitUntil(lambda: columns_used() == {0, 1})
    panel.resize(2 * CHART_MIN_WIDTH - 40, 600)  # a 1280 px laptop beside the to-do list
    qtbot.waitUntil(lambda: columns_used() == {0})
    # once the grid has laid the charts out again, one per row, each at least its width
    qtbot.waitUntil(lambda: all(view.width() >= CHART_MIN_WIDTH
                                for view in panel.charts.values()))
    panel.resize(2 * CHART_MIN_WIDTH + 200, 600)
    qtbot.waitUntil(lambda: columns_used() == {0, 1})


def test_big_dialogs_open_within_the_screen(qtbot, demo_workspace, demo_ctx) -> None:
    from srm_inclusif.core.search_query import CounterpartyFilter
    from srm_inclusif.storage.services.counterparties import search_counterparties
    from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard
    from srm_inclusif.ui.sizing import FRAME_MARGIN
    from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

    area = QApplication.primaryScreen().availableGeometry()
    first = search_counterparties(demo_workspace.engine, flt=CounterpartyFilter(),
                                  today=DEMO_TODAY, limit=1)[0]
    for dialog in (CardDialog(demo_ctx, first.id), NeedDialog(demo_ctx),
                   ImportWizard(demo_ctx, None)):
        qtbot.addWidget(dialog)
        assert dialog.height() <= area.height() - FRAME_MARGIN
        assert dialog.width() <= area.width()
        # what they hold fits a 1280 × 720 laptop too (not only this test screen)
        assert dialog.minimumSizeHint().width() <= LAPTOP_DIALOG_ROOM[0], type(dialog)
        assert dialog.minimumSizeHint().height() <= LAPTOP_DIALOG_ROOM[1], type(dialog)


def test_oeth_dialog_fits_a_laptop_screen_in_french(qtbot, demo_ctx) -> None:
    from srm_inclusif.ui.oeth_dialog import OethDialog

    dialog = OethDialog(demo_ctx)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= 1000  # was 1142: the check box widened the form
