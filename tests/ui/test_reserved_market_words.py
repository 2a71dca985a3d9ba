"""The need and the contract forms word the marché réservé choices alike.

The need said « Réservé L2113-14 (EA, ESAT et SIAE) », the contract a bare « L2113-14 » and
« L2113-12 (EA / ESAT) »: the same article read as two different things.
"""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

WORDS = ["Non réservé", "Réservé L2113-12 (EA, ESAT)", "Réservé L2113-13 (SIAE)",
         "Réservé L2113-14 (EA, ESAT et SIAE)"]


def _choices(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_contract_offers_the_needs_words_and_shows_the_article_stored(qtbot,
                                                                         workspace) -> None:
    need = NeedDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(need)
    contract = ContractDialog("Modifier le contrat", ContractFields(
        "Entretien", reserved_article="L2113-14", start_date=date(2026, 11, 22)))
    qtbot.addWidget(contract)
    assert _choices(need.reserved_combo) == WORDS
    assert _choices(contract.reserved) == WORDS
    assert contract.reserved.currentText() == "Réservé L2113-14 (EA, ESAT et SIAE)"
    assert contract.fields().reserved_article == "L2113-14"
