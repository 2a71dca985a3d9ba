"""A feedback as an HTML document for people (printed to PDF by the UI), in the UI language."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from srm_inclusif.core.feedback import anchor
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import day_text, localised, score_text
from srm_inclusif.core.vocabulary import criterion_label

if TYPE_CHECKING:
    from srm_inclusif.storage.services.feedback import FeedbackDetail

_CONTEXT = "FeedbackDocument"
RECEIVED_TITLE = QT_TRANSLATE_NOOP("FeedbackDocument", "Retour d'expérience reçu")
GIVEN_TITLE = QT_TRANSLATE_NOOP("FeedbackDocument", "Retour d'expérience")
RECOMMEND = {
    True: QT_TRANSLATE_NOOP("FeedbackDocument", "Oui"),
    False: QT_TRANSLATE_NOOP("FeedbackDocument", "Non"),
    None: QT_TRANSLATE_NOOP("FeedbackDocument", "Non renseigné"),
}
REPLY_TITLE = QT_TRANSLATE_NOOP("FeedbackDocument", "Réponse de {name}")
FIELDS = (
    QT_TRANSLATE_NOOP("FeedbackDocument", "Structure"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Contrat"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Date"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Auteur"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Note pondérée"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Recommanderait"),
)
CRITERIA_TITLE = QT_TRANSLATE_NOOP("FeedbackDocument", "Critères")
COLUMNS = (
    QT_TRANSLATE_NOOP("FeedbackDocument", "Critère"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Poids"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Note"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Appréciation"),
    QT_TRANSLATE_NOOP("FeedbackDocument", "Commentaire"),
)
#: Width of the criteria table: at 100 % Qt rounds it one pixel wider than the page at some
#: widths (a preview then scrolls sideways); 99 % never overflows, from 200 px to a PDF page.
TABLE_WIDTH = "99%"
OVERALL_TITLE = QT_TRANSLATE_NOOP("FeedbackDocument", "Commentaire général")
SCALE_NOTE = QT_TRANSLATE_NOOP(
    "FeedbackDocument", "Échelle : 1 très insatisfaisant, 2 insatisfaisant, 3 correct, 4 bon, "
    "5 excellent. Note pondérée = Σ note × poids ÷ Σ poids.")


def _t(text: str) -> str:
    return escape(translate(_CONTEXT, text))


def feedback_html(detail: FeedbackDetail, *, organisation: str = "") -> str:
    """The feedback with its scores, comments, weighted score and the reply if any."""
    title = _t(RECEIVED_TITLE if detail.direction == "received" else GIVEN_TITLE)
    score = "—" if detail.score is None else score_text(detail.score)
    values = (escape(detail.counterparty_name), escape(detail.contract_title),
              day_text(detail.given_on), escape(detail.author) or "—", f"<b>{score}</b>",
              _t(RECOMMEND[detail.would_recommend]))
    fields = "".join(f"<tr><td><b>{_t(label)}</b></td><td>{value}</td></tr>"
                     for label, value in zip(FIELDS, values, strict=True))
    header = "".join(f"<th>{_t(column)}</th>" for column in COLUMNS)
    rows = "".join(
        f"<tr><td>{escape(criterion_label(None, s.label))}</td>"
        f"<td align='right'>{localised(f'{s.weight:g}')}</td>"
        f"<td align='center'>{s.score}</td><td>{escape(anchor(s.score))}</td>"
        f"<td>{escape(s.comment)}</td></tr>" for s in detail.scores)
    reply = (f"<h3>{escape(translate(_CONTEXT, REPLY_TITLE).format(name=detail.counterparty_name))}"
             f"{_date_suffix(detail)}</h3><p>{_paragraphs(detail.reply)}</p>"
             if detail.reply else "")
    return f"""<html><body style="font-family: sans-serif; font-size: 10pt">
<h1>{title}</h1>
<p>{escape(organisation)}</p>
<table cellpadding="3">
{fields}
</table>
<h3>{_t(CRITERIA_TITLE)}</h3>
<table border="1" cellspacing="0" cellpadding="4" width="{TABLE_WIDTH}"
style="margin-bottom: 10px">
<tr>{header}</tr>
{rows}
</table>
<h3>{_t(OVERALL_TITLE)}</h3>
<p>{_paragraphs(detail.overall_comment) or "—"}</p>
{reply}
<p style="color: #666; font-size: 8pt">{_t(SCALE_NOTE)}</p>
</body></html>"""


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _date_suffix(detail: FeedbackDetail) -> str:
    return f" ({day_text(detail.reply_on)})" if detail.reply_on else ""
