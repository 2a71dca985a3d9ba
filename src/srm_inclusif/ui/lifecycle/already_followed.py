"""The question asked before following a counterparty whose relationship is still going."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.storage.services.followings import Following
from srm_inclusif.ui.prompts import asked


def followed_question(followings: Sequence[Following], owner_id: int | None, *,
                      seller: bool = False) -> str | None:
    """Who already follows them, then « create anyway? »; None when none is followed.

    A relationship followed by someone else than ``owner_id`` names that person; the
    counterparties of a shortlist are named once each, in one question.
    """
    if not followings:
        return None
    if len(followings) == 1:
        return _one(followings[0], owner_id, seller=seller)
    lines = _listed(followings, owner_id)
    text = (QCoreApplication.translate(
                "AlreadyFollowed", "Déjà suivis :\n{lines}\n\nCréer quand même les relations ?")
            if seller else QCoreApplication.translate(
                "AlreadyFollowed", "Déjà suivies :\n{lines}\n\nCréer quand même les relations ?"))
    return text.format(lines=lines)


def go_on_despite_followed(parent: QWidget | None, title: str,
                           followings: Sequence[Following], owner_id: int | None, *,
                           seller: bool = False) -> bool:
    """Whether to create the relationships: yes when none is followed, else as answered.

    No is the default answer: a second relationship is seldom wanted.
    """
    question = followed_question(followings, owner_id, seller=seller)
    return question is None or asked(parent, title, question, default_yes=False)


def structures_to_follow(parent: QWidget | None, title: str, ids: Sequence[int],
                         followings: Sequence[Following], owner_id: int | None) -> list[int]:
    """The structures of ``ids`` to start following; none when the user cancels.

    All when none is followed. When some are and others not, the user chooses between all of
    them and only those not followed yet (the default: a second relationship is seldom wanted);
    when all are, the question is yes or no, as for one.
    """
    followed = {f.counterparty_id for f in followings}
    others = [i for i in ids if i not in followed]
    if not followed or not others:
        return list(ids) if go_on_despite_followed(parent, title, followings, owner_id) else []
    lines = _listed(followings, owner_id)
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "AlreadyFollowed", "Déjà suivies :\n{lines}\n\nCréer quand même toutes les relations, "
        "ou seulement celles des structures pas encore suivies ?").format(lines=lines),
        QMessageBox.StandardButton.Cancel, parent)
    # two at least are chosen, one at least is not followed
    every_text = QCoreApplication.translate("AlreadyFollowed", "Toutes ({count})").format(
        count=len(ids))
    others_text = (QCoreApplication.translate(
        "AlreadyFollowed", "Seulement la structure pas encore suivie") if len(others) == 1
        else QCoreApplication.translate(
            "AlreadyFollowed", "Seulement les {count} pas encore suivies").format(
            count=len(others)))
    every = box.addButton(every_text, QMessageBox.ButtonRole.AcceptRole)
    only_others = box.addButton(others_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(only_others)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return list(ids) if clicked is every else others if clicked is only_others else []


def _by_other(following: Following, owner_id: int | None) -> bool:
    return following.person_name is not None and following.person_id != owner_id


def _one(following: Following, owner_id: int | None, *, seller: bool) -> str:
    if not _by_other(following, owner_id):
        return QCoreApplication.translate(
            "AlreadyFollowed", "{name} a déjà une relation en cours ({stage}). En créer une autre ?"
        ).format(
            name=following.counterparty_name, stage=following.stage.label)
    text = (QCoreApplication.translate(
                "AlreadyFollowed",
                "{name} est déjà suivi par {person} ({stage}). Créer quand même une relation ?")
            if seller else QCoreApplication.translate(
                "AlreadyFollowed",
                "{name} est déjà suivie par {person} ({stage}). Créer quand même une relation ?"))
    return text.format(name=following.counterparty_name, person=following.person_name,
                       stage=following.stage.label)


def _listed(followings: Sequence[Following], owner_id: int | None) -> str:
    """One « – » line per counterparty followed: who follows it, at which stage."""
    return "\n".join(QCoreApplication.translate("AlreadyFollowed", "– {line}").format(
        line=_line(f, owner_id)) for f in followings)


def _line(following: Following, owner_id: int | None) -> str:
    if not _by_other(following, owner_id):
        return QCoreApplication.translate(
            "AlreadyFollowed", "{name} : relation en cours ({stage})").format(
            name=following.counterparty_name, stage=following.stage.label)
    return QCoreApplication.translate("AlreadyFollowed", "{name} : {person} ({stage})").format(
        name=following.counterparty_name, person=following.person_name,
        stage=following.stage.label)
