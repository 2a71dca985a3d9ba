"""Go, then « Créer le contrat » beginning the day after the test: what the Relations page shows.

Until the contract's first day the card stays in « Marché test », says « Contrat le 01/11/2026 »,
the detail says when the stage will follow, and the history has no « Contrat en cours ». The
workspace opened on or after that day shows the card in « Contrat en cours », the history entry
dated on the contract's first day.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.support import Clock
from tests.ui.lifecycle_dialogs import answer, questions
from tests.ui.lifecycle_forms import add_marche_test

GO_DAY = date(2026, 10, 31)


@pytest.fixture
def tested(workspace) -> tuple[int, int]:  # noqa: ANN001
    """A relationship and its marché test from 01/09 to 31/10."""
    return add_marche_test(workspace.engine)


def open_page(qtbot, ctx: WorkspaceContext, rel: int) -> RelationshipsPage:  # noqa: ANN001
    page = RelationshipsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.select(rel)
    return page


def card_text(page: RelationshipsPage, stage: Stage) -> list[str]:
    column = page.board.columns[stage]
    return [column.item(i).text() for i in range(column.count())]


def timeline(page: RelationshipsPage) -> list[str]:
    return [page.detail.timeline.item(i).text() for i in range(page.detail.timeline.count())]


def go_and_create(page: RelationshipsPage, test: int, monkeypatch) -> None:  # noqa: ANN001
    def go(dialog) -> None:  # noqa: ANN001
        dialog.go.setChecked(True)
        dialog.override.setChecked(True)
        dialog.override_reason.setPlainText("Urgence")

    questions(monkeypatch, QMessageBox.StandardButton.Yes)
    answer(go, lambda d: d.title.setText("Conditionnement 2027"))  # proposed from 01/11
    assert page.controller.decide(test)


def test_before_its_first_day_the_card_waits_in_marche_test(qtbot, workspace, tested,
                                                             monkeypatch, french) -> None:
    rel, test = tested
    ctx = WorkspaceContext(workspace, today=Clock(GO_DAY))
    page = open_page(qtbot, ctx, rel)
    ctx.data_changed.connect(page.refresh)
    go_and_create(page, test, monkeypatch)
    page.select(rel)
    assert card_text(page, Stage.CONTRAT_EN_COURS) == []
    [card] = card_text(page, Stage.MARCHE_TEST)
    assert " ".join(card.split()).endswith("01/09/2026 Contrat le 01/11/2026")  # lines wrap
    assert "Marché test depuis le 01/09/2026" in page.detail.title.text()
    assert ("Contrat à partir du 01/11/2026\u00a0: la relation passera alors à «\u00a0Contrat en "
            "cours\u00a0»." in page.detail.title.text())
    assert not any("Contrat en cours" in line for line in timeline(page))
    ctx.undo_stack.undo()  # the contract goes: nothing said to come any more
    assert "Contrat le" not in card_text(page, Stage.MARCHE_TEST)[0]


def test_opened_on_its_first_day_the_card_is_in_contrat_en_cours(qtbot, workspace, tested,
                                                                 monkeypatch, french) -> None:
    rel, test = tested
    clock = Clock(GO_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    go_and_create(open_page(qtbot, ctx, rel), test, monkeypatch)
    clock.value = date(2026, 11, 1)
    reopened = WorkspaceContext(workspace, today=clock)  # the workspace opened again:
    reopened.move_started_contracts()  # the launcher moves once its window is shown
    page = open_page(qtbot, reopened, rel)
    [card] = card_text(page, Stage.CONTRAT_EN_COURS)
    assert card.splitlines()[-1] == "01/11/2026"
    assert "Contrat en cours depuis le 01/11/2026" in page.detail.title.text()
    assert timeline(page)[-1] == ("01/11/2026 — Marché test → Contrat en cours\u00a0: "
                                  "Contrat «\u00a0Conditionnement 2027\u00a0»")
