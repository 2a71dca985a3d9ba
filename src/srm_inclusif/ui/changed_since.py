"""The refusal of an undo or redo whose records were changed since, said in the user's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.services.record_states import Drift
from srm_inclusif.ui.counterparty_card.field_labels import FIELD_LABELS, field_label

CONTEXT = "UndoSteps"
#: The sentence per kind of record; ``{refused}`` says that the undo (redo) is not done.
_SENTENCES = {
    "counterparties": QT_TRANSLATE_NOOP(
        "UndoSteps", "La fiche « {name} » a été modifiée depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "contacts": QT_TRANSLATE_NOOP(
        "UndoSteps", "Le contact « {name} » a été modifié depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "relationships": QT_TRANSLATE_NOOP(
        "UndoSteps", "La relation avec « {name} » a été modifiée depuis, peut-être dans une "
        "autre fenêtre : {refused}."),
    "contracts": QT_TRANSLATE_NOOP(
        "UndoSteps", "Le contrat « {name} » a été modifié depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "feedback": QT_TRANSLATE_NOOP(
        "UndoSteps", "Le retour d'expérience sur « {name} » a été modifié depuis, peut-être "
        "dans une autre fenêtre : {refused}."),
    "actions": QT_TRANSLATE_NOOP(
        "UndoSteps", "L'action « {name} » a été modifiée depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "spend": QT_TRANSLATE_NOOP(
        "UndoSteps", "Une dépense de « {name} » a été modifiée depuis, peut-être dans une "
        "autre fenêtre : {refused}."),
    "objectives": QT_TRANSLATE_NOOP(
        "UndoSteps", "L'objectif « {name} » a été modifié depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "sheets": QT_TRANSLATE_NOOP(
        "UndoSteps", "La fiche objectifs de {name} a été modifiée depuis, peut-être dans "
        "une autre fenêtre : {refused}."),
    "needs": QT_TRANSLATE_NOOP(
        "UndoSteps", "Le besoin « {name} » a été modifié depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "people": QT_TRANSLATE_NOOP(
        "UndoSteps", "Les personnes et équipes ont été modifiées depuis, peut-être dans une "
        "autre fenêtre : {refused}."),
    "parameters": QT_TRANSLATE_NOOP(
        "UndoSteps", "Les paramètres ont été modifiés depuis, peut-être dans une autre "
        "fenêtre : {refused}."),
    "settings": QT_TRANSLATE_NOOP(
        "UndoSteps", "Les réglages de l'espace ont été modifiés depuis, peut-être dans une "
        "autre fenêtre : {refused}."),
}
#: Records named in one message at most; the others are counted.
MAX_NAMED = 4


class ChangedSince(SrmError):  # noqa: N818 — a refusal said to the user, as Cancelled
    """An undo (redo) not done: records it would put back were changed since by someone else.

    Its message, already in the UI language, names each record and, for a supplier's card,
    the fields changed.
    """

    code = "changed_since"

    def __init__(self, found: list[Drift], *, undoing: bool) -> None:
        super().__init__(changed_since_text(found, undoing=undoing), drifts=found)


def changed_since_text(found: list[Drift], *, undoing: bool) -> str:
    """One paragraph per record changed since (the first ``MAX_NAMED``)."""
    refused = (QCoreApplication.translate("UndoSteps", "l'annulation n'est pas faite") if undoing
               else QCoreApplication.translate("UndoSteps", "le rétablissement n'est pas fait"))
    texts = [_sentence(drift, refused) for drift in found[:MAX_NAMED]]
    if len(found) > MAX_NAMED:
        texts.append(UndoSteps().others(len(found) - MAX_NAMED))
    return "\n\n".join(texts)


class UndoSteps(QObject):
    """The count of the records not named: lupdate gives plural forms only to a QObject's ``tr``.

    Named as the context of the other texts here, so that all sit together in the catalogues.
    """

    def others(self, count: int) -> str:
        """« Et 3 autres enregistrements modifiés depuis. »."""
        return self.tr("Et %n autre(s) enregistrement(s) modifié(s) depuis.", "", count)


def _sentence(drift: Drift, refused: str) -> str:
    text = QCoreApplication.translate(CONTEXT, _SENTENCES[drift.kind]).format(
        name=drift.name, refused=refused)
    fields = [field_label(f) for f in drift.fields if f in FIELD_LABELS] \
        if drift.kind == "counterparties" else []
    if not fields:
        return text
    return text + "\n" + QCoreApplication.translate(
        "UndoSteps", "Modifié depuis : {fields}.").format(fields=", ".join(fields))
