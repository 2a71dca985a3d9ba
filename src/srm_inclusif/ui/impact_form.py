"""The form of one impact report: period, people, hours, exits, the rate said while typing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.impact import (
    DYNAMIC,
    HOURS_WORKED_LABEL,
    PEOPLE_LABEL,
    TRAINING_HOURS_LABEL,
    ExitCategory,
    ExitCounts,
    ImpactFigures,
    check_figures,
)
from srm_inclusif.core.numbers import day_text, percent_of, trimmed, with_unit
from srm_inclusif.ui.day_edit import DayEdit, ui_language
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.i18n import UI_LOCALES, count_text
from srm_inclusif.ui.lifecycle.fields import HoursEdit
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by
from srm_inclusif.ui.sizing import resize_to_fit

#: The width the form opens at (less on a narrower screen): each exit's meaning on one line.
OPENING_WIDTH = 860


def vocabulary_text(text: str) -> str:
    """A label marked in the Qt-free layers (``core.impact``), in the UI language."""
    return QCoreApplication.translate("Vocabulary", text)


def rate_sentence(exits: ExitCounts) -> str:
    """« Sorties dynamiques : 60,00 % sur 10 sorties (emploi durable : 3, …) », or none said.

    Each category is named by its label followed by its count, so that no word has to agree
    with a number (« emploi durable : 3 »): the sentence needs no plural forms.
    """
    rate = exits.dynamic_rate
    if rate is None:
        return QCoreApplication.translate("ImpactReportsDialog",
                                          "Sorties dynamiques : — (aucune sortie)")
    # the only total said in the singular is 1, in both languages (0 says « aucune sortie »)
    if exits.total == 1:
        template = QCoreApplication.translate(
            "ImpactReportsDialog", "Sorties dynamiques : {rate} sur {total} sortie ({detail})")
    else:
        template = QCoreApplication.translate(
            "ImpactReportsDialog", "Sorties dynamiques : {rate} sur {total} sorties ({detail})")
    return template.format(rate=percent_of(rate), total=count_text(exits.total),
                           detail=", ".join(_category_count(exits, c) for c in DYNAMIC))


def _category_count(exits: ExitCounts, category: ExitCategory) -> str:
    """« emploi durable : 3 »: the category in lower case, as it reads inside a sentence."""
    label = category.label
    return QCoreApplication.translate("ImpactReportsDialog", "{category} : {count}").format(
        category=label[:1].lower() + label[1:], count=count_text(exits.count(category)))


def period_text(figures: ImpactFigures) -> str:
    """``01/01/2026 – 30/06/2026`` as the UI language writes dates."""
    return f"{day_text(figures.period_start)} – {day_text(figures.period_end)}"


def hours_text(hours: Decimal) -> str:
    """``3 450,5 h`` / ``3,450.5 h``: at most one decimal, as the hours are typed."""
    return with_unit(trimmed(hours, 1), "h")


def _count_spin(name: str) -> QSpinBox:
    """A count typed as the UI language writes it (« 1 250 » in French, « 1,250 » in English)."""
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setLocale(UI_LOCALES[ui_language()])
    spin.setRange(0, 1_000_000)
    spin.setGroupSeparatorShown(True)
    return spin


def _fields_scroll(content: QWidget) -> QScrollArea:
    """The fields, scrolled when the screen is too short for them; Tab goes to the fields."""
    scroll = QScrollArea()
    scroll.setObjectName("impactFieldsScroll")
    scroll.setWidgetResizable(True)  # the fields take its width, their wrapped lines its height
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setMinimumHeight(scroll.fontMetrics().lineSpacing() * 8)
    scroll.setWidget(content)
    return scroll


def _hours(edit: HoursEdit) -> Decimal:
    return Decimal(str(round(edit.value(), 1)))


class ImpactReportForm(FormDialog):
    """The figures of one report; stays open while ``save`` refuses them."""

    def __init__(self, figures: ImpactFigures, save: Callable[[ImpactFigures], bool], *,
                 client: str, editing: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impactReportForm")
        title = self.tr("Modifier le bilan d'impact") if editing else self.tr(
            "Nouveau bilan d'impact")
        self.setWindowTitle(f"{title} — {client}")
        self._save = save
        self._build()
        self._load(figures)
        self._connect_signals()
        self._show_rate()

    def _build(self) -> None:
        self.start_edit, self.end_edit = DayEdit(), DayEdit()
        self.start_edit.setObjectName("periodStart")
        self.end_edit.setObjectName("periodEnd")
        self.people_spin = _count_spin("people")
        self.hours_edit, self.training_edit = HoursEdit(), HoursEdit()
        self.hours_edit.setObjectName("hoursWorked")
        self.training_edit.setObjectName("trainingHours")
        self.exit_spins = {category: _count_spin(f"exits_{category.value}")
                           for category in ExitCategory}
        self.rate_label = QLabel()
        self.rate_label.setObjectName("impactRate")
        self.rate_label.setWordWrap(True)
        self.rate_label.setStyleSheet("font-weight: bold;")
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setObjectName("impactComment")
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet("color: #c0392b;")
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._layout()

    def _layout(self) -> None:
        form = QFormLayout()
        for text, field in ((self.tr("Début de la période"), self.start_edit),
                            (self.tr("Fin de la période"), self.end_edit),
                            (vocabulary_text(PEOPLE_LABEL), self.people_spin),
                            (vocabulary_text(HOURS_WORKED_LABEL), self.hours_edit),
                            (vocabulary_text(TRAINING_HOURS_LABEL), self.training_edit)):
            form.addRow(text, field)
        exits = QFormLayout()
        for category, spin in self.exit_spins.items():
            meaning = QLabel(category.definition)
            meaning.setWordWrap(True)
            meaning.setStyleSheet("color: palette(placeholder-text);")
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(meaning, 1)
            spin.setToolTip(category.definition)
            exits.addRow(category.label, row)
            exits.labelForField(row).setBuddy(spin)
        self.exits_box = QGroupBox(self.tr("Sorties de la période"))
        self.exits_box.setLayout(exits)
        notes = QFormLayout()
        notes.addRow(self.tr("Commentaire"), self.comment_edit)
        content = QWidget()
        fields_layout = QVBoxLayout(content)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        fields_layout.addWidget(self.exits_box)
        fields_layout.addWidget(self.rate_label)
        fields_layout.addLayout(notes)
        fields_layout.addStretch(1)
        self.scroll = _fields_scroll(content)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        fields = (self.start_edit, self.end_edit, self.people_spin, self.hours_edit,
                  self.training_edit, *self.exit_spins.values(), self.comment_edit)
        give_letters(labels_leading_to(fields), letters_taken_by(self.buttons.buttons()))
        self.setMinimumWidth(640)
        self._open_whole()

    def _open_whole(self) -> None:
        """Wide enough for each exit's meaning on one line, tall enough for every field.

        The meanings wrap on a narrower screen, and the fields then scroll rather than have
        their lines cut: a window is not made taller by the lines its labels wrap on.
        """
        layout = self.layout()
        self.resize(OPENING_WIDTH, self.minimumHeight())
        width = self.width() - layout.contentsMargins().left() - layout.contentsMargins().right()
        fields = self.scroll.widget().heightForWidth(width - 2 * self.scroll.frameWidth())
        resize_to_fit(self, OPENING_WIDTH,
                      self.sizeHint().height() - self.scroll.sizeHint().height() + fields)

    def _connect_signals(self) -> None:
        for spin in (self.people_spin, *self.exit_spins.values()):
            spin.valueChanged.connect(self._show_rate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _load(self, figures: ImpactFigures) -> None:
        self.start_edit.set_day(figures.period_start)
        self.end_edit.set_day(figures.period_end)
        self.people_spin.setValue(figures.people)
        self.hours_edit.setValue(float(figures.hours_worked))
        self.training_edit.setValue(float(figures.training_hours))
        for category, spin in self.exit_spins.items():
            spin.setValue(figures.exits.count(category))
        self.comment_edit.setPlainText(figures.comment)

    def figures(self) -> ImpactFigures:
        """The report as typed, a period date not read yet at its last readable date."""
        return self._figures(self.start_edit.day(), self.end_edit.day())

    def checked_figures(self) -> ImpactFigures:
        """The report to save; a ``ValidationError`` naming a period date that is no date."""
        return self._figures(self.start_edit.checked_day(), self.end_edit.checked_day())

    def _figures(self, start: date, end: date) -> ImpactFigures:
        counts = {category.value: spin.value() for category, spin in self.exit_spins.items()}
        return ImpactFigures(
            period_start=start, period_end=end,
            people=self.people_spin.value(), hours_worked=_hours(self.hours_edit),
            training_hours=_hours(self.training_edit), exits=ExitCounts(**counts),
            comment=self.comment_edit.toPlainText().strip())

    def _show_rate(self) -> None:
        """The rate, and while typing what no report could hold (more exits than people)."""
        figures = self.figures()
        self.rate_label.setText(rate_sentence(figures.exits))
        self.error_label.setText(self._refusal(figures))

    @staticmethod
    def _refusal(figures: ImpactFigures) -> str:
        """Why these figures would be refused, empty when they would be saved."""
        try:
            check_figures(figures)
        except SrmError as error:
            return error_text(error)
        return ""

    def accept(self) -> None:
        """Close once saved; figures no report could hold are said, the typed values kept.

        A period date that is no date is said too, and gets the focus back.
        """
        try:
            figures = self.checked_figures()
        except SrmError as error:
            self.error_label.setText(error_text(error))
            next(edit for edit in (self.start_edit, self.end_edit)
                 if edit.unreadable_text()).setFocus()
            return
        refusal = self._refusal(figures)
        self.error_label.setText(refusal)
        if not refusal and self._save(figures):
            super().accept()
