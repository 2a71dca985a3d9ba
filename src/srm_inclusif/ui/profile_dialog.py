"""The workspace's profile and fiscal year start: chosen at first, changed later from Outils."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.fiscal_year import fiscal_year_label
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.objective_sheets import list_sheets
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui import read_only_banner, read_only_form
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.form_dialog import FormDialog

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


def month_names() -> list[str]:
    """The twelve months in the UI language, January first (« janvier » in French)."""
    locale = QLocale()
    return [locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)
            for month in range(1, 13)]


class ProfileDialog(FormDialog):
    """« Profil et exercice » : the profile ticked and the fiscal year's first month, OK to save."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *,
                 start_month: int = 1, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Profil et exercice"))
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
        year = self._build_fiscal_year(start_month)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choice)
        layout.addWidget(note)
        layout.addSpacing(note.fontMetrics().height() // 2)  # the year apart from the profile
        layout.addLayout(year)
        layout.addWidget(self.year_hint)
        layout.addWidget(buttons)
        # a wrapped sentence needs a width first: its height follows from it
        note.setMinimumWidth(NOTE_CHARS * note.fontMetrics().averageCharWidth())
        if read_only:
            self._show_read_only(buttons)
        self.adjustSize()

    def _show_read_only(self, buttons: QDialogButtonBox) -> None:
        """A read-only workspace: the profile and month shown, neither can be changed."""
        self.setWindowTitle(read_only_banner.read_only_title(self.windowTitle()))
        buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        read_only_form.freeze(self, read_only_banner.writing_refused_text(),
                              keep=buttons.buttons())

    def _build_fiscal_year(self, start_month: int) -> QFormLayout:
        """The month list « Début de l'exercice » and its hint (what follows the month)."""
        self.start_month_combo = QComboBox()
        self.start_month_combo.setObjectName("fiscalYearStartMonth")
        self.start_month_combo.addItems(month_names())
        self.start_month_combo.setCurrentIndex(start_month - 1)
        self.year_hint = QLabel(self.tr(
            "Le tableau de bord, les objectifs et les fiches objectifs suivent cet exercice. "
            "Une fiche objectifs garde son année de début : changer le mois change la période "
            "qu'elle couvre, et donc ses réalisés. Ctrl+Z remet le mois précédent."))
        self.year_hint.setObjectName("fiscalYearHint")
        self.year_hint.setWordWrap(True)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Début de l'&exercice :"), self.start_month_combo)
        self.start_month_combo.setAccessibleName(self.tr("Début de l'exercice"))
        return form

    @property
    def profile(self) -> Profile:
        """The profile ticked."""
        return self.choice.profile

    @property
    def start_month(self) -> int:
        """The fiscal year's first month chosen (1 for January)."""
        return self.start_month_combo.currentIndex() + 1


def change_profile(ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
    """Ask for the profile and the fiscal year's start; what changed is written as one undo step."""
    settings = ctx.settings
    dialog = ProfileDialog(settings.profile, parent, start_month=settings.fiscal_year_start_month,
                           read_only=ctx.workspace.read_only)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.start_month == settings.fiscal_year_start_month:
        if dialog.profile is not settings.profile:
            set_profile(ctx, dialog.profile, parent)
    elif not _sheets_may_move(ctx, dialog.start_month, parent):
        if dialog.profile is not settings.profile:  # the profile asked for still changes
            set_profile(ctx, dialog.profile, parent)
    elif dialog.profile is settings.profile:
        set_fiscal_year_start(ctx, dialog.start_month, parent)
    else:
        _set_both(ctx, dialog.profile, dialog.start_month, parent)


def _sheets_may_move(ctx: WorkspaceContext, month: int, parent: QWidget | None) -> bool:
    """Whether the user lets the objective sheets cover other months (yes when there are none).

    A sheet is numbered by the year it starts in: « 2026 » becomes « 2026-2027 » when the year
    starts in July, and its actuals are counted on those months instead.
    """
    sheets = list_sheets(ctx.engine)
    if not sheets:
        return True
    years = sorted({sheet.year for sheet in sheets})
    before = period_names(years, ctx.settings.fiscal_year_start_month)
    after = period_names(years, month)
    if before == after:  # « 2025-2026 » either way: the months tell them apart
        before = period_names(years, ctx.settings.fiscal_year_start_month, months=True)
        after = period_names(years, month, months=True)
    title = QCoreApplication.translate("ProfileDialog", "Changer le début de l'exercice")
    question = SheetsMoving().question(len(sheets)).format(before, after)
    yes, cancel = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Cancel
    return QMessageBox.question(parent, title, question, yes | cancel, cancel) == yes


def period_names(years: list[int], start_month: int, *, months: bool = False) -> str:
    """« 2025, 2026 », or with ``months`` « 07/2025 – 06/2026, … »: what each year covers."""
    if not months:
        return ", ".join(fiscal_year_label(year, start_month) for year in years)
    last = (start_month - 2) % 12 + 1
    return ", ".join(
        f"{start_month:02d}/{year} – {last:02d}/{year + (start_month > 1)}" for year in years)


def set_profile(ctx: WorkspaceContext, profile: Profile, parent: QWidget | None = None) -> bool:
    """Put the workspace in ``profile`` as one undo step; a refusal is said, not pushed."""
    engine, previous = ctx.engine, ctx.settings.profile
    return run_step(ctx, parent,
                    QCoreApplication.translate("ProfileDialog", "Changer le profil de l'espace"),
                    lambda: update_settings(engine, profile=profile),
                    lambda: update_settings(engine, profile=previous))


def set_fiscal_year_start(ctx: WorkspaceContext, month: int, parent: QWidget | None = None) -> bool:
    """Start the workspace's fiscal year in ``month`` (1-12) as one undo step."""
    engine, previous = ctx.engine, ctx.settings.fiscal_year_start_month
    return run_step(ctx, parent,
                    QCoreApplication.translate("ProfileDialog", "Changer le début de l'exercice"),
                    lambda: update_settings(engine, fiscal_year_start_month=month),
                    lambda: update_settings(engine, fiscal_year_start_month=previous))


def _set_both(ctx: WorkspaceContext, profile: Profile, month: int,
              parent: QWidget | None) -> bool:
    """A new profile and fiscal year start chosen at once: one undo step for both."""
    engine, before = ctx.engine, ctx.settings
    return run_step(
        ctx, parent, QCoreApplication.translate(
            "ProfileDialog", "Changer le profil et le début de l'exercice"),
        lambda: update_settings(engine, profile=profile, fiscal_year_start_month=month),
        lambda: update_settings(engine, profile=before.profile,
                                fiscal_year_start_month=before.fiscal_year_start_month))


class SheetsMoving(QObject):
    """The question asked before the objective sheets cover other months.

    A class of its own: lupdate reads a plural message (its count) in ``tr`` only.
    """

    def question(self, count: int) -> str:
        """« 3 fiches objectifs couvriront une autre période : {0} → {1}. … »."""
        return self.tr(
            "%n fiche(s) objectifs couvriront une autre période : {0} → {1}. Leurs réalisés "
            "changeront. Changer le début de l'exercice ?", "", count)
