"""First start: create a workspace (profile, organisation) or open the demo."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.ui.fitting_hint import show_whole_hint
from srm_inclusif.ui.profile_dialog import ProfileChoice


class WelcomeChoice(Enum):
    """What the user chose on the welcome dialog."""

    CREATE = "create"
    DEMO = "demo"
    OPEN = "open"


class WelcomeDialog(QDialog):
    """Asks how to start; read ``choice``, ``profile``, ``organisation_name``, ``user_name``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Bienvenue dans SRM Inclusif"))
        self.choice: WelcomeChoice | None = None
        self.intro = QLabel()
        self.intro.setObjectName("welcomeIntro")
        self.intro.setWordWrap(True)
        heading = QLabel(self.tr("Bienvenue dans SRM Inclusif"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self._create_box())
        self.profile_choice.toggled.connect(self._show_intro)
        self._show_intro()
        layout.addLayout(self._other_buttons())
        self.organisation_edit.setFocus()
        self.resize(560, 0)

    def _create_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Créer mon espace de travail"))
        self.profile_choice = ProfileChoice()
        self.buyer_radio = self.profile_choice.buyer_radio
        self.seller_radio = self.profile_choice.seller_radio
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisationEdit")
        self.organisation_edit.setPlaceholderText(self.tr("Nom de votre organisation"))
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("userNameEdit")
        self.user_edit.setPlaceholderText(self.tr("Facultatif : titulaire de vos fiches "
                                                  "objectifs, suit vos relations"))
        # the dialog widens with the field when a language needs it: at its usual width the
        # English hint was cut (« …follows your relationsh… »)
        show_whole_hint(self.user_edit)
        self.create_button = QPushButton(self.tr("&Créer l'espace de travail"))
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.setEnabled(False)
        self.organisation_edit.textChanged.connect(
            lambda text: self.create_button.setEnabled(bool(text.strip())))
        self.create_button.clicked.connect(lambda: self._finish(WelcomeChoice.CREATE))
        form = QFormLayout(box)
        form.addRow(self.tr("Profil"), self.profile_choice)
        form.addRow(self.tr("&Organisation"), self.organisation_edit)
        form.addRow(self.tr("Votre &nom"), self.user_edit)
        form.addRow("", self.create_button)
        return box

    def _show_intro(self) -> None:
        """What the app does for the profile ticked: buying from, or selling as, a structure."""
        if self.profile is Profile.ACHETEUR:
            self.intro.setText(self.tr(
                "SRM Inclusif vous aide à acheter auprès de structures inclusives et à faire "
                "durer la relation : sourcing, marché test, retour d'expérience, "
                "renouvellement."))
        else:
            self.intro.setText(self.tr(
                "SRM Inclusif aide votre structure inclusive à suivre ses clients et à faire "
                "durer la relation : prospection, marché test, retour du client, "
                "renouvellement, bilan d'impact."))

    def _other_buttons(self) -> QHBoxLayout:
        self.demo_button = QPushButton(self.tr("Explorer la &démonstration"))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setToolTip(self.tr(
            "Un espace fictif : 360 structures, 3 acheteurs, relations, contrats et dépenses."))
        self.demo_button.clicked.connect(lambda: self._finish(WelcomeChoice.DEMO))
        self.open_button = QPushButton(self.tr("Ou&vrir un espace existant…"))
        self.open_button.clicked.connect(lambda: self._finish(WelcomeChoice.OPEN))
        row = QHBoxLayout()
        row.addWidget(self.demo_button)
        row.addWidget(self.open_button)
        row.addStretch(1)
        return row

    @property
    def profile(self) -> Profile:
        """The chosen profile."""
        return self.profile_choice.profile

    @property
    def organisation_name(self) -> str:
        """The organisation name typed."""
        return self.organisation_edit.text().strip()

    @property
    def user_name(self) -> str:
        """The user's name, if she gave it: the workspace's first person."""
        return self.user_edit.text().strip()

    def _finish(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()
