"""« Personnes et équipes »: the people and teams of the organisation, each change an undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import people as svc
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.entry_list import Entry, EntryList
from srm_inclusif.ui.mnemonics import (
    give_letters,
    letter_of,
    letters_taken_by,
    plain_text,
)
from srm_inclusif.ui.person_dialog import PersonDialog
from srm_inclusif.ui.prompts import ask_text, asked
from srm_inclusif.ui.undo import undo_here


class OrganisationDialog(QDialog):
    """Two lists, Personnes and Équipes, with their buttons; Suppr, Entrée and Ctrl+Z work."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("organisationDialog")
        self.setWindowTitle(self.tr("Personnes et équipes"))
        self.people: list[svc.PersonRow] = []
        self.teams: list[svc.TeamRow] = []
        self._build()
        self._connect_signals()
        undo_here(self, ctx.undo_stack)
        self.reload()
        # Entrée then edits the first person; with nobody yet, it adds one
        (self.people_list if self.people else self.add_person_button).setFocus()
        self.resize(860, 460)

    # -- view -----------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_people()
        self._build_teams()
        note = QLabel(self.tr(
            "Une personne n'est jamais supprimée : désactivée, elle garde ses fiches objectifs "
            "et ses relations mais n'est plus proposée. Une équipe supprimée laisse ses membres "
            "sans équipe ; une équipe qui a des fiches objectifs ne peut pas l'être."))
        note.setWordWrap(True)
        note.setObjectName("organisationNote")
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.close_box.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Fermer"))
        close.setAutoDefault(False)  # else the dialog makes it its default, pressed by Entrée
        self.close_box.rejected.connect(self.reject)
        lists = QHBoxLayout()
        lists.addWidget(self.people_entries, 3)
        lists.addWidget(self.team_entries, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addWidget(note)
        layout.addWidget(self.close_box)
        self._give_letters()

    def _build_people(self) -> None:
        self.inactive_check = QCheckBox(self.tr("Afficher les personnes inactives"))
        self.inactive_check.setObjectName("showInactive")
        self.people_entries = EntryList("peopleList", self.tr("Personnes"), [
            self.tr("Nom"), self.tr("Fonction"), self.tr("Équipe"), self.tr("E-mail")],
            under=self.inactive_check)
        self.people_list, self.people_title = self.people_entries.tree, self.people_entries.title
        self.add_person_button = self.people_entries.button("addPersonButton", self.tr("Ajouter…"))
        self.edit_person_button = self.people_entries.button(
            "editPersonButton", self.tr("Modifier…"), for_entry=True)
        self.active_button = self.people_entries.button(
            "activeButton", self.tr("Désactiver"), for_entry=True)

    def _build_teams(self) -> None:
        self.team_entries = EntryList("teamList", self.tr("Équipes"), [
            self.tr("Équipe"), self.tr("Membres"), self.tr("Fiches objectifs")])
        self.team_list, self.teams_title = self.team_entries.tree, self.team_entries.title
        self.add_team_button = self.team_entries.button(
            "addTeamButton", self.tr("Nouvelle équipe…"))
        self.rename_team_button = self.team_entries.button(
            "renameTeamButton", self.tr("Renommer…"), for_entry=True)
        self.delete_team_button = self.team_entries.button(
            "deleteTeamButton", self.tr("Supprimer"), for_entry=True)

    def _give_letters(self) -> None:
        """Alt letters from the shown texts, none of the close button's."""
        give_letters([self.people_title, self.add_person_button, self.edit_person_button,
                      self.active_button, self.inactive_check, self.teams_title,
                      self.add_team_button, self.rename_team_button, self.delete_team_button],
                     letters_taken_by(self.close_box.buttons()))

    def _name_active_button(self, text: str) -> None:
        """« Désactiver » or « Réactiver », with a letter no other widget has (theirs stay)."""
        self.active_button.setText(text)
        others = [self.people_title, self.add_person_button, self.edit_person_button,
                  self.inactive_check, self.teams_title, self.add_team_button,
                  self.rename_team_button, self.delete_team_button, *self.close_box.buttons()]
        taken = {letter for w in others if (letter := letter_of(w.text())) is not None}
        give_letters([self.active_button], taken)

    def writing_buttons(self) -> list[QPushButton]:
        """Every button of the lists: each adds or changes a person or a team."""
        return [self.add_person_button, self.edit_person_button, self.active_button,
                self.add_team_button, self.rename_team_button, self.delete_team_button]

    # -- controller -----------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        if read_only_banner.allowed(self.ctx):  # read-only: Entrée and Suppr change nothing
            self.people_entries.activated.connect(self._on_edit_person)
            self.people_entries.delete_pressed.connect(self._on_toggle_active)
            self.team_entries.activated.connect(self._on_rename_team)
            self.team_entries.delete_pressed.connect(self._on_delete_team)
        else:
            read_only_banner.show_read_only_lists(self, self.people_entries, self.team_entries)
        self.people_entries.current_changed.connect(self._show_person_buttons)
        self.inactive_check.toggled.connect(self.reload)
        self.add_person_button.clicked.connect(self._on_add_person)
        self.edit_person_button.clicked.connect(self._on_edit_person)
        self.active_button.clicked.connect(self._on_toggle_active)
        self.add_team_button.clicked.connect(self._on_add_team)
        self.rename_team_button.clicked.connect(self._on_rename_team)
        self.delete_team_button.clicked.connect(self._on_delete_team)
        self.ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, _changes: Changes) -> None:
        self.reload()  # a change made here, undone with Ctrl+Z, or made elsewhere

    def reload(self) -> None:
        """Show the people (inactive ones too when asked) and the teams as they are now."""
        self.people = svc.list_people(self.ctx.engine,
                                      active_only=not self.inactive_check.isChecked())
        self.teams = svc.list_teams(self.ctx.engine)
        self.people_entries.fill([self._person_entry(p) for p in self.people],
                                 self.people_entries.current_id())
        self.team_entries.fill([Entry(t.id, (t.name, self._members_text(t), str(t.sheets)))
                                for t in self.teams], self.team_entries.current_id())

    def _person_entry(self, person: svc.PersonRow) -> Entry:
        """A person's row; an inactive one greyed, its tip saying what that means."""
        tip = "" if person.active else self.tr(
            "Désactivé(e) : n'est plus proposé(e) dans les listes ; "
            "garde ses fiches et ses relations.")
        return Entry(person.id, self._person_cells(person), person.active, tip)

    def _person_cells(self, person: svc.PersonRow) -> tuple[str, ...]:
        name = person.name if person.active else self.tr("{name} (inactive)").format(
            name=person.name)  # « personne inactive », as the toggle says
        return name, person.role, person.team_name or "", person.email or ""

    def _members_text(self, team: svc.TeamRow) -> str:
        """« 3 », the active members; « 3 (+1 inactive) » when some are inactive."""
        if not team.inactive_members:
            return str(team.members)
        text = (self.tr("{active} (+{inactive} inactive)") if team.inactive_members == 1
                else self.tr("{active} (+{inactive} inactives)"))
        return text.format(active=team.members, inactive=team.inactive_members)

    def selected_person(self) -> svc.PersonRow | None:
        """The person selected in the list."""
        chosen = self.people_entries.current_id()
        return next((p for p in self.people if p.id == chosen), None)

    def selected_team(self) -> svc.TeamRow | None:
        """The team selected in the list."""
        chosen = self.team_entries.current_id()
        return next((t for t in self.teams if t.id == chosen), None)

    def _show_person_buttons(self) -> None:
        person = self.selected_person()
        wanted = self.tr("Réactiver") if person and not person.active else self.tr("Désactiver")
        if plain_text(self.active_button.text()) != wanted:
            self._name_active_button(wanted)

    def _run(self, text: str, do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
        return run_step(self.ctx, self, text, do, undo)

    # -- people ---------------------------------------------------------------------------------
    def _roles(self) -> list[str]:
        """The profile's role first, then the roles already given, for the Fonction list."""
        given = [p.role for p in svc.list_people(self.ctx.engine, active_only=False) if p.role]
        return list(dict.fromkeys([self.ctx.settings.profile.person_role, *sorted(given)]))

    def _on_add_person(self) -> None:
        self._open_form(PersonDialog(self.teams, self._roles(), self.add_person, parent=self))

    def add_person(self, values: svc.PersonInput) -> bool:
        """Add a person as one undo step; False (the refusal shown) when the values are refused."""
        made: dict[str, int] = {}

        def do() -> Changes:
            created = svc.add_person(self.ctx.engine, values=values, person_id=made.get("id"))
            made["id"] = created.id
            return created.changes

        text = self.tr("Ajouter « {name} »").format(name=" ".join(values.name.split()))
        if not self._run(text, do, lambda: svc.delete_person(self.ctx.engine,
                                                             person_id=made["id"])):
            return False
        self.people_entries.select(made["id"])
        return True

    def _on_edit_person(self) -> None:
        person = self.selected_person()
        if person is None:
            return
        before = svc.person_values(self.ctx.engine, person_id=person.id)
        self._open_form(PersonDialog(self.teams, self._roles(),
                                     lambda values: self.edit_person(person.id, before, values),
                                     values=before, parent=self))

    @staticmethod
    def _open_form(form: PersonDialog) -> None:
        form.exec()
        form.deleteLater()  # a closed form kept as a child would pile up with each one opened

    def edit_person(self, person_id: int, before: svc.PersonInput,
                    values: svc.PersonInput) -> bool:
        """Change a person as one undo step (nothing when nothing changed)."""
        if values == before:
            return True
        return self._run(
            self.tr("Modifier « {name} »").format(name=before.name),
            lambda: svc.update_person(self.ctx.engine, person_id=person_id, values=values),
            lambda: svc.update_person(self.ctx.engine, person_id=person_id, values=before))

    def _on_toggle_active(self) -> None:
        person = self.selected_person()
        if person is not None and (not person.active or asked(
                self, self.tr("Désactiver"), self.tr(
                    "Désactiver « {name} » ? Cette personne ne sera plus proposée dans les listes "
                    "(Ctrl+Z pour annuler).").format(name=person.name), default_yes=False)):
            self.set_active(person, not person.active)

    def set_active(self, person: svc.PersonRow, active: bool) -> bool:
        """Deactivate or reactivate a person as one undo step."""
        text = (self.tr("Réactiver « {name} »") if active else
                self.tr("Désactiver « {name} »")).format(name=person.name)
        return self._run(text, lambda: svc.set_person_active(
            self.ctx.engine, person_id=person.id, active=active), lambda: svc.set_person_active(
            self.ctx.engine, person_id=person.id, active=not active))

    # -- teams ----------------------------------------------------------------------------------
    def _on_add_team(self) -> None:
        self._ask_team_name(self.tr("Nouvelle équipe"), "", self.add_team)

    def _ask_team_name(self, title: str, name: str, save: Callable[[str], bool]) -> None:
        """Ask a team's name until it is saved or the user cancels (a refusal keeps the text)."""
        while True:
            name, ok = ask_text(self, title, self.tr("Nom de l'équipe :"), name)
            if not ok or save(name):
                return

    def add_team(self, name: str) -> bool:
        """Add a team as one undo step."""
        made: dict[str, int] = {}

        def do() -> Changes:
            created = svc.add_team(self.ctx.engine, name=name, team_id=made.get("id"))
            made["id"] = created.id
            return created.changes

        text = self.tr("Ajouter l'équipe « {name} »").format(name=" ".join(name.split()))
        if not self._run(text, do, lambda: svc.delete_team(self.ctx.engine,
                                                           team_id=made["id"])):
            return False
        self.team_entries.select(made["id"])
        return True

    def _on_rename_team(self) -> None:
        team = self.selected_team()
        if team is not None:
            self._ask_team_name(self.tr("Renommer l'équipe"), team.name,
                                lambda name: self.rename_team(team, name))

    def rename_team(self, team: svc.TeamRow, name: str) -> bool:
        """Rename a team as one undo step."""
        if name == team.name:
            return True
        return self._run(
            self.tr("Renommer l'équipe « {name} »").format(name=team.name),
            lambda: svc.rename_team(self.ctx.engine, team_id=team.id, name=name),
            lambda: svc.rename_team(self.ctx.engine, team_id=team.id, name=team.name))

    def _on_delete_team(self) -> None:
        team = self.selected_team()
        if team is not None and asked(self, self.tr("Supprimer l'équipe"),
                                      self._deletion_question(team), default_yes=False):
            self.delete_team(team)

    def _deletion_question(self, team: svc.TeamRow) -> str:
        """The question before deleting a team, saying how many members it leaves without one."""
        members = team.members + team.inactive_members
        if not members:
            return self.tr("Supprimer l'équipe « {name} » ? Elle n'a aucun membre.").format(
                name=team.name)
        text = (self.tr("Supprimer l'équipe « {name} » ? Son membre n'aura plus d'équipe.")
                if members == 1 else
                self.tr("Supprimer l'équipe « {name} » ? Ses {count} membres n'auront plus "
                        "d'équipe."))
        return text.format(name=team.name, count=members)

    def delete_team(self, team: svc.TeamRow) -> bool:
        """Delete a team (its members left without one) as one undo step; refused with sheets."""
        snapshot = svc.snapshot_team(self.ctx.engine, team_id=team.id)
        return self._run(
            self.tr("Supprimer l'équipe « {name} »").format(name=team.name),
            lambda: svc.delete_team(self.ctx.engine, team_id=team.id),
            lambda: svc.restore_team(self.ctx.engine, snapshot=snapshot))


def open_organisation(ctx: WorkspaceContext, parent: QWidget | None) -> None:
    """Show « Personnes et équipes » until closed; the dialog goes with its close.

    Kept alive, a closed dialog would still reload at every change and hold its undo keys.
    """
    dialog = OrganisationDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()
