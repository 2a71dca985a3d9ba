"""« Personnes et équipes »: a new workspace gets people and teams, each change an undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from srm_inclusif.storage.services import objectives as sheets
from srm_inclusif.storage.services import people as svc
from srm_inclusif.ui.organisation_dialog import OrganisationDialog
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.person_dialog import PersonDialog
from tests.ui.conftest import Warnings, letters_shown


@pytest.fixture
def shown(monkeypatch) -> Warnings:  # noqa: ANN001
    """The refusals shown by the dialog, recorded instead of a modal box."""
    fake = Warnings()
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox", fake)
    return fake


@pytest.fixture
def dialog(qtbot, ctx) -> OrganisationDialog:  # noqa: ANN001
    opened = OrganisationDialog(ctx)
    qtbot.addWidget(opened)
    return opened


class Questions:
    """Stands in for ``asked``: records each question and which answer Enter gives."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, bool]] = []
        self.yes = True

    def __call__(self, _parent, _title, question: str, *, default_yes: bool) -> bool:  # noqa: ANN001
        self.asked.append((question, default_yes))
        return self.yes


@pytest.fixture
def questions(monkeypatch) -> Questions:  # noqa: ANN001
    """The dialog's questions recorded, answered Oui unless told otherwise."""
    fake = Questions()
    monkeypatch.setattr("srm_inclusif.ui.organisation_dialog.asked", fake)
    return fake


def _focused(qtbot, tree) -> None:  # noqa: ANN001
    """The keyboard focus in ``tree``, its window shown and active."""
    tree.window().show()
    qtbot.waitExposed(tree.window())
    tree.setFocus()
    tree.window().activateWindow()
    qtbot.waitUntil(tree.hasFocus)


def _names(tree) -> list[str]:  # noqa: ANN001
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _typed(monkeypatch, *entries: dict[str, str]) -> None:
    """The person form filled with each entry in turn and saved, as long as it is accepted."""
    def fake_exec(self: PersonDialog) -> int:
        for entry in entries:
            self.name_edit.setText(entry.get("name", self.name_edit.text()))
            self.email_edit.setText(entry.get("email", self.email_edit.text()))
            self.role_combo.setCurrentText(entry.get("role", self.role_combo.currentText()))
            self.accept()
            if self.result() == QDialog.DialogCode.Accepted:
                return 1
        return 0

    monkeypatch.setattr(PersonDialog, "exec", fake_exec)


def test_new_sheet_on_an_empty_organisation_adds_her_then_creates_her_sheet(
        qtbot, ctx, monkeypatch) -> None:
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    questions: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.pages.objectives_page.asked",
                        lambda _parent, _title, text, **_kw: questions.append(text) or True)
    monkeypatch.setattr(OrganisationDialog, "exec", lambda self: self.add_person(
        svc.PersonInput("Marie Durand", "Acheteuse")) and 0)
    monkeypatch.setattr("srm_inclusif.ui.pages.objectives_page.SheetDialog.exec",
                        lambda self: QDialog.DialogCode.Accepted)
    page.view.new_sheet_button.click()
    assert questions == ["Aucune personne ni équipe dans l'organisation. "
                         "Les ajouter maintenant ?"]
    assert [page.view.sheet_list.item(i).text()
            for i in range(page.view.sheet_list.count())] == ["Marie Durand"]
    [sheet] = sheets.list_sheets(ctx.engine, year=page.year())
    assert sheet.owner_name == "Marie Durand"


def test_declining_the_question_opens_nothing(qtbot, ctx, monkeypatch) -> None:
    page = ObjectivesPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr("srm_inclusif.ui.pages.objectives_page.asked", lambda *_a, **_k: False)
    monkeypatch.setattr(OrganisationDialog, "exec", lambda self: pytest.fail("opened"))
    page.view.new_sheet_button.click()
    assert sheets.list_sheets(ctx.engine) == []


def test_refused_email_keeps_the_form_open_then_saves_and_undoes(
        ctx, dialog, shown, monkeypatch) -> None:
    _typed(monkeypatch, {"name": "Léa Martin", "email": "lea@"},
           {"email": "lea@exemple.fr"})
    dialog.add_person_button.click()
    assert shown.shown == ["Adresse e-mail invalide : lea@"]
    assert _names(dialog.people_list) == ["Léa Martin"]
    assert [p.email for p in svc.list_people(ctx.engine)] == ["lea@exemple.fr"]
    assert ctx.undo_stack.undo_text() == "Ajouter « Léa Martin »"
    ctx.undo_stack.undo()
    assert _names(dialog.people_list) == []
    assert svc.list_people(ctx.engine, active_only=False) == []
    ctx.undo_stack.redo()
    assert _names(dialog.people_list) == ["Léa Martin"]


def test_role_follows_the_profile(ctx, dialog, monkeypatch) -> None:
    _typed(monkeypatch, {"name": "Léa"})
    dialog.add_person_button.click()
    assert [p.role for p in svc.list_people(ctx.engine)] == ["Acheteur"]


def test_suppr_deactivates_she_is_shown_greyed_on_demand_then_reactivated(
        qtbot, ctx, dialog, questions) -> None:
    dialog.add_person(svc.PersonInput("Léa"))
    _focused(qtbot, dialog.people_list)
    qtbot.keyClick(dialog.people_list, Qt.Key.Key_Delete)
    assert questions.asked == [("Désactiver « Léa » ? Cette personne ne sera plus proposée "
                                "dans les listes (Ctrl+Z pour annuler).", False)]  # Enter: Non
    assert svc.list_people(ctx.engine) == []
    assert _names(dialog.people_list) == []
    dialog.inactive_check.setChecked(True)
    assert _names(dialog.people_list) == ["Léa (inactive)"]  # as « personnes inactives »
    item = dialog.people_list.topLevelItem(0)
    assert item.foreground(0).color() != dialog.palette().text().color()
    assert dialog.active_button.text().replace("&", "") == "Réactiver"
    assert dialog.rename_team_button.text() == "&Renommer…"  # other letters stay put
    assert len(set(letters_shown(dialog))) == len(letters_shown(dialog)) == 9
    dialog.active_button.click()
    assert [p.name for p in svc.list_people(ctx.engine)] == ["Léa"]
    assert len(questions.asked) == 1  # reactivating asks nothing


