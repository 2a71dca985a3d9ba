"""« Bilans d'impact »: a client's reports added, changed and removed as undo steps, the rate of
sorties dynamiques said while the exits are typed, and a report exported for the client."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QSpinBox

from srm_inclusif.core.impact import ExitCategory, ExitCounts, ImpactFigures
from srm_inclusif.exchange.impact_xlsx import RATE_ROW
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.impact_reports import add_impact_report, list_impact_reports
from srm_inclusif.ui.impact_dialog import ImpactReportsDialog
from srm_inclusif.ui.impact_form import ImpactReportForm, rate_sentence
from srm_inclusif.ui.mnemonics import labels_leading_to
from tests.conftest import DEMO_TODAY
from tests.ui.conftest import letters_shown

FIGURES = ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=12,
                        hours_worked=Decimal("3450.5"),
                        exits=ExitCounts(durable=3, transition=2, positive=1, other=4))


@pytest.fixture
def client(ctx) -> int:  # noqa: ANN001
    return create_counterparty(ctx.engine, values={"name": "Groupe Horizon"}).id


@pytest.fixture
def dialog(qtbot, ctx, client) -> ImpactReportsDialog:  # noqa: ANN001
    opened = ImpactReportsDialog(ctx, counterparty_id=client)
    qtbot.addWidget(opened)
    return opened


def _type(qtbot, spin: QSpinBox, text: str) -> None:  # noqa: ANN001
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)


def _cells(dialog: ImpactReportsDialog) -> list[list[str]]:
    tree = dialog.report_list
    return [[tree.topLevelItem(row).text(c) for c in range(tree.columnCount())]
            for row in range(tree.topLevelItemCount())]


def test_a_report_typed_in_the_form_shows_its_rate_and_is_listed(
        qtbot, monkeypatch, dialog, ctx, client) -> None:  # noqa: ANN001
    said: list[str] = []

    def fill(form: ImpactReportForm) -> int:
        _type(qtbot, form.people_spin, "12")
        form.hours_edit.lineEdit().selectAll()
        qtbot.keyClicks(form.hours_edit.lineEdit(), "3 450,5")
        said.append(form.rate_label.text())
        for category, count in zip(ExitCategory, ("3", "2", "1", "4"), strict=True):
            _type(qtbot, form.exit_spins[category], count)
        said.append(form.rate_label.text())
        form.accept()
        return int(form.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ImpactReportForm, "exec", fill)
    dialog.add_button.click()

    assert said == ["Sorties dynamiques : — (aucune sortie)",
                    "Sorties dynamiques : 60,00\u00a0% sur 10 sorties (emploi durable : 3, "
                    "emploi de transition : 2, sortie positive : 1)"]
    [report] = list_impact_reports(ctx.engine, counterparty_id=client)
    assert report.figures.people == 12
    assert report.figures.hours_worked == Decimal("3450.5")
    assert report.figures.exits == ExitCounts(durable=3, transition=2, positive=1, other=4)
    assert _cells(dialog) == [[f"01/01/2026 – {DEMO_TODAY:%d/%m/%Y}", "12", "3\u202f450,5\u00a0h",
                               "0\u00a0h", "10", "60,00\u00a0%"]]


def test_more_exits_than_people_are_refused_in_the_form(qtbot, monkeypatch, dialog, ctx,
                                                        client) -> None:  # noqa: ANN001
    def fill(form: ImpactReportForm) -> int:
        _type(qtbot, form.people_spin, "1")
        _type(qtbot, form.exit_spins[ExitCategory.OTHER], "2")
        form.accept()
        assert form.error_label.text().startswith(
            "Les sorties (2) dépassent les personnes employées sur la mission (1)")
        return int(form.result() == QDialog.DialogCode.Accepted)

    monkeypatch.setattr(ImpactReportForm, "exec", fill)
    dialog.add_button.click()
    assert list_impact_reports(ctx.engine, counterparty_id=client) == []


def test_one_exit_is_said_in_the_singular_and_none_gives_no_rate() -> None:
    assert rate_sentence(ExitCounts(durable=1)) == (
        "Sorties dynamiques : 100,00\u00a0% sur 1 sortie (emploi durable : 1, "
        "emploi de transition : 0, sortie positive : 0)")
    assert rate_sentence(ExitCounts()) == "Sorties dynamiques : — (aucune sortie)"


def test_an_edit_and_a_deletion_are_undone_step_by_step(qtbot, monkeypatch, dialog, ctx,
                                                        client) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client, figures=FIGURES)
    dialog.reload()

    def more_people(form: ImpactReportForm) -> int:
        _type(qtbot, form.people_spin, "20")
        form.accept()
        return 1

    monkeypatch.setattr(ImpactReportForm, "exec", more_people)
    dialog.edit_button.click()
    assert _cells(dialog)[0][1] == "20"
    asked: list[bool] = []
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.asked",
                        lambda *_args, default_yes: asked.append(default_yes) or True)
    dialog.delete_button.click()
    assert (asked, _cells(dialog)) == ([False], [])
    ctx.undo_stack.undo()
    assert _cells(dialog)[0][1] == "20"
    ctx.undo_stack.undo()
    assert _cells(dialog)[0][1] == "12"


def test_the_deletion_waits_for_a_yes(monkeypatch, dialog, ctx, client) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client, figures=FIGURES)
    dialog.reload()
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.asked", lambda *_a, **_k: False)
    dialog.delete_button.click()
    assert len(list_impact_reports(ctx.engine, counterparty_id=client)) == 1


def test_the_export_writes_the_report_for_the_client(monkeypatch, dialog, ctx, client,
                                                     tmp_path: Path) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client, figures=FIGURES)
    dialog.reload()
    suggested: list[str] = []

    def save_as(_parent, _title, name, _filter):  # noqa: ANN001, ANN202
        suggested.append(name)
        return str(tmp_path / name), ""

    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name", save_as)
    dialog.export_button.click()
    assert suggested == ["bilan-impact-groupe-horizon-2026-01-2026-06.xlsx"]
    sheet = load_workbook(tmp_path / suggested[0])["Bilan d'impact"]
    assert sheet[f"C{RATE_ROW}"].value == 0.6
    assert suggested[0] in dialog.status_label.text()


def test_without_a_client_nothing_can_be_added(qtbot, ctx, client) -> None:  # noqa: ANN001
    opened = ImpactReportsDialog(ctx)
    qtbot.addWidget(opened)
    assert not opened.add_button.isEnabled()
    assert opened.hint_label.text() == "Choisissez un client pour voir ses bilans."
    opened.client_combo.setCurrentIndex(opened.client_combo.findData(client))
    assert opened.add_button.isEnabled()
    assert opened.hint_label.text() == "Aucun bilan pour ce client : « Ajouter… » en crée un."


def test_every_field_and_button_has_its_own_alt_letter(qtbot, dialog) -> None:  # noqa: ANN001
    letters = letters_shown(dialog)
    assert len(letters) == len(set(letters)) >= 6
    form = ImpactReportForm(FIGURES, lambda _f: True, client="Groupe Horizon")
    qtbot.addWidget(form)
    letters = letters_shown(form)
    assert len(letters) == len(set(letters)) == 10  # each field; Entrée and Échap close
    assert form.exit_spins[ExitCategory.DURABLE].toolTip().startswith("CDI")
    assert form.exit_spins[ExitCategory.DURABLE].focusPolicy() != Qt.FocusPolicy.NoFocus


def test_enter_edits_and_delete_asks_from_the_list(qtbot, monkeypatch, dialog, ctx,
                                                   client) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client, figures=FIGURES)
    dialog.reload()
    opened: list[str] = []
    monkeypatch.setattr(ImpactReportForm, "exec",
                        lambda form: opened.append(form.windowTitle()) or 0)
    asked: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.asked",
                        lambda _parent, _title, question, **_k: asked.append(question) or False)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.report_list.setFocus()
    qtbot.waitUntil(dialog.report_list.hasFocus)
    qtbot.keyClick(dialog.report_list, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.report_list, Qt.Key.Key_Delete)
    assert opened == ["Modifier le bilan d'impact — Groupe Horizon"]
    assert asked == ["Supprimer le bilan d'impact 01/01/2026 – 30/06/2026 de « Groupe Horizon » ? "
                     "Ctrl+Z le remet."]
    assert dialog.isVisible()


def test_every_text_reaches_the_translator(qtbot, marked, ctx, client) -> None:  # noqa: ANN001
    add_impact_report(ctx.engine, counterparty_id=client,
                      figures=ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=2))
    opened = ImpactReportsDialog(ctx, counterparty_id=client)
    qtbot.addWidget(opened)
    header = opened.report_list.headerItem()
    texts = [header.text(c) for c in range(opened.report_list.columnCount())]
    texts += [opened.windowTitle(), opened.report_list.topLevelItem(0).text(5),
              opened.definition_label.text()]
    texts += [b.text() for b in (opened.add_button, opened.edit_button, opened.delete_button,
                                 opened.export_button)]
    form = ImpactReportForm(FIGURES, lambda _f: True, client="Groupe Horizon", parent=opened)
    texts += [form.rate_label.text(), form.exits_box.title(),
              *(form.exit_spins[c].toolTip() for c in ExitCategory)]
    texts += [label.text() for label in labels_leading_to(form.exit_spins.values())]
    assert [t for t in texts if "[" not in t] == []


def test_the_focus_starts_on_the_given_clients_reports(qtbot, ctx, client) -> None:  # noqa: ANN001
    for given, expected in ((client, "impactReportList"), (None, "impactClient")):
        opened = ImpactReportsDialog(ctx, counterparty_id=given)
        qtbot.addWidget(opened)
        opened.show()
        qtbot.waitExposed(opened)
        focused = opened.focusWidget()
        assert expected in (focused.objectName(), focused.parent().objectName())
