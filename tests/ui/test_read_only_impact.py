"""A read-only workspace: a client's impact reports are read and exported, none changed.

« Ajouter… », « Modifier… », « Supprimer », Entrée and Suppr were on, and refused only once the
report was saved. The dialog now says « lecture seule » in its title, the three buttons are off
saying why whatever report is chosen, and Entrée opens no form; « Exporter… » stays.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.impact_reports import add_impact_report
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.impact_dialog import ImpactReportsDialog
from srm_inclusif.ui.impact_form import ImpactReportForm
from tests.impact_samples import FIRST_HALF
from tests.read_only_support import READ_ONLY_WHY, opened_read_only


def _with_a_report(path: Path) -> int:
    """A workspace at ``path`` whose client « Groupe Horizon » has a report; the client."""
    writable = open_workspace(path)
    client = create_counterparty(writable.engine, values={"name": "Groupe Horizon"}).id
    add_impact_report(writable.engine, counterparty_id=client, figures=FIRST_HALF)
    writable.close()
    return client


@pytest.fixture
def read_only_dialog(qtbot, tmp_path, monkeypatch) -> Iterator[ImpactReportsDialog]:  # noqa: ANN001
    path = tmp_path / "impact.sqlite3"
    client = _with_a_report(path)
    with opened_read_only(monkeypatch, path) as ctx:
        dialog = ImpactReportsDialog(ctx, counterparty_id=client)
        qtbot.addWidget(dialog)
        yield dialog


def _forms_opened(monkeypatch) -> list[object]:  # noqa: ANN001
    forms: list[object] = []
    monkeypatch.setattr(ImpactReportForm, "exec", lambda self: forms.append(self) or 0)
    return forms


def test_the_reports_are_read_not_changed(read_only_dialog) -> None:
    dialog = read_only_dialog
    assert dialog.windowTitle() == "Bilans d'impact — lecture seule"
    assert dialog.report_list.topLevelItemCount() == 1  # chosen: edit and delete could act
    for button in (dialog.add_button, dialog.edit_button, dialog.delete_button):
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()
    assert dialog.export_button.isEnabled()


def test_entree_opens_no_form(read_only_dialog, monkeypatch) -> None:
    forms = _forms_opened(monkeypatch)
    read_only_dialog.entries.activated.emit()
    assert forms == []


def test_a_writable_workspace_opens_the_report(qtbot, ctx: WorkspaceContext, monkeypatch) -> None:
    client = create_counterparty(ctx.engine, values={"name": "Groupe Horizon"}).id
    add_impact_report(ctx.engine, counterparty_id=client, figures=FIRST_HALF)
    dialog = ImpactReportsDialog(ctx, counterparty_id=client)
    qtbot.addWidget(dialog)
    assert dialog.edit_button.isEnabled()
    forms = _forms_opened(monkeypatch)
    dialog.entries.activated.emit()
    assert len(forms) == 1
