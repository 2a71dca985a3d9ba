"""Empty spend charts advise importing only when the period has no spend, never when read-only.

A tester's buyer had 40 943 € of purchases and none inclusive: the heading read « 0 € HT sur
40 943 € » while the charts told her to import her suppliers and spend, as on a new workspace.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.storage.tables import Counterparty, Person, SpendLine
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.charts_panel import ChartsPanel
from tests.conftest import DEMO_TODAY
from tests.read_only_support import not_writable

IMPORT = "Importez"
NO_INCLUSIVE = "Aucun achat inclusif sur la période"


def _classic_purchases(engine) -> None:  # noqa: ANN001
    """Alice's 40 943 € of 2026, all to a classic supplier."""
    with Session(engine) as s:
        alice, classic = Person(name="Alice"), Counterparty(name="Papeterie", kind="CLASSIC")
        s.add_all([alice, classic])
        s.flush()
        s.add(SpendLine(counterparty_id=classic.id, amount_cents=4_094_300,
                        spend_date=date(2026, 3, 2), person_id=alice.id))
        s.commit()


def _drawn_panel(qtbot, ctx: WorkspaceContext) -> ChartsPanel:  # noqa: ANN001
    panel = ChartsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.drawn, timeout=10000):
        panel.show()
    for view in panel.charts.values():
        view.flush()  # those scrolled out of sight are drawn when they come into view
    return panel


def _sentences(panel: ChartsPanel, key: str) -> list[str]:
    return [" ".join(t.get_text().split()) for t in panel.charts[key].axes.texts
            if t.get_text()]


def _every_text(panel: ChartsPanel) -> str:
    charts = " ".join(" ".join(_sentences(panel, key)) for key in panel.charts)
    return f"{panel.summary_label.text()} {charts}"


def test_purchases_without_inclusive_ones_are_not_told_to_import(qtbot, ctx) -> None:  # noqa: ANN001
    _classic_purchases(ctx.engine)
    panel = _drawn_panel(qtbot, ctx)
    assert "0\u00a0€ HT sur 40\u202f943\u00a0€" in panel.summary_label.text()
    assert _sentences(panel, "cumulative") == [NO_INCLUSIVE]
    assert _sentences(panel, "kind") == [NO_INCLUSIVE]
    assert IMPORT not in _every_text(panel)


def test_a_period_without_any_spend_still_says_to_import(qtbot, ctx) -> None:  # noqa: ANN001
    panel = _drawn_panel(qtbot, ctx)
    import_hint = "Importez vos fournisseurs et vos dépenses depuis la page Imports / exports."
    assert _sentences(panel, "cumulative") == [NO_INCLUSIVE, import_hint]
    assert _sentences(panel, "kind") == [NO_INCLUSIVE, import_hint]
    assert panel.summary_label.text().startswith("Importez vos dépenses")


@pytest.fixture
def read_only_ctx(workspace, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """The empty workspace, its file read-only."""
    path = workspace.path
    workspace.close()
    not_writable(monkeypatch, path)
    opened = open_workspace(path)
    assert opened.read_only
    yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    opened.close()


def test_a_read_only_workspace_is_never_told_to_import(qtbot, read_only_ctx) -> None:  # noqa: ANN001
    panel = _drawn_panel(qtbot, read_only_ctx)
    assert IMPORT not in _every_text(panel)
    assert panel.summary_label.text() == "Aucune dépense du 01/01/2026 au 31/12/2026."
    assert _sentences(panel, "cumulative") == [NO_INCLUSIVE]
