"""Every date the UI shows is written by ``numbers.day_text``: ``22/11/2026`` / ``22 Nov 2026``.

Reminder sentences, the contracts table, the relationship detail and its pipeline card, the
objectives page; and no screen writes a date with ``%d/%m/%Y`` itself any more.
"""

from __future__ import annotations

import ast
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlmodel import Session

from srm_inclusif.core.numbers import moment_text
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.contacts import add_contact
from srm_inclusif.storage.services.contracts import ContractFields, create_contract, list_contracts
from srm_inclusif.storage.services.objectives import list_sheet_owners
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.storage.tables import Person
from srm_inclusif.ui.counterparty_card.contacts_panel import ContactsPanel
from srm_inclusif.ui.models.contract_table import COL_END, COL_START, ContractTableModel
from srm_inclusif.ui.models.record_table import SORT_ROLE
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_counterparty

#: 22/11/2026 and 5/01/2027 as each language writes them.
DAYS = {"fr": ("22/11/2026", "05/01/2027"), "en": ("22 Nov 2026", "5 Jan 2027")}

SRC = Path(__file__).resolve().parents[2] / "src" / "srm_inclusif"


@pytest.fixture
def relationship(workspace) -> int:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    rel = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 10, 1)).id
    move_stage(workspace.engine, relationship_id=rel, to_stage=Stage.CONSULTATION, on=DEMO_TODAY,
               reason="Devis demandé")
    return rel


def test_reminder_sentence_in_the_ui_language(qtbot, workspace, relationship, language,
                                              ctx) -> None:
    create_action(workspace.engine, text="Envoyer le bilan", relationship_id=relationship,
                  due_date=DEMO_TODAY)
    panel = TodoPanel(ctx)
    qtbot.addWidget(panel)
    sentence = {"fr": "Action à faire pour le 22/11/2026\u00a0: Envoyer le bilan",
                "en": "Action due on 22 Nov 2026: Envoyer le bilan"}[language]
    assert panel.items.item(0).text().endswith(sentence)


def test_contract_dates_in_the_ui_language_sort_by_date(workspace, relationship,
                                                        language) -> None:
    for title, start in (("Voirie", DEMO_TODAY), ("Espaces verts", date(2026, 2, 3))):
        create_contract(workspace.engine, relationship_id=relationship, values=ContractFields(
            title, start_date=start, end_date=date(2027, 1, 5)))
    model = ContractTableModel()
    model.set_rows(list_contracts(workspace.engine))
    row = next(r for r in range(model.rowCount()) if model.row_at(r).title == "Voirie")
    start, end = (model.index(row, column) for column in (COL_START, COL_END))
    assert (model.data(start), model.data(end)) == DAYS[language]
    # the column sorts by date, not by its text (« 22 Nov » would come before « 3 Feb »)
    assert model.data(start, SORT_ROLE) == DEMO_TODAY
    other = next(r for r in range(model.rowCount()) if model.row_at(r).title == "Espaces verts")
    assert model.data(model.index(other, COL_START), SORT_ROLE) == date(2026, 2, 3)
    assert model.data(model.index(other, COL_START), SORT_ROLE) < DEMO_TODAY


def test_relationship_detail_and_card_in_the_ui_language(qtbot, relationship,
                                                         language, ctx) -> None:
    page = RelationshipsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.board.select(relationship)
    day = DAYS[language][0]
    history = [page.detail.timeline.item(i).text() for i in range(page.detail.timeline.count())]
    assert history[-1].startswith(f"{day} — ")
    assert history[0].startswith({"fr": "01/10/2026 — ", "en": "1 Oct 2026 — "}[language])
    assert day in page.detail.title.text()
    card = page.board.columns[Stage.CONSULTATION].item(0).text()
    assert card.split("\n")[-1] == day


def test_objectives_page_header_in_the_ui_language(qtbot, workspace, language, ctx) -> None:
    with Session(workspace.engine) as session:
        session.add(Person(name="Alice"))
        session.commit()
    page = ObjectivesPage(ctx)
    page.ctx.data_changed.connect(page.refresh)
    qtbot.addWidget(page)
    page.show()
    owner = next(o for o in list_sheet_owners(workspace.engine) if o.name == "Alice")
    page.create_sheet(owner, 2026, 0)
    header = page.view.sheet_title.text()
    assert f"{DAYS[language][0]})" in header, header


def test_contacts_table_last_exchange_in_the_ui_language(qtbot, workspace, language, ctx) -> None:
    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    add_contact(workspace.engine, counterparty_id=cp, values={
        "first_name": "Paul", "last_name": "Martin", "last_interaction": DEMO_TODAY})
    panel = ContactsPanel(ctx, cp)
    qtbot.addWidget(panel)
    assert panel.table.item(0, 4).text() == DAYS[language][0]


def test_date_and_time_in_the_ui_language(language) -> None:
    moment = datetime(2026, 11, 22, 14, 5, 9)
    expected = {"fr": "22/11/2026 14:05", "en": "22 Nov 2026 14:05"}[language]
    assert moment_text(moment) == expected
    assert moment_text(moment, seconds=True) == f"{expected}:09"


def _written_dates(path: Path) -> list[int]:
    """Lines of ``path`` whose code writes or reads a date as ``%d/%m/%Y``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return sorted({node.lineno for node in ast.walk(tree)
                   if isinstance(node, ast.Constant) and isinstance(node.value, str)
                   and "%d/%m" in node.value})


def test_no_screen_writes_or_reads_its_own_dates() -> None:
    # the text inputs (labels, contacts) read dates with numbers.read_day, the date edits
    # take their display format from ui.day_edit: none keeps a French format of its own
    found = {str(path.relative_to(SRC)): lines
             for path in [*(SRC / "ui").rglob("*.py"), SRC / "core" / "reminders.py"]
             if (lines := _written_dates(path))}
    assert found == {}
    formats = {str(path.relative_to(SRC)) for path in (SRC / "ui").rglob("*.py")
               if "dd/MM/yyyy" in path.read_text(encoding="utf-8")}
    assert formats == {"ui/day_edit.py"}
    # the check sees f-string formats too: it finds the one day_text keeps for French
    assert _written_dates(SRC / "core" / "numbers.py")
