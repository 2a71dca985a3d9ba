"""One user action, one named undo step: refused, it shows why and leaves nothing to undo."""

from __future__ import annotations

from srm_inclusif.core.errors import RuleError
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.commands import run_step
from tests.ui.conftest import Warnings


class Counter:
    """An action that records each run and what it announced."""

    def __init__(self, ctx) -> None:  # noqa: ANN001
        self.runs: list[str] = []
        self.announced: list[Changes] = []
        ctx.data_changed.connect(self.announced.append)

    def do(self) -> Changes:
        self.runs.append("do")
        return Changes(counterparties={len(self.runs)})

    def undo(self) -> Changes:
        self.runs.append("undo")
        return Changes(contacts={len(self.runs)})


def test_an_action_runs_once_and_becomes_a_named_undo_step(monkeypatch, ctx) -> None:  # noqa: ANN001
    shown = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", shown)
    action = Counter(ctx)
    assert run_step(ctx, None, "Renommer « Alpha »", action.do, action.undo)
    assert (action.runs, action.announced) == (["do"], [Changes(counterparties={1})])
    assert ctx.undo_stack.undo_text() == "Renommer « Alpha »"
    ctx.undo_stack.undo()
    ctx.undo_stack.redo()
    assert action.runs == ["do", "undo", "do"]
    assert action.announced[1:] == [Changes(contacts={2}), Changes(counterparties={3})]
    assert shown.shown == []


def test_a_refused_action_shows_why_and_leaves_nothing_to_undo(monkeypatch, ctx) -> None:  # noqa: ANN001
    shown = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", shown)

    def refused() -> Changes:
        raise RuleError("Cette équipe a des fiches d'objectifs.")

    assert not run_step(ctx, None, "Supprimer l'équipe", refused, Changes)
    assert shown.shown == ["Cette équipe a des fiches d'objectifs."]
    assert not ctx.undo_stack.can_undo()
