"""No Alt letter does two things: each page of the main window with its menus, each dialog.

The dashboard's « &Année : » took Alt+A from the « &Aide » menu: Alt+A went to the year.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QTabWidget, QWidget, QWizard

from srm_inclusif.core.impact import ImpactFigures
from srm_inclusif.core.vocabulary import FeedbackDirection, Profile, SpendBasis, Stage
from srm_inclusif.storage.services.contracts import ContractFields
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.feedback import list_criteria
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.services.spend_entry import SpendValues
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog
from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog
from srm_inclusif.ui.impact_dialog import ImpactReportsDialog
from srm_inclusif.ui.impact_form import ImpactReportForm
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.criteria_dialog import CriteriaDialog
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog
from srm_inclusif.ui.lifecycle.relationship_choice import RelationshipChoiceDialog
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog
from srm_inclusif.ui.main_window import PAGES
from srm_inclusif.ui.merge_dialog import MergeDialog
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.objective_dialog import ObjectiveDialog
from srm_inclusif.ui.oeth_dialog import OethDialog
from srm_inclusif.ui.organisation_dialog import OrganisationDialog
from srm_inclusif.ui.parameters_dialog import NewValueDialog, ParametersDialog
from srm_inclusif.ui.person_dialog import PersonDialog
from srm_inclusif.ui.profile_dialog import ProfileDialog
from srm_inclusif.ui.restore_dialog import RestoreDialog
from srm_inclusif.ui.sheet_dialog import SheetDialog
from srm_inclusif.ui.sheet_export_dialog import SheetExportDialog
from srm_inclusif.ui.sourcing.need_dialog import NeedDialog
from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog
from srm_inclusif.ui.spend_dialog import SpendDialog
from srm_inclusif.ui.spend_form import SpendLineDialog
from srm_inclusif.ui.welcome_dialog import WelcomeDialog
from tests.conftest import DEMO_TODAY
from tests.ui.alt_letters import shared_letters, texts_with_letters, wizard_page_texts
from tests.ui.conftest import LAPTOP, active_window, press_alt, shown_demo_window

PROFILES = [Profile.ACHETEUR, Profile.STRUCTURE_INCLUSIVE]


@pytest.fixture(params=PROFILES, ids=["buyer", "seller"])
def profile_ctx(request, demo_ctx) -> WorkspaceContext:  # noqa: ANN001
    """The demo workspace as a buyer's, then as a structure inclusive's."""
    update_settings(demo_ctx.engine, profile=request.param)
    return WorkspaceContext(demo_ctx.workspace, today=lambda: DEMO_TODAY)


def _each_tab(root: QWidget, window: QWidget, check: Callable[[str], None]) -> None:
    """``check(where)`` on what ``window`` shows, once per tab of each tab widget in ``root``."""
    check("")
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            check(f" tab « {plain_text(tabs.tabText(index))} »")


@pytest.mark.parametrize("profile", PROFILES, ids=["buyer", "seller"])
def test_no_page_of_the_main_window_shares_a_letter_with_the_menus(
        qtbot, demo_workspace, language, profile) -> None:  # noqa: ANN001
    update_settings(demo_workspace.engine, profile=profile)
    win = shown_demo_window(qtbot, demo_workspace, LAPTOP)
    clashes: dict[str, dict[str, list[str]]] = {}

    def check(where: str) -> None:
        if shared := shared_letters(texts_with_letters(win)):
            clashes[where] = shared

    for key, _module, _cls in PAGES:
        page = win.enter_page(key)
        if key == "counterparties" and not win.facets_action.isChecked():
            win.facets_action.trigger()  # the side panel of the facets shown too
        _each_tab(page, win, lambda where, key=key: check(key + where))
    assert clashes == {}


def test_alt_a_on_the_dashboard_opens_the_help_menu(qtbot, demo_ctx) -> None:
    win = active_window(qtbot, demo_ctx)
    help_menu = win.menuBar().actions()[-1].menu()
    assert isinstance(help_menu, QMenu)
    assert plain_text(help_menu.title()) == "Aide"
    press_alt(qtbot, win, "A")
    qtbot.waitUntil(help_menu.isVisible)
    help_menu.close()
    assert QApplication.focusWidget() is not win.pages["dashboard"].findChild(
        QWidget, "yearSelector")


def _supplier(ctx: WorkspaceContext, rank: int = 0) -> int:
    """A counterparty of the demo workspace."""
    return list_counterparties(ctx.engine)[rank].id


#: Each main dialog of the app, made from a workspace as its menu, page or card makes it.
DIALOGS: dict[str, Callable[[WorkspaceContext], QDialog]] = {
    "card": lambda ctx: CardDialog(ctx, _supplier(ctx)),
    "new card": lambda ctx: CardDialog(ctx, None),
    "contact": lambda ctx: ContactDialog({}),
    "gdpr": lambda ctx: GdprDialog(ctx),
    "merge": lambda ctx: MergeDialog(ctx, _supplier(ctx), _supplier(ctx, 1)),
    "spend": lambda ctx: SpendDialog(ctx, _supplier(ctx), "ESAT"),
    "spend line": lambda ctx: SpendLineDialog(
        SpendValues(date(2026, 1, 1), 125_000, SpendBasis.PAID), [], [], lambda _v: True),
    "impact reports": lambda ctx: ImpactReportsDialog(ctx, counterparty_id=_supplier(ctx)),
    "impact form": lambda ctx: ImpactReportForm(
        ImpactFigures(date(2026, 1, 1), date(2026, 6, 30)), lambda _f: True, client="X"),
    "relationship": lambda ctx: RelationshipDialog(list_counterparties(ctx.engine), [],
                                                   "Nouvelle relation"),
    "relationship choice": lambda ctx: RelationshipChoiceDialog(
        list_relationships(ctx.engine), "Nouveau contrat"),
    "stage": lambda ctx: StageChangeDialog("X", Stage.CONSULTATION, Stage.ARRETEE, DEMO_TODAY),
    "stage to evaluation": lambda ctx: StageChangeDialog("X", Stage.CONSULTATION,
                                                         Stage.EVALUATION, DEMO_TODAY),
    "decision": lambda ctx: DecisionDialog("X", 1, DEMO_TODAY),
    "action": lambda ctx: ActionDialog([]),
    "contract": lambda ctx: ContractDialog("Nouveau contrat", ContractFields("Entretien")),
    "renewal": lambda ctx: ContractDialog("Renouveler", ContractFields("Entretien"),
                                          fixed_kind=True),
    "feedback": lambda ctx: FeedbackDialog("X", list_criteria(ctx.engine), DEMO_TODAY),
    "feedback received": lambda ctx: FeedbackDialog(
        "X", list_criteria(ctx.engine), DEMO_TODAY, direction=FeedbackDirection.RECEIVED),
    "criteria": lambda ctx: CriteriaDialog(list_criteria(ctx.engine)),
    "objective": lambda ctx: ObjectiveDialog(),
    "sheet": lambda ctx: SheetDialog([], 2026),
    "sheet export": lambda ctx: SheetExportDialog(ctx),
    "oeth": lambda ctx: OethDialog(ctx),
    "parameters": lambda ctx: ParametersDialog(ctx),
    "new value": lambda ctx: NewValueDialog(["SMIC horaire"], today=DEMO_TODAY),
    "organisation": lambda ctx: OrganisationDialog(ctx),
    "person": lambda ctx: PersonDialog([], [], lambda _v: True),
    "profile": lambda ctx: ProfileDialog(ctx.settings.profile),
    "restore": lambda ctx: RestoreDialog(ctx),
    "need": lambda ctx: NeedDialog(ctx),
    "shortlists": lambda ctx: ShortlistsDialog(ctx),
    "welcome": lambda ctx: WelcomeDialog(),
    "import wizard": lambda ctx: ImportWizard(ctx, None),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_two_texts_of_a_dialog_share_a_letter(qtbot, profile_ctx, language, name) -> None:
    dialog = DIALOGS[name](profile_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    clashes: dict[str, dict[str, list[str]]] = {}
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            texts = wizard_page_texts(dialog, page_id, getattr(dialog, "import_text", ""))
            if shared := shared_letters(texts):
                clashes[type(dialog.page(page_id)).__name__] = shared
    else:
        def check(where: str) -> None:
            if shared := shared_letters(texts_with_letters(dialog)):
                clashes[name + where] = shared

        _each_tab(dialog, dialog, check)
    assert clashes == {}
