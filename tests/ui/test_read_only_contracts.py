"""A read-only workspace: the Contrats page offers nothing that changes a contract.

« Modifier… », « Renouveler… », « Go / no go… » and the feedback's « Nouveau retour… »,
« Importer la réponse… » and « Action… » were on, and refused only once saved; a double click
opened the contract's form. They are off, their tooltip saying why; sending the feedback out and
its PDF, which write nothing in the workspace, stay.
"""

from __future__ import annotations

from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.services.contracts import list_contracts
from tests.read_only_support import READ_ONLY_WHY, shown_window


def _test_with_feedback(qtbot, ctx):  # noqa: ANN001, ANN202
    """The Contrats page, a marché test with a feedback chosen (all its buttons could act)."""
    page = shown_window(qtbot, ctx).show_page("contracts")
    chosen = next(c for c in list_contracts(ctx.engine)
                  if c.kind == ContractKind.MARCHE_TEST and c.feedback_count)
    assert page.select(chosen.id)
    assert page.feedback.list.count()
    return page


def test_what_changes_a_contract_is_off_saying_why(qtbot, read_only_demo_ctx) -> None:
    page = _test_with_feedback(qtbot, read_only_demo_ctx)
    feedback = page.feedback.buttons
    for button in (page.buttons["edit"], page.buttons["renew"], page.buttons["decision"],
                   feedback["new"], feedback["import"], feedback["action"]):
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()
    assert feedback["export"].isEnabled()  # a file to send: nothing written here
    assert feedback["pdf"].isEnabled()


def test_a_double_click_opens_no_form(qtbot, read_only_demo_ctx) -> None:
    page = _test_with_feedback(qtbot, read_only_demo_ctx)
    opened: list[int] = []
    page.controller.edit_contract = opened.append
    page.table.doubleClicked.emit(page.table.currentIndex())
    assert opened == []


def test_a_writable_workspace_keeps_them(qtbot, demo_ctx) -> None:
    page = _test_with_feedback(qtbot, demo_ctx)
    assert page.buttons["edit"].isEnabled()
    assert page.feedback.buttons["new"].isEnabled()
    opened: list[int] = []
    page.controller.edit_contract = opened.append
    page.table.doubleClicked.emit(page.table.currentIndex())
    assert opened == [page.selected_id()]
