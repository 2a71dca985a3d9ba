"""The workspace's profile: chosen on the welcome dialog, changed later from Outils."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.commands import run_step

if TYPE_CHECKING:
    from srm_inclusif.ui.context import WorkspaceContext

#: Width of the dialog's sentence, in average characters.
NOTE_CHARS = 64


class ProfileChoice(QWidget):
    """The two profiles as radio buttons, the buyer's first; ``toggled`` on each change."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buyer_radio = QRadioButton(
            self.tr("Je suis &acheteur (entreprise, collectivité, PME)"))
        self.buyer_radio.setObjectName("buyerProfile")
        self.seller_radio = QRadioButton(
            self.tr("Je représente une &structure inclusive (SIAE, EA, ESAT)"))
        self.seller_radio.setObjectName("sellerProfile")
        self.buyer_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.buyer_radio)
        group.addButton(self.seller_radio)
        self.toggled = self.buyer_radio.toggled
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buyer_radio)
        layout.addWidget(self.seller_radio)

    @property
    def profile(self) -> Profile:
        """The profile ticked."""
        return Profile.ACHETEUR if self.buyer_radio.isChecked() else Profile.STRUCTURE_INCLUSIVE

    def set_profile(self, profile: Profile) -> None:
        """Tick a profile."""
        radio = self.buyer_radio if profile is Profile.ACHETEUR else self.seller_radio
        radio.setChecked(True)


class ProfileDialog(QDialog):
    """« Profil de l'espace » : the profile ticked, OK to change it."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profil de l'espace"))
        self.choice = ProfileChoice()
        self.choice.set_profile(profile)
        # no-break spaces inside « » and before « : » (a line never ends on « nor starts on »)
        # the data stays, but one figure does not: the quality score counts the feedback of the
        # other side (kpi_data.quality_direction), an objective on it may change or go missing
        note = QLabel(self.tr(
            "Le profil donne ses noms à l'espace (« Fournisseurs » ou « Clients ») et choisit "
            "les outils proposés. Les fiches, relations, contrats et objectifs restent tels "
            "quels, mais la « Note de qualité des retours » compte les retours de l'autre "
            "partie : ceux qu'un acheteur donne, ceux qu'une structure inclusive reçoit. Le "
            "réalisé d'un objectif sur cette note change donc, ou manque faute de retour. "
            "Ctrl+Z remet le profil précédent."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(note)
        layout.addWidget(buttons)
        # a wrapped sentence needs a width first: its height follows from it
        note.setMinimumWidth(NOTE_CHARS * note.fontMetrics().averageCharWidth())
        self.adjustSize()

    @property
    def profile(self) -> Profile:
        """The profile ticked."""
        return self.choice.profile


def change_profile(ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
    """Ask for the workspace's profile; a new one is written as one undo step."""
    dialog = ProfileDialog(ctx.settings.profile, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.profile is ctx.settings.profile:
        return
    set_profile(ctx, dialog.profile, parent)


def set_profile(ctx: WorkspaceContext, profile: Profile, parent: QWidget | None = None) -> bool:
    """Put the workspace in ``profile`` as one undo step; a refusal is said, not pushed."""
    engine, previous = ctx.engine, ctx.settings.profile
    return run_step(ctx, parent,
                    QCoreApplication.translate("ProfileDialog", "Changer le profil de l'espace"),
                    lambda: update_settings(engine, profile=profile),
                    lambda: update_settings(engine, profile=previous))
