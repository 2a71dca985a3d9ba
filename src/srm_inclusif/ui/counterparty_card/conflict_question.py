"""The card's question on fields changed elsewhere since it opened: yours, theirs, or cancel."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from srm_inclusif.core.i18n import quoted
from srm_inclusif.core.numbers import localised
from srm_inclusif.core.phones import readable_phone
from srm_inclusif.ui.counterparty_card.coded_values import (
    kind_text,
    nature_text,
    service_types_text,
)
from srm_inclusif.ui.counterparty_card.field_labels import field_label

#: Longer values (notes...) are cut here: the question stays readable.
MAX_VALUE_LENGTH = 80
#: The text's width: a field's two values on one or two lines, not four.
TEXT_WIDTH = 560


@dataclass(frozen=True)
class Conflict:
    """A field saved elsewhere since the card opened, and typed otherwise here."""

    field: str
    theirs: Any
    yours: Any


class Choice(enum.Enum):
    """What the user chose: write her values, keep the ones saved elsewhere, or save nothing."""

    MINE = "mine"
    THEIRS = "theirs"
    CANCEL = "cancel"


class ConflictQuestion(QMessageBox):
    """Quotes, field by field, the value saved elsewhere and the value typed; Annuler by default.

    ``sector_names`` gives the sectors' names by slug (a slug unknown is shown as it is).
    """

    def __init__(self, parent: QWidget | None, title: str, conflicts: list[Conflict],
                 sector_names: Mapping[str, str] | None = None) -> None:
        super().__init__(QMessageBox.Icon.Question, title, "", parent=parent)
        self.setObjectName("conflictQuestion")
        self._sector_names = sector_names or {}
        self.setText(self.question(conflicts))
        label = self.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setMinimumWidth(TEXT_WIDTH)
        self.mine = self.addButton(self.tr("Garder les vôtres"), QMessageBox.ButtonRole.YesRole)
        self.theirs = self.addButton(self.tr("Garder les leurs"), QMessageBox.ButtonRole.NoRole)
        self.cancel = self.addButton(self.tr("Annuler"), QMessageBox.ButtonRole.RejectRole)
        # nothing is lost on Entrée or Échap: the card stays open, nothing saved
        self.setDefaultButton(self.cancel)
        self.setEscapeButton(self.cancel)

    def question(self, conflicts: list[Conflict]) -> str:
        """The question's text, one line per field."""
        lines = "\n".join(
            self.tr("• {field} : enregistré ailleurs {theirs}, votre saisie {yours}").format(
                field=field_label(c.field), theirs=self._quoted(c.field, c.theirs),
                yours=self._quoted(c.field, c.yours))
            for c in conflicts)
        return self.tr(
            "Cette fiche a été modifiée ailleurs depuis que vous l'avez ouverte (une autre "
            "fenêtre, ou une autre personne) :\n\n{lines}\n\n« Garder les vôtres » enregistre "
            "votre saisie à la place. « Garder les leurs » garde les valeurs enregistrées "
            "ailleurs. Vos autres modifications sont enregistrées dans les deux cas. "
            "« Annuler » laisse la fiche ouverte sans rien enregistrer.").format(lines=lines)

    def choice(self) -> Choice:
        """Ask, and say which button was pressed (Annuler when the box was closed otherwise)."""
        self.exec()
        clicked = self.clickedButton()
        if clicked is self.mine:
            return Choice.MINE
        return Choice.THEIRS if clicked is self.theirs else Choice.CANCEL

    def _quoted(self, field: str, value: Any) -> str:
        """« value » as the card shows it, or (vide)."""
        text = " ".join(self._shown(field, value).split())  # notes on one line
        if not text:
            return self.tr("(vide)")
        if len(text) > MAX_VALUE_LENGTH:
            text = text[:MAX_VALUE_LENGTH - 1].rstrip() + "…"
        return quoted(text)

    def _shown(self, field: str, value: Any) -> str:
        """The value as the card's field shows it."""
        if field == "kind":  # none stored reads « Classique », as on the card
            return kind_text(value)
        if value is None or value == "":
            return ""
        if field == "phone":
            return readable_phone(value)
        if field == "nature":
            return nature_text(value)
        if field == "service_types":
            return service_types_text(value)
        if isinstance(value, bool):
            return self.tr("oui") if value else self.tr("non")
        if isinstance(value, float | int):
            return localised(f"{value:g}")
        if isinstance(value, list):
            return ", ".join(self._item(field, item) for item in value)
        return str(value)

    def _item(self, field: str, item: Any) -> str:
        """One entry of a list: a sector's name, a label's, an offer's..."""
        if field == "sectors":
            return self._sector_names.get(item, str(item))
        if isinstance(item, dict):  # an offer or a client reference
            return str(item.get("name") or item.get("description") or "")
        return str(getattr(item, "name", item))  # a label, or a plain text
