"""A read-only workspace: « Personnes et équipes » shows the organisation, changes nothing.

Its buttons (Ajouter…, Modifier…, Désactiver, Nouvelle équipe…, Renommer…, Supprimer), Entrée
and Suppr were on, and refused only once the change was saved. The dialog now says « lecture
seule » in its title, its buttons are off saying why, whatever row is chosen, and Entrée opens
no form.
"""

from __future__ import annotations

from srm_inclusif.ui.organisation_dialog import OrganisationDialog
from tests.read_only_support import READ_ONLY_WHY


def _shown(qtbot, ctx, monkeypatch) -> tuple[OrganisationDialog, list[object]]:  # noqa: ANN001
    """The dialog, on its second person; the forms it opens are recorded, not shown."""
    forms: list[object] = []
    monkeypatch.setattr(OrganisationDialog, "_open_form", staticmethod(forms.append))
    dialog = OrganisationDialog(ctx)
    qtbot.addWidget(dialog)
    assert len(dialog.people) > 1
    dialog.people_entries.select(dialog.people[1].id)
    return dialog, forms


def test_the_organisation_is_shown_not_changed(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    dialog, _forms = _shown(qtbot, read_only_demo_ctx, monkeypatch)
    assert dialog.windowTitle() == "Personnes et équipes — lecture seule"
    assert dialog.people_list.topLevelItemCount() == len(dialog.people)
    for button in dialog.writing_buttons():
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()


def test_entree_opens_no_form(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    dialog, forms = _shown(qtbot, read_only_demo_ctx, monkeypatch)
    dialog.people_entries.activated.emit()
    assert forms == []


def test_a_writable_workspace_opens_the_person(qtbot, demo_ctx, monkeypatch) -> None:
    dialog, forms = _shown(qtbot, demo_ctx, monkeypatch)
    assert dialog.windowTitle() == "Personnes et équipes"
    assert all(button.isEnabled() for button in dialog.writing_buttons())
    dialog.people_entries.activated.emit()
    assert len(forms) == 1
