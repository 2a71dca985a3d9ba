"""Paramètres datés: labels, not internal names; rates in %; euros; a question before deleting."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from srm_inclusif.storage.services.parameters import PARAMETER_KINDS, list_parameters
from srm_inclusif.ui import parameters_dialog as module
from srm_inclusif.ui.parameters_dialog import ParametersDialog

Button = QMessageBox.StandardButton


@pytest.fixture
def dialog(qtbot, ctx) -> ParametersDialog:  # noqa: ANN001
    shown = ParametersDialog(ctx)
    qtbot.addWidget(shown)
    return shown


def _rows(dialog: ParametersDialog) -> list[tuple[str, ...]]:
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(table.columnCount()))
            for row in range(table.rowCount())]


def _select(dialog: ParametersDialog, label: str, day: str) -> None:
    row = next(i for i, cells in enumerate(_rows(dialog)) if cells[:2] == (label, day))
    dialog.table.selectRow(row)


def _stored(ctx, name: str) -> list[Decimal]:  # noqa: ANN001
    return [p.value for p in list_parameters(ctx.engine) if p.name == name]


def test_no_internal_name_nor_fraction_is_shown(dialog) -> None:
    rows = _rows(dialog)
    shown = " ".join(" ".join(cells) for cells in rows)
    assert not any(name in shown for name in PARAMETER_KINDS)  # « oeth_coef_20_249 »…
    values = {cells[0]: cells[2] for cells in rows}
    assert values["Taux d'emploi obligatoire"] == "6\u00a0%"  # was « 0,06 »
    assert values["Plafond de déduction sous le seuil d'emploi direct"] == "50\u00a0%"
    assert values["Part déductible du coût de main-d'œuvre"] == "30\u00a0%"
    assert values["Coefficient, 20 à 249 salariés"] == "400 × SMIC horaire"
    assert values["Surcontribution"] == "1\u202f500 × SMIC horaire"
    assert rows[2][:3] == ("SMIC horaire brut", "01/01/2026", "12,02\u00a0€")
    assert rows[0][0] == "SMIC horaire brut"  # listed first, then the OETH rate and coefficients


def test_english_writes_rates_and_euros_the_english_way(qtbot, ctx, english) -> None:
    dialog = ParametersDialog(ctx)
    qtbot.addWidget(dialog)
    values = {cells[0]: cells[2] for cells in _rows(dialog)}
    assert values["Mandatory employment rate"] == "6%"
    assert values["Surcontribution"] == "1,500 × hourly SMIC"
    assert "€12.02" in values.values()


def test_a_rate_is_typed_in_percent_and_stored_as_a_fraction(dialog, ctx, monkeypatch) -> None:
    asked: list[tuple[str, str]] = []

    def answer(_parent, _title, label, text="") -> tuple[str, bool]:  # noqa: ANN001
        asked.append((label, text))
        return "7", True

    monkeypatch.setattr(module, "ask_text", answer)
    _select(dialog, "Taux d'emploi obligatoire", "01/01/2020")
    dialog.edit_button.click()
    assert asked == [("Taux d'emploi obligatoire au 01/01/2020, en % (6 pour 6 %) :", "6")]
    assert _stored(ctx, "oeth_taux_emploi") == [Decimal("0.07")]
    assert ctx.undo_stack.undo_text() == "Modifier « Taux d'emploi obligatoire »"
    ctx.undo_stack.undo()
    assert _stored(ctx, "oeth_taux_emploi") == [Decimal("0.06")]


def test_an_amount_is_typed_in_euros(dialog, ctx, monkeypatch) -> None:
    asked: list[str] = []

    def answer(_parent, _title, label, text="") -> tuple[str, bool]:  # noqa: ANN001
        asked.append(label)
        return "12,10", True

    monkeypatch.setattr(module, "ask_text", answer)
    _select(dialog, "SMIC horaire brut", "01/01/2026")
    dialog.edit_button.click()
    assert asked == ["SMIC horaire brut au 01/01/2026, en euros :"]
    assert _stored(ctx, "smic_horaire")[-1] == Decimal("12.10")


def test_a_new_rate_is_typed_in_percent(dialog, ctx, monkeypatch) -> None:
    seen: dict[str, object] = {}

    def fill(new) -> int:  # noqa: ANN001
        new.name_combo.setCurrentText("Part déductible du coût de main-d'œuvre")
        seen["unit"] = new.unit_label.text()
        new.value_edit.setText("35 %")
        new.date_edit.set_day(date(2027, 1, 1))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.NewValueDialog, "exec", fill)
    dialog.add_button.click()
    assert seen["unit"] == "en % (6 pour 6 %)"
    assert _stored(ctx, "oeth_taux_deduction") == [Decimal("0.30"), Decimal("0.35")]
    assert ctx.undo_stack.undo_text() == (
        "Ajouter une valeur de « Part déductible du coût de main-d'œuvre »")


def test_a_clash_names_the_parameter_by_its_label(dialog, monkeypatch, warnings) -> None:
    monkeypatch.setattr(module, "QMessageBox", warnings)
    dialog.add_value("smic_horaire", "13", date(2026, 1, 1))
    assert warnings.shown == ["« SMIC horaire brut » a déjà une valeur au 01/01/2026."]


@pytest.mark.parametrize(("answer", "left"), [(Button.No, 3), (Button.Yes, 2)])
def test_delete_asks_naming_the_value_and_its_date(dialog, ctx, monkeypatch, answer, left) -> None:
    asked: list[tuple[str, object]] = []

    def question(_parent, _title, text, _buttons, default):  # noqa: ANN001, ANN202
        asked.append((text, default))
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    _select(dialog, "SMIC horaire brut", "01/01/2026")
    dialog.delete_button.click()
    assert asked == [(
        "Supprimer la valeur de « SMIC horaire brut » en vigueur depuis le 01/01/2026 "
        "(12,02\u00a0€) ? Vous pourrez annuler avec Ctrl+Z.", Button.No)]
    assert len(_stored(ctx, "smic_horaire")) == left
    if answer == Button.Yes:
        assert ctx.undo_stack.undo_text() == "Supprimer une valeur de « SMIC horaire brut »"


def test_ctrl_z_in_the_dialog_puts_a_deleted_value_back(dialog, ctx, qtbot, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: Button.Yes)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    _select(dialog, "SMIC horaire brut", "01/01/2026")
    dialog.delete_button.click()
    assert len(_stored(ctx, "smic_horaire")) == 2
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(_stored(ctx, "smic_horaire")) == 3  # as the question promised
    assert ("SMIC horaire brut", "01/01/2026", "12,02\u00a0€", "") in _rows(dialog)


def test_a_new_value_starts_on_the_selected_parameter(dialog, monkeypatch) -> None:
    seen: list[tuple[str, str]] = []

    def look(new) -> int:  # noqa: ANN001
        seen.append((new.name_combo.currentText(), new.unit_label.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(module.NewValueDialog, "exec", look)
    dialog.add_button.click()  # nothing selected: the first one
    _select(dialog, "Taux d'emploi obligatoire", "01/01/2020")
    dialog.add_button.click()
    assert seen == [("SMIC horaire brut", "en euros"),
                    ("Taux d'emploi obligatoire", "en % (6 pour 6 %)")]
