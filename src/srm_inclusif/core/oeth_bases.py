"""Why purchases from EA, ESAT and TIH recorded on another basis than « Payé » earn no deduction.

DOMAIN.md section 5: the OETH deduction counts only the purchases *paid* in the year. A
workspace whose spend is recorded as ordered or invoiced shows a deduction of 0 €; the note
says which amounts were left out and why, so that nobody reads it as « no such purchase ».
"""

from __future__ import annotations

from collections.abc import Mapping

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.vocabulary import SpendBasis

#: The note; ``{amounts}`` is one ``ON_BASIS`` per basis, joined by « et »; ``{paid}`` the
#: amount paid (the same purchases are often recorded on several bases).
LEFT_OUT = QT_TRANSLATE_NOOP(
    "Oeth", "Achats à des EA, ESAT ou TIH {amounts} : ils ne comptent pas, seuls les montants "
    "payés dans l'année ({paid}) entrent dans la déduction.")
ON_BASIS = QT_TRANSLATE_NOOP("Oeth", "en base « {basis} » ({amount})")
AND = QT_TRANSLATE_NOOP("Oeth", " et ")


def unpaid_purchases_note(cents_by_basis: Mapping[str, int]) -> str | None:
    """The note on the EA, ESAT and TIH purchases of other bases than paid; None without any.

    ``cents_by_basis`` maps a basis code (``ordered``, ``invoiced``, ``paid``) to the amount
    bought on it; the note names the other bases than paid that hold a positive amount, and
    the amount paid beside them.
    """
    amounts = [translate("Oeth", ON_BASIS).format(
        amount=format_eur(cents_by_basis[basis.value], decimals=True), basis=basis.label)
        for basis in SpendBasis
        if basis is not SpendBasis.PAID and cents_by_basis.get(basis.value, 0) > 0]
    if not amounts:
        return None
    return translate("Oeth", LEFT_OUT).format(
        amounts=translate("Oeth", AND).join(amounts),
        paid=format_eur(cents_by_basis.get(SpendBasis.PAID.value, 0), decimals=True))
