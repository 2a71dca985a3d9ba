"""The contract, relationship and feedback forms from the keyboard: Alt+letter reaches a field."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QGroupBox, QLabel

from srm_inclusif.core.vocabulary import criterion_label
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.lifecycle_support import add_counterparty
from tests.ui.conftest import press_alt


def _shown(qtbot, dialog: QDialog) -> QDialog:  # noqa: ANN001
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    return dialog


def _letters(dialog: QDialog) -> dict[str, str]:
    """Each Alt key and the text underlining it; fails when two texts share one."""
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
    texts += [button.text() for button in dialog.findChildren(QAbstractButton)]
    texts += [box.title() for box in dialog.findChildren(QGroupBox)]
    letters: dict[str, str] = {}
    for text in texts:
        if key := QKeySequence.mnemonic(text).toString():
            assert key not in letters, f"{key} for « {letters[key]} » and « {text} »"
            letters[key] = text
    return letters


def _label_of(dialog: QDialog, field: object) -> QLabel:
    return next(label for label in dialog.findChildren(QLabel) if label.buddy() is field)


def test_each_contract_field_has_its_own_letter(qtbot, language) -> None:
    dialog = _shown(qtbot, ContractDialog("Nouveau contrat", ContractFields("Entretien")))
    # nine contract fields, the clause's box and its five fields: there were none
    assert len(_letters(dialog)) == 15
    amount = _label_of(dialog, dialog.amount)
    assert plain_text(amount.text()) == {"fr": "Montant HT (€)", "en": "Amount excl. VAT (€)"
                                         }[language]
    press_alt(qtbot, dialog, letter_of(amount.text()))
    assert dialog.focusWidget() is dialog.amount


def test_alt_and_the_clause_s_letter_ticks_it_then_its_hours_are_reached(qtbot) -> None:
    dialog = _shown(qtbot, ContractDialog("Nouveau contrat", ContractFields("Entretien")))
    assert not dialog.clause_box.isChecked()
    assert plain_text(dialog.clause_box.title()) == "Clause sociale d'insertion"
    press_alt(qtbot, dialog, letter_of(dialog.clause_box.title()))
    assert dialog.clause_box.isChecked()
    press_alt(qtbot, dialog, letter_of(_label_of(dialog, dialog.planned).text()))
    assert dialog.focusWidget() is dialog.planned


def test_a_renewal_s_fixed_type_has_no_letter(qtbot) -> None:
    dialog = ContractDialog("Renouveler", ContractFields("Entretien"), fixed_kind=True)
    qtbot.addWidget(dialog)
    assert _label_of(dialog, dialog.kind).text() == "Type"
    assert letter_of(_label_of(dialog, dialog.title).text()) is not None


def test_alt_and_the_owner_s_letter_goes_to_the_owner(qtbot, workspace, language) -> None:
    add_counterparty(workspace.engine, "ESAT des Collines", "ESAT")
    dialog = _shown(qtbot, RelationshipDialog(list_counterparties(workspace.engine), [],
                                              "Nouvelle relation"))
    assert len(_letters(dialog)) == 3  # Structure, Responsable and Depuis le
    owner = _label_of(dialog, dialog.owner)
    assert plain_text(owner.text()) == {"fr": "Responsable", "en": "Owner"}[language]
    press_alt(qtbot, dialog, letter_of(owner.text()))
    assert dialog.focusWidget() is dialog.owner


def test_alt_and_a_criterion_s_letter_goes_to_its_score(qtbot, workspace, language) -> None:
    criteria = list_criteria(workspace.engine)
    dialog = _shown(qtbot, FeedbackDialog("Conditionnement", criteria, date(2026, 10, 1)))
    # date, author, each criterion, the comment and the recommendation
    assert len(_letters(dialog)) >= 4 + len(criteria) - 1
    last = _label_of(dialog, dialog.score_boxes[-1])
    assert plain_text(last.text()) == criterion_label(criteria[-1].key, criteria[-1].label)
    press_alt(qtbot, dialog, letter_of(last.text()))
    assert dialog.focusWidget() is dialog.score_boxes[-1]
