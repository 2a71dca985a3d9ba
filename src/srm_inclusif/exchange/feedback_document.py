"""A feedback as an HTML document for people (printed to PDF by the UI)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from srm_inclusif.core.feedback import ANCHORS
from srm_inclusif.core.numbers import localised

if TYPE_CHECKING:
    from srm_inclusif.storage.services.feedback import FeedbackDetail


def feedback_html(detail: FeedbackDetail, *, organisation: str = "") -> str:
    """The feedback with its scores, comments, weighted score and the reply if any."""
    received = detail.direction == "received"
    title = "Retour d'expérience reçu" if received else "Retour d'expérience"
    score = "—" if detail.score is None else f"{localised(str(detail.score))} / 5"
    recommend = {True: "Oui", False: "Non", None: "Non renseigné"}[detail.would_recommend]
    rows = "".join(
        f"<tr><td>{escape(s.label)}</td><td align='right'>{s.weight:g}</td>"
        f"<td align='center'>{s.score}</td><td>{ANCHORS[s.score]}</td>"
        f"<td>{escape(s.comment)}</td></tr>" for s in detail.scores)
    reply = (f"<h3>Réponse de {escape(detail.counterparty_name)}"
             f"{_date_suffix(detail)}</h3><p>{_paragraphs(detail.reply)}</p>"
             if detail.reply else "")
    return f"""<html><body style="font-family: sans-serif; font-size: 10pt">
<h1>{title}</h1>
<p>{escape(organisation)}</p>
<table cellpadding="3">
<tr><td><b>Structure</b></td><td>{escape(detail.counterparty_name)}</td></tr>
<tr><td><b>Contrat</b></td><td>{escape(detail.contract_title)}</td></tr>
<tr><td><b>Date</b></td><td>{detail.given_on:%d/%m/%Y}</td></tr>
<tr><td><b>Auteur</b></td><td>{escape(detail.author) or "—"}</td></tr>
<tr><td><b>Note pondérée</b></td><td><b>{score}</b></td></tr>
<tr><td><b>Recommanderait</b></td><td>{recommend}</td></tr>
</table>
<h3>Critères</h3>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>Critère</th><th>Poids</th><th>Note</th><th>Appréciation</th><th>Commentaire</th></tr>
{rows}
</table>
<h3>Commentaire général</h3>
<p>{_paragraphs(detail.overall_comment) or "—"}</p>
{reply}
<p style="color: #666; font-size: 8pt">Échelle : 1 très insatisfaisant, 2 insatisfaisant,
3 correct, 4 bon, 5 excellent. Note pondérée = Σ note × poids ÷ Σ poids.</p>
</body></html>"""


def _paragraphs(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _date_suffix(detail: FeedbackDetail) -> str:
    return f" ({detail.reply_on:%d/%m/%Y})" if detail.reply_on else ""
