"""An import that wrote rows empties the undo stack, and its summary says how to go back."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session

from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.undo_stack import UndoStep
from tests.support import IMPORT_FIXTURES
from tests.ui.test_import_wizard import run_to_summary


class _Rename(UndoStep):
    """A hand edit made before the import: a counterparty's name, and back."""

    def __init__(self, ctx, counterparty_id: int) -> None:  # noqa: ANN001
        super().__init__("Modifier la fiche")
        self.ctx, self.id = ctx, counterparty_id

    def _name(self, name: str) -> None:
        with self.ctx.engine.begin() as connection:
            connection.execute(text("UPDATE counterparty SET name = :n WHERE id = :i"),
                               {"n": name, "i": self.id})

    def redo(self) -> None:
        self._name("Après")

    def undo(self) -> None:
        self._name("Avant")


def _imported(qtbot, ctx, path) -> ImportWizard:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, [path], target="suppliers")
    qtbot.addWidget(wizard)
    run_to_summary(qtbot, wizard)
    return wizard


def _one_counterparty(ctx) -> int:  # noqa: ANN001
    with Session(ctx.engine) as session:
        supplier = Counterparty(name="Avant", kind="EI")
        session.add(supplier)
        session.commit()
        return int(supplier.id or 0)


def test_an_import_empties_the_undo_stack_and_says_so(qtbot, ctx) -> None:  # noqa: ANN001
    ctx.run_command(_Rename(ctx, _one_counterparty(ctx)))
    assert ctx.undo_stack.can_undo()

    wizard = _imported(qtbot, ctx, IMPORT_FIXTURES / "liste_structures_2026-03-11.csv")

    assert wizard.summary is not None
    assert wizard.summary.applied
    assert not ctx.undo_stack.can_undo()
    assert "ne s'annulent plus par Ctrl+Z" in wizard.currentPage().summary_label.text()


def test_an_import_with_nothing_to_undo_says_nothing_of_it(qtbot, ctx) -> None:  # noqa: ANN001
    wizard = _imported(qtbot, ctx, IMPORT_FIXTURES / "liste_structures_2026-03-11.csv")

    assert "Ctrl+Z" not in wizard.currentPage().summary_label.text()
