"""Dialog: a structured feedback — a 1–5 score with anchors and a comment per criterion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.feedback import anchor, check_feedback_day, weighted_score
from srm_inclusif.core.lifecycle_dates import check_feedback_after_start
from srm_inclusif.core.numbers import score_text
from srm_inclusif.core.vocabulary import FeedbackDirection, criterion_label
from srm_inclusif.storage.services.feedback import CriterionRow, ScoreInput
from srm_inclusif.ui.day_edit import DayEdit
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.form_dialog import FormDialog
from srm_inclusif.ui.mnemonics import give_letters, labels_leading_to, letters_taken_by
from srm_inclusif.ui.text_area import TextArea


@dataclass(frozen=True)
class FeedbackRequest:
    """A feedback as filled in."""

    given_on: date
    author: str
    direction: FeedbackDirection
    scores: list[ScoreInput]
    overall_comment: str
    would_recommend: bool | None


class FeedbackDialog(FormDialog):
    """Score each criterion (1 to 5, anchors shown), comment, and say whether you'd recommend.

    ``starts_on`` is the contract's start: a feedback dated before it is refused.
    """

    def __init__(self, contract_title: str, criteria: list[CriterionRow], today: date, *,
                 direction: FeedbackDirection = FeedbackDirection.GIVEN, author: str = "",
                 parent: QWidget | None = None, starts_on: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackDialog")
        self.direction = direction
        self.criteria = criteria
        self._today, self._title, self._starts_on = today, contract_title, starts_on
        received = direction is FeedbackDirection.RECEIVED
        self.setWindowTitle(self.tr("Retour d'expérience reçu du client") if received
                            else self.tr("Retour d'expérience"))
        self.given_on = DayEdit(today)
        self.author = QLineEdit(author)
        self.author.setObjectName("feedbackAuthor")
        self.author.setPlaceholderText(self.tr("Nom de la personne du client") if received
                                       else self.tr("Votre nom"))
        header = QFormLayout()
        header.addRow(QLabel(self.tr("<b>{title}</b>").format(title=contract_title)))
        header.addRow(self.tr("Date"), self.given_on)
        header.addRow(self.tr("Évaluateur") if not received else self.tr("Donné par"),
                      self.author)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self._scores_box())
        layout.addLayout(self._overall_form())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        give_letters(labels_leading_to((self.given_on, self.author, *self.score_boxes,
                                        self.overall, self.recommend)),
                     letters_taken_by(buttons.buttons()))
        self._update_score()
        self.setMinimumWidth(680)

    def _scores_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Critères (1 = très insatisfaisant, 5 = excellent)"))
        grid = QGridLayout(box)
        for col, text in enumerate((self.tr("Critère"), self.tr("Poids"), self.tr("Note"),
                                    self.tr("Commentaire"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        self.score_boxes: list[QComboBox] = []
        self.comments: list[QLineEdit] = []
        for row, criterion in enumerate(self.criteria, start=1):
            score = QComboBox()
            score.setObjectName(f"score_{criterion.key}")
            score.addItem(self.tr("Non évalué"), None)  # not a silent 3: left out of the mean
            for value in range(5, 0, -1):
                score.addItem(f"{value} — {anchor(value)}", value)
            score.currentIndexChanged.connect(self._update_score)
            comment = QLineEdit()
            comment.setObjectName(f"comment_{criterion.key}")
            name = QLabel(criterion_label(criterion.key, criterion.label))
            name.setBuddy(score)  # Alt and the criterion's letter go to its score
            grid.addWidget(name, row, 0)
            grid.addWidget(QLabel(f"{criterion.weight:g}"), row, 1)
            grid.addWidget(score, row, 2)
            grid.addWidget(comment, row, 3)
            self.score_boxes.append(score)
            self.comments.append(comment)
        grid.setColumnStretch(3, 1)
        self.score_label = QLabel()
        self.score_label.setObjectName("weightedScore")
        grid.addWidget(self.score_label, len(self.criteria) + 1, 0, 1, 4)
        return box

    def _overall_form(self) -> QFormLayout:
        self.overall = TextArea()
        self.overall.setObjectName("overallComment")
        self.overall.setMaximumHeight(70)
        self.recommend = QComboBox()
        self.recommend.setObjectName("wouldRecommend")
        for text, value in ((self.tr("Non renseigné"), None), (self.tr("Oui"), True),
                            (self.tr("Non"), False)):
            self.recommend.addItem(text, value)
        form = QFormLayout()
        form.addRow(self.tr("Commentaire général"), self.overall)
        form.addRow(self.tr("Recommanderiez-vous ?"), self.recommend)
        return form

    def set_score(self, index: int, value: int) -> None:
        """Choose the score of a criterion by its position."""
        self.score_boxes[index].setCurrentIndex(self.score_boxes[index].findData(value))

    def _update_score(self) -> None:
        score = weighted_score((box.currentData(), c.weight)
                               for box, c in zip(self.score_boxes, self.criteria, strict=True))
        text = "—" if score is None else score_text(score)
        self.score_label.setText(self.tr("Note pondérée : {score}").format(score=text))

    def accept(self) -> None:
        """Close only on a feedback dated from its contract's start to today, a criterion scored."""
        try:
            given_on = self.given_on.checked_day()
            check_feedback_day(given_on, self._today)
            check_feedback_after_start(given_on, start=self._starts_on, title=self._title)
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), error_text(error))
            self.given_on.setFocus()
            return
        if not self.request().scores:
            QMessageBox.warning(self, self.windowTitle(), self.tr(
                "Évaluez au moins un critère : les critères « Non évalué » ne comptent pas "
                "dans la note."))
            return
        super().accept()

    def request(self) -> FeedbackRequest:
        """The feedback filled in; a criterion left « Non évalué » has no score."""
        scores = [ScoreInput(c.id, box.currentData(), comment.text().strip())  # type: ignore[arg-type]
                  for c, box, comment in zip(self.criteria, self.score_boxes, self.comments,
                                             strict=True)
                  if box.currentData() is not None]
        return FeedbackRequest(self.given_on.day(), self.author.text().strip(),
                               self.direction, scores, self.overall.toPlainText().strip(),
                               self.recommend.currentData())
