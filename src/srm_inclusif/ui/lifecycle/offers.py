"""When a lifecycle button can act, and why not: the buttons, their tooltips and shortcuts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QToolTip, QWidget

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.lifecycle import (
    check_decision_on,
    check_not_renewed,
    check_takes_new_contracts,
)
from srm_inclusif.core.vocabulary import ContractKind, Decision, Stage
from srm_inclusif.storage.services.contracts import ContractRow
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.lifecycle.card_text import wrapped

# The button property holding what its tooltip says when it can act (its text and key).
HINT = "offerHint"
#: Widest line of a button's tooltip, in average characters: a reason reads on a few short
#: lines instead of one line across most of the screen.
TOOLTIP_CHARS = 60
#: More lines than any reason takes (``wrapped`` ends a longer text with « … »).
TOOLTIP_LINES = 20


def offer(button: QAbstractButton, why_not: str | None) -> None:
    """Enable ``button`` unless there is a reason not to; its tooltip then gives that reason.

    The tooltip keeps its first line, what the button does and its key, when it has one; each
    part is broken into lines of a readable width.
    """
    button.setEnabled(why_not is None)
    button.setToolTip("\n".join(readable(t) for t in (button.property(HINT), why_not) if t))


def readable(text: str) -> str:
    """``text`` broken between words into tooltip lines of at most ``TOOLTIP_CHARS``."""
    metrics = QFontMetrics(QToolTip.font())
    return wrapped(text, metrics, TOOLTIP_CHARS * metrics.averageCharWidth(), TOOLTIP_LINES)


def add_shortcut(page: QWidget, text: str, key: QKeySequence | QKeySequence.StandardKey,
                 button: QAbstractButton) -> QAction:
    """A page-wide shortcut that presses ``button``: nothing more than the button may do.

    When the button is disabled, the key shows the button's tooltip (why it cannot act)
    instead of acting.
    """
    action = QAction(text, page)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: _press(button))
    page.addAction(action)
    why_not = None if button.isEnabled() else button.toolTip()  # offered before the key
    button.setProperty(HINT, f"{text} ({QKeySequence(key).toString()})")
    offer(button, why_not)
    return action


def _press(button: QAbstractButton) -> None:
    if button.isEnabled():
        button.click()
    else:
        QToolTip.showText(button.mapToGlobal(button.rect().center()), button.toolTip(), button)


def refusal(check: Callable[[], None]) -> str | None:
    """Why a core rule ``check`` refuses (its ``RuleError``, in the UI language), or None."""
    try:
        check()
    except RuleError as error:
        return error_text(error)
    return None


def new_contract_refusal(relationship: RelationshipRow) -> str | None:
    """Why ``relationship`` cannot take a new marché test or contract (it is stopped), or None."""
    return refusal(lambda: check_takes_new_contracts(Stage(relationship.stage),
                                                     relationship.counterparty_name))


def renewal_refusal(row: ContractRow) -> str | None:
    """Why ``row`` cannot be renewed, or None."""

    def check() -> None:
        check_takes_new_contracts(Stage(row.relationship_stage), row.counterparty_name)
        check_not_renewed(row.title, renewed=row.renewed)

    return refusal(check)


def decision_refusal(row: ContractRow, *, not_a_test: str | None = None) -> str | None:
    """Why ``row`` cannot take a go / no go, or None.

    ``not_a_test`` replaces the rule's sentence when it is no marché test (a button says to pick
    one in its list).
    """
    if row.kind != ContractKind.MARCHE_TEST.value:
        return not_a_test or refusal(lambda: check_decision_on(ContractKind(row.kind), row.title))
    if row.decision:
        return QCoreApplication.translate(
            "ContractOffers", "« {title} » a déjà une décision : {decision}.").format(
            title=row.title, decision=Decision(row.decision).label)
    return None
