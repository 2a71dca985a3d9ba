"""GDPR: the contacts due for anonymisation (3 years without contact or since the end)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.gdpr import AnonymiseReason
from srm_inclusif.core.numbers import day_text, grouped
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contacts import (
    DueContact,
    anonymise_contact,
    contact_values,
    contacts_due_for_anonymising,
    restore_contact,
)
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.prompts import asked
from srm_inclusif.ui.undo import undo_here

#: How many names the confirmation lists before it says « et N autres ».
NAMES_LISTED = 5


def reason_text(reason: str, *, beside_last_interaction: bool = False) -> str:
    """Why a contact is due, in the UI language (its values filled in after translation).

    ``beside_last_interaction``: the last interaction's day is shown next to it, not repeated.
    """
    if isinstance(reason, AnonymiseReason):
        template = (reason.template_beside_last_interaction() if beside_last_interaction
                    else reason.template)
        days = {name: day_text(day) for name, day in getattr(reason, "dates", {}).items()}
        return QCoreApplication.translate("Gdpr", template).format(**{**reason.params, **days})
    return reason


class GdprDialog(QDialog):
    """Lists due contacts; anonymises the selected ones as one undo step."""

    COL_REASON = 3

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("gdprDialog")
        self.setWindowTitle(self.tr("Contacts à anonymiser"))
        self.resize(900, 520)
        self.due: list[DueContact] = []
        seller = ctx.settings.profile.is_seller
        intro = QLabel(self.tr(
            "Données personnelles : au-delà de 3 ans sans échange, ou 3 ans après la fin de la "
            "relation, anonymisez les contacts. Le nom, l'e-mail et le téléphone sont effacés "
            "partout (recherche comprise) ; le client, les contrats et les montants restent.")
            if seller else self.tr(
            "Données personnelles : au-delà de 3 ans sans échange, ou 3 ans après la fin de la "
            "relation, anonymisez les contacts. Le nom, l'e-mail et le téléphone sont effacés "
            "partout (recherche comprise) ; la structure, les contrats et les montants restent."))
        intro.setWordWrap(True)
        self.count_label = QLabel()
        self.count_label.setObjectName("gdprCount")
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("gdprTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Client") if seller else self.tr("Structure"), self.tr("Contact"),
            self.tr("Dernier échange"), self.tr("Motif")])
        self.table.horizontalHeader().setSectionResizeMode(
            self.COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.anonymise_button = QPushButton(self.tr("&Anonymiser la sélection"))
        self.anonymise_button.setObjectName("anonymiseSelected")
        self.anonymise_button.setAutoDefault(False)  # Enter never erases anyone
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.select_all_button = QPushButton(self.tr("&Tout sélectionner"))
        self.select_all_button.setObjectName("gdprSelectAll")
        self.select_all_button.setAutoDefault(False)
        self.select_all_button.clicked.connect(self._on_select_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        buttons.addButton(self.select_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.anonymise_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._offer_anonymising)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.count_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        undo_here(self, self.ctx.undo_stack)
        self.ctx.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches("contacts"):  # anonymised here, or undone with Ctrl+Z
            self.reload()

    def reload(self) -> None:
        """Read the due contacts again."""
        self.due = contacts_due_for_anonymising(self.ctx.engine, today=self.ctx.today())
        self._fill_table()
        # nobody stays chosen: a second click must not erase the next person in the list
        self.table.clearSelection()
        self.count_label.setText(self._count_text())
        self.select_all_button.setEnabled(bool(self.due))
        self._offer_anonymising()

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.due))
        for row, due in enumerate(self.due):
            seen = due.contact.last_interaction
            cells = (due.counterparty_name, due.contact.display_name,
                     day_text(seen) if seen else "",
                     reason_text(due.reason, beside_last_interaction=True))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        # not the reason: sized to its text, it would stop short of the list's right edge
        for column in range(self.COL_REASON):
            self.table.resizeColumnToContents(column)

    def _count_text(self) -> str:
        """« 1 contact à anonymiser. », « 1 200 contacts … »; none: « Aucun … », not « 0 … »."""
        count = len(self.due)
        if count == 0:
            return self.tr("Aucun contact à anonymiser.")
        return self.tr("%Ln contact(s) à anonymiser.", "", count)

    def _on_select_all(self) -> None:
        self.table.selectAll()
        self.table.setFocus()

    def _offer_anonymising(self) -> None:
        """The button works on the selected contacts: off while none is selected."""
        self.anonymise_button.setEnabled(self.table.selectionModel().hasSelection())

    def anonymise_selected(self) -> None:
        """Anonymise the selected contacts (one undo step for all)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.due[r].contact.id for r in rows]
        if not ids or not self._confirmed(rows):
            return
        engine = self.ctx.engine
        before = {cid: contact_values(engine, contact_id=cid) for cid in ids}

        def do() -> Changes:
            changes = Changes()
            for cid in ids:
                changes = changes | anonymise_contact(engine, contact_id=cid)
            return changes

        def undo() -> Changes:
            changes = Changes()
            for cid, values in before.items():
                changes = changes | restore_contact(engine, contact_id=cid, values=values)
            return changes

        run_step(self.ctx, self, self.tr("Anonymiser %n contact(s)", "", len(ids)), do, undo)

    def _confirmed(self, rows: list[int]) -> bool:
        """Ask before erasing, naming who; No is the default answer."""
        return asked(self, self.tr("Anonymiser"), self._question(rows), default_yes=False)

    def _question(self, rows: list[int]) -> str:
        names = [self.due[r].contact.display_name for r in rows]
        if len(names) == 1:
            return self.tr(
                "Anonymiser 1 contact ({name}) ? Ses nom, e-mail et téléphone seront effacés. "
                "Vous pourrez annuler avec Ctrl+Z.").format(name=names[0])
        return self.tr(
            "Anonymiser {count} contacts ({names}) ? Leurs noms, e-mails et téléphones seront "
            "effacés. Vous pourrez annuler avec Ctrl+Z.").format(
                count=grouped(len(names)), names=self._listed(names))

    def _listed(self, names: list[str]) -> str:
        """The names, the first ones only when there are many (« A, B… et 7 autres »)."""
        if len(names) <= NAMES_LISTED + 1:
            return ", ".join(names)
        return self.tr("{names} et {count} autres").format(
            names=", ".join(names[:NAMES_LISTED]), count=grouped(len(names) - NAMES_LISTED))
