"""« Besoin et présélection »: a « Montant estimé » of a billion euros or more is refused with a
message already on « Présélectionner », and when the sourcing starts (typed after the
shortlist), instead of crashing on SQLite's integer limit and closing."""

from __future__ import annotations

from srm_inclusif.storage.services.relationships import list_relationships
from tests.ui.need_forms import need_form


def test_a_huge_estimated_amount_is_refused_and_kept(qtbot, workspace, monkeypatch,
                                                      french) -> None:
    warned: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.sourcing.need_dialog.QMessageBox.warning",
                        lambda *args: warned.append(args[2]))
    dialog = need_form(qtbot, workspace, monkeypatch)
    dialog.rank_button.click()
    dialog.table.selectRow(0)
    dialog.amount_edit.setText("99999999999999999999")  # typed after the shortlist
    dialog.start_button.click()
    assert len(warned) == 1
    assert warned[0].startswith("Montant estimé\u00a0: ")
    assert warned[0].endswith(", un milliard d'euros ou plus. Vérifiez le nombre de zéros.")
    assert dialog.isVisible()
    assert dialog.amount_edit.text() != ""  # what was typed stays, to be corrected
    assert list_relationships(workspace.engine) == []


def test_a_huge_estimated_amount_is_refused_before_the_shortlist(qtbot, workspace, monkeypatch,
                                                                  french) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    dialog.amount_edit.setText("99999999999999999999")
    dialog.rank_button.click()
    said = dialog.summary.text()
    assert said.startswith("Montant estimé\u00a0: ")  # the words « Démarrer le sourcing » says
    assert said.endswith(", un milliard d'euros ou plus. Vérifiez le nombre de zéros.")
    assert dialog.table.rowCount() == 0
    assert not dialog.start_button.isEnabled()
    assert dialog.focusWidget() is dialog.amount_edit