def test_deactivation_answered_non_leaves_her_active(qtbot, ctx, dialog, questions) -> None:  # noqa: ANN001
    dialog.add_person(svc.PersonInput("Léa"))
    questions.yes = False
    dialog.people_list.setCurrentItem(dialog.people_list.topLevelItem(0))
    dialog.active_button.click()
    assert [p.name for p in svc.list_people(ctx.engine)] == ["Léa"]


def test_team_counts_its_active_members_and_says_the_inactive_ones(ctx, dialog, questions) -> None:  # noqa: ANN001
    dialog.add_team("Achats")
    team = svc.list_teams(ctx.engine)[0].id
    for name in ("Léa", "Marc", "Nina", "Omar"):
        dialog.add_person(svc.PersonInput(name, team_id=team))
    assert dialog.team_list.topLevelItem(0).text(1) == "4"
    dialog.people_list.setCurrentItem(dialog.people_list.topLevelItem(0))
    dialog.active_button.click()
    assert dialog.team_list.topLevelItem(0).text(1) == "3 (+1 inactive)"
    dialog.people_list.setCurrentItem(dialog.people_list.topLevelItem(0))
    dialog.active_button.click()
    assert dialog.team_list.topLevelItem(0).text(1) == "2 (+2 inactives)"


def test_deleting_a_team_asks_first_naming_its_members(ctx, dialog, questions) -> None:  # noqa: ANN001
    dialog.add_team("Achats")
    team = svc.list_teams(ctx.engine)[0].id
    for name in ("Léa", "Marc", "Nina", "Omar"):
        dialog.add_person(svc.PersonInput(name, team_id=team))
    dialog.team_list.setCurrentItem(dialog.team_list.topLevelItem(0))
    questions.yes = False
    dialog.delete_team_button.click()
    assert questions.asked == [("Supprimer l'équipe « Achats » ? Ses 4 membres n'auront plus "
                                "d'équipe.", False)]
    assert [p.team_name for p in svc.list_people(ctx.engine)] == ["Achats"] * 4  # Non: kept
    questions.yes = True
    dialog.delete_team_button.click()
    assert svc.list_teams(ctx.engine) == []


def test_team_with_a_sheet_is_refused_and_one_with_members_deleted_then_undone(
        qtbot, ctx, dialog, shown, questions) -> None:
    dialog.add_team("Achats")
    dialog.add_team("Direction")
    achats, direction = (t.id for t in svc.list_teams(ctx.engine))
    dialog.add_person(svc.PersonInput("Léa", team_id=direction))
    sheets.create_sheet(ctx.engine, year=2026, team_id=achats)
    assert not dialog.delete_team(dialog.teams[0])
    assert "ne peut pas être supprimée" in shown.shown[0]
    assert "(2026)" in shown.shown[0]
    dialog.team_list.setCurrentItem(dialog.team_list.topLevelItem(1))
    _focused(qtbot, dialog.team_list)
    qtbot.keyClick(dialog.team_list, Qt.Key.Key_Delete)
    assert questions.asked == [("Supprimer l'équipe « Direction » ? Son membre n'aura plus "
                                "d'équipe.", False)]
    assert _names(dialog.team_list) == ["Achats"]
    assert dialog.people_list.topLevelItem(0).text(2) == ""
    ctx.undo_stack.undo()
    assert _names(dialog.team_list) == ["Achats", "Direction"]
    assert dialog.people_list.topLevelItem(0).text(2) == "Direction"


def test_each_button_and_list_has_its_own_letter(qtbot, ctx, language) -> None:
    dialog = OrganisationDialog(ctx)
    qtbot.addWidget(dialog)
    letters = letters_shown(dialog)
    assert len(letters) == 9  # two lists, the toggle, six buttons
    assert len(set(letters)) == len(letters)


def test_tools_menu_opens_it(qtbot, ctx, monkeypatch) -> None:
    from srm_inclusif.ui.main_window import MainWindow

    opened: list[OrganisationDialog] = []
    monkeypatch.setattr(OrganisationDialog, "exec", lambda self: opened.append(self) or 0)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.organisation_action.text().replace("&", "") == "Personnes et équipes…"
    window.organisation_action.trigger()
    assert len(opened) == 1


def test_entree_on_a_person_opens_her_form_with_her_values(qtbot, dialog, monkeypatch) -> None:
    dialog.add_team("Achats")
    dialog.add_person(svc.PersonInput("Léa", "Acheteuse", "lea@exemple.fr",
                                      dialog.teams[0].id))
    forms: list[svc.PersonInput] = []
    monkeypatch.setattr(PersonDialog, "exec", lambda self: forms.append(self.values()) or 0)
    _focused(qtbot, dialog.people_list)
    qtbot.keyClick(dialog.people_list, Qt.Key.Key_Return)
    assert forms == [svc.PersonInput("Léa", "Acheteuse", "lea@exemple.fr", dialog.teams[0].id)]
    assert dialog.isVisible()  # Entrée edited the row; it did not close the dialog


def test_with_nobody_yet_the_focus_is_on_ajouter(dialog) -> None:
    assert dialog.focusWidget() is dialog.add_person_button
