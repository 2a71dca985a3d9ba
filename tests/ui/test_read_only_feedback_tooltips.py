"""A read-only workspace: a contract without feedback no longer points at « Nouveau retour… ».

The tooltips of « Envoyer pour réponse… » and « PDF… », off for a contract without feedback,
said « Ce contrat n'a pas encore de retour d'expérience : « Nouveau retour… » en saisit un. »,
a button a read-only workspace turns off. They now only say there is none.
"""

from __future__ import annotations

from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.ui.lifecycle.feedback_panel import FeedbackPanel
from tests.read_only_support import shown_window

NONE_YET = "Ce contrat n'a pas encore de retour d'expérience."


def _words(text: str) -> list[str]:
    """The words of a tooltip, whatever its lines (broken to a readable width)."""
    return text.split()


def _panel_without_feedback(qtbot, ctx) -> FeedbackPanel:  # noqa: ANN001
    page = shown_window(qtbot, ctx).show_page("contracts")
    assert page.select(next(c.id for c in list_contracts(ctx.engine) if not c.feedback_count))
    return page.feedback


def test_sending_or_printing_says_only_there_is_none(qtbot, read_only_demo_ctx) -> None:
    panel = _panel_without_feedback(qtbot, read_only_demo_ctx)
    for key in ("export", "pdf"):
        assert not panel.buttons[key].isEnabled()
        assert _words(panel.buttons[key].toolTip()) == _words(NONE_YET)
    assert not any("Nouveau retour" in button.toolTip() for button in panel.buttons.values())


def test_a_writable_workspace_says_which_button_gives_one(qtbot, demo_ctx) -> None:
    panel = _panel_without_feedback(qtbot, demo_ctx)
    assert not panel.buttons["export"].isEnabled()
    assert _words(panel.buttons["export"].toolTip()) == _words(
        "Ce contrat n'a pas encore de retour d'expérience : « Nouveau retour… » en saisit un.")
