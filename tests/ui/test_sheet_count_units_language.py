"""Count units read in the UI language on the Objectifs page and on the sheet's PDF page.

« 4 contrats » / « 0 contrat » in French, « 4 contracts » / « 0 contracts » in English: the
objective keeps its unit stored in French (« contrats »), the workbook for HR too.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
)
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.objectives_table import COL_ACTUAL, COL_TARGET
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_pdf import sheet_html

#: (target of 4, actual of 0, actual of 1) by language.
WORDS = {"fr": ("4\u00a0contrats", "0\u00a0contrat", "1\u00a0contrat"),
         "en": ("4\u00a0contracts", "0\u00a0contracts", "1\u00a0contract")}


def _contracts(target: int) -> ObjectiveInput:
    return ObjectiveInput("Contrats signés", "contracts", "Contrats", "", "contrats", None,
                          Decimal(target), Decimal(100))


def _page_html(actual: int) -> str:
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", None, 2026,
                         date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 22), 500_000)
    doc = build_document(header, [_contracts(4)], mode=SheetMode.ACTUALS,
                         actuals=[Decimal(actual)])
    return sheet_html(doc)


def test_the_pdf_page_says_the_units_in_the_ui_language(language: str) -> None:
    target, none, one = WORDS[language]
    assert target in _page_html(0)
    assert none in _page_html(0)
    assert one in _page_html(1)


@pytest.fixture
def page(qtbot, workspace):  # noqa: ANN001, ANN201
    with Session(workspace.engine) as session:
        session.add(Person(name="Alice"))
        session.commit()
    ctx = WorkspaceContext(workspace, today=lambda: date(2026, 11, 22))
    widget = ObjectivesPage(ctx)
    ctx.data_changed.connect(widget.refresh)
    qtbot.addWidget(widget)
    return widget


def test_the_objectives_page_says_the_units_in_the_ui_language(language: str, page) -> None:  # noqa: ANN001
    owner = next(o for o in svc.list_sheet_owners(page.ctx.engine) if o.name == "Alice")
    page.create_sheet(owner, 2026, 0)
    page.add_objective(svc.ObjectiveInput(label="Contrats signés", indicator="contracts",
                                          target=Decimal(4), weight=Decimal(100)))
    model = page.view.model
    target, none, _ = WORDS[language]
    assert model.data(model.index(0, COL_TARGET)) == target
    assert model.data(model.index(0, COL_ACTUAL)) == none
    assert page.view.model.row_at(0).objective.values.unit == "contrats"  # stored as it was
