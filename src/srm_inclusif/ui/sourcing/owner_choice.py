"""The « Responsable » choice of a need: a person of the workspace, whom its relationships get."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox
from sqlalchemy.engine import Engine

from srm_inclusif.storage.services.need_owners import last_need_owner
from srm_inclusif.storage.services.people import list_people, only_active_person


def need_owner_combo(engine: Engine) -> QComboBox:
    """The active people, on the only one of the workspace or the one chosen for the last need.

    Without an owner, the relationships started from the shortlist were « sans responsable », and
    their tests, feedback and purchases reached nobody's objectives.
    """
    combo = QComboBox()
    combo.setObjectName("needOwner")
    combo.addItem(QCoreApplication.translate("NeedDialog", "Sans responsable"), None)
    people = list_people(engine)
    for person in people:
        combo.addItem(person.name, person.id)
    default = only_active_person(engine)
    if default is None:
        default = last_need_owner(engine)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo
