"""The buttons that act on one contract, offered as that contract allows (Contrats page, panel)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from srm_inclusif.storage.services.contracts import ContractRow
from srm_inclusif.ui.lifecycle.offers import decision_refusal, offer, renewal_refusal


def offer_contract_buttons(row: ContractRow | None, *, any_contract: QAbstractButton,
                           renew: QAbstractButton, decision: QAbstractButton,
                           none_chosen: str, not_a_test: str,
                           no_test_chosen: str | None = None) -> None:
    """Enable each button that can act on the contract ``row`` (None: no contract to act on).

    ``any_contract`` acts on every contract (edit, feedback); ``renew`` unless the rules refuse;
    ``decision`` on a marché test without a decision. With no contract, each gives
    ``none_chosen`` as its reason, the decision ``no_test_chosen`` when given. ``not_a_test``
    is why the decision cannot act on another contract: each screen names its own list.
    """
    if row is None:
        for button in (any_contract, renew):
            offer(button, none_chosen)
        offer(decision, no_test_chosen or none_chosen)
        return
    offer(any_contract, None)
    offer(renew, renewal_refusal(row))
    offer(decision, decision_refusal(row, not_a_test=not_a_test))
