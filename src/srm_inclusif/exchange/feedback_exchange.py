"""A feedback as a small exchange file (XLSX or JSON) the counterparty fills with its reply.

The file carries a reference (``RE-<id>-<date>``) so that the reply is matched back to the right
feedback, the scores for the reader, and an empty reply section: text, date and name of the
person answering. Reading the file back gives a ``FeedbackReply``; the UI records it (undoable).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.feedback import ANCHORS
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

    from srm_inclusif.storage.services.feedback import FeedbackDetail

FORMAT = "srm-inclusif.retour-experience"
VERSION = 1
SHEET = "Retour d'expérience"
REFERENCE, REPLY, REPLY_DATE, RESPONDER = (
    "Référence", "Réponse", "Date de la réponse", "Nom du répondant")
INSTRUCTIONS = ("Merci de compléter la section « Votre réponse » (réponse, date, nom) "
                "puis de renvoyer ce fichier sans modifier le reste.")


@dataclass(frozen=True)
class FeedbackReply:
    """The counterparty's reply read from an exchange file."""

    reference: str
    feedback_id: int
    text: str
    replied_on: date | None
    responder: str

    @property
    def stored_text(self) -> str:
        """The reply as stored on the feedback, signed with the responder's name."""
        return f"{self.text}\n— {self.responder}" if self.responder else self.text


def reference_of(detail: FeedbackDetail) -> str:
    """The reference printed on the file and checked on import."""
    return f"RE-{detail.id}-{detail.given_on:%Y%m%d}"


def export_feedback(detail: FeedbackDetail, path: Path) -> Path:
    """Write the exchange file; ``.json`` gives JSON, anything else XLSX."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        path.write_text(json.dumps(_document(detail), ensure_ascii=False, indent=2),
                        encoding="utf-8")
        return path
    path = path if path.suffix else path.with_suffix(".xlsx")
    _write_xlsx(detail, path)
    return path


def _document(detail: FeedbackDetail) -> dict[str, Any]:
    return {
        "format": FORMAT, "version": VERSION, "reference": reference_of(detail),
        "instructions": INSTRUCTIONS, "contract": detail.contract_title,
        "counterparty": detail.counterparty_name, "given_on": detail.given_on.isoformat(),
        "author": detail.author,
        "weighted_score": None if detail.score is None else str(detail.score),
        "would_recommend": detail.would_recommend, "overall_comment": detail.overall_comment,
        "criteria": [{"label": s.label, "weight": s.weight, "score": s.score,
                      "anchor": ANCHORS[s.score], "comment": s.comment} for s in detail.scores],
        "reply": {"text": "", "date": "", "name": ""},
    }


def _write_xlsx(detail: FeedbackDetail, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill, Protection

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    sheet.append([SHEET])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append([INSTRUCTIONS])
    for label, value in _header_rows(detail):
        sheet.append([label, _text(value)])
    sheet.append([])
    sheet.append(["Critère", "Poids", "Note (1 à 5)", "Appréciation", "Commentaire"])
    for s in detail.scores:
        sheet.append([_text(s.label), s.weight, s.score, ANCHORS[s.score], _text(s.comment)])
    sheet.append([])
    sheet.append(["Commentaire général", _text(detail.overall_comment)])
    sheet.append([])
    sheet.append(["Votre réponse"])
    sheet.cell(sheet.max_row, 1).font = Font(bold=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    for label in (REPLY, REPLY_DATE, RESPONDER):
        sheet.append([label, None])
        cell = sheet.cell(sheet.max_row, 2)
        cell.fill, cell.protection = fill, Protection(locked=False)
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 60
    sheet.column_dimensions["E"].width = 40
    sheet.protection.sheet = True
    book.save(path)


def _header_rows(detail: FeedbackDetail) -> list[tuple[str, Any]]:
    recommend = {True: "Oui", False: "Non", None: "Non renseigné"}[detail.would_recommend]
    score = "—" if detail.score is None else f"{detail.score} / 5".replace(".", ",")
    return [(REFERENCE, reference_of(detail)), ("Contrat", detail.contract_title),
            ("Structure", detail.counterparty_name),
            ("Date du retour", detail.given_on.strftime("%d/%m/%Y")),
            ("Auteur", detail.author), ("Note pondérée", score),
            ("Recommanderait", recommend)]


def _text(value: Any) -> Any:
    """Text starting like a formula is kept as text, never evaluated by a spreadsheet."""
    if isinstance(value, str) and value.startswith(("=", "+", "-", "@")):
        return "'" + value
    return value


def read_reply(path: Path) -> FeedbackReply:
    """Read the reply section of a filled exchange file (XLSX or JSON)."""
    path = Path(path)
    try:
        values = _read_json(path) if path.suffix.lower() == ".json" else _read_xlsx(path)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "« {name} » n'est pas un fichier de retour d'expérience lisible ({detail})."),
            name=path.name, detail=str(error), path=str(path)) from error
    reference, text, replied, responder = values
    feedback_id = _feedback_id(reference, path)
    if not text.strip():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "« {name} » ne contient pas de réponse."),
            name=path.name, path=str(path))
    return FeedbackReply(reference, feedback_id, text.strip(), _date(replied), responder.strip())


def _read_json(path: Path) -> tuple[str, str, Any, str]:
    data = json.loads(path.read_text(encoding="utf-8-sig"))
    if data.get("format") != FORMAT:
        raise ValueError("format inconnu")
    reply = data.get("reply") or {}
    return (str(data["reference"]), str(reply.get("text") or ""), reply.get("date"),
            str(reply.get("name") or ""))


def _read_xlsx(path: Path) -> tuple[str, str, Any, str]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        found = _labelled_values(book[SHEET])
    finally:
        book.close()
    return (str(found[REFERENCE]), str(found.get(REPLY) or ""), found.get(REPLY_DATE),
            str(found.get(RESPONDER) or ""))


def _labelled_values(sheet: Worksheet) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for row in sheet.iter_rows(min_col=1, max_col=2, values_only=True):
        if row and isinstance(row[0], str) and row[0] not in found:
            found[row[0].strip()] = row[1] if len(row) > 1 else None
    return found


def _feedback_id(reference: str, path: Path) -> int:
    parts = reference.split("-")
    if len(parts) != 3 or parts[0] != "RE" or not parts[1].isdigit():
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Référence illisible dans « {name} » : {reference}."),
            name=path.name, reference=reference)
    return int(parts[1])


def _date(value: Any) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d/%m/%y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValidationError.of(
        QT_TRANSLATE_NOOP("Errors", "Date de réponse illisible : {value}."), value=text)


def check_reply_matches(reply: FeedbackReply, detail: FeedbackDetail) -> None:
    """Refuse a reply whose reference is not the one of this feedback."""
    if reference_of(detail) != reply.reference:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Cette réponse (référence {reference}) ne correspond pas au retour "
            "d'expérience {expected}."), reference=reply.reference, expected=reference_of(detail))
