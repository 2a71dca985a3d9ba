"""The sheet of a workspace's only person (the owner of a small firm) reads as hers alone.

No « Salarié(e) », no « Fonction : Acheteur » that the app gave her, no « Le manager »: her
name, her role if she gave one, and one signature, « Le / la responsable ». With a second
person, the sheets read as before.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from sqlmodel import Session

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.exchange.sheets_xlsx import write_sheets_xlsx
from srm_inclusif.storage.services import objectives
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.storage.tables import Person


def add_person(engine, name: str, **values: object) -> int:  # noqa: ANN001
    """A person of the workspace; returns her id."""
    with Session(engine) as session:
        person = Person(name=name, **values)
        session.add(person)
        session.commit()
        return person.id or 0


def sole_sheet(engine, **values: object) -> ObjectiveSheetDocument:  # noqa: ANN001
    """The 2026 sheet of Marie Dupont, the workspace's only person unless others are added."""
    sheet_id, _ = objectives.create_sheet(engine, year=2026,
                                          person_id=add_person(engine, "Marie Dupont", **values))
    return build_sheet(engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS, as_of=date(2026, 11, 22))


def _cells(doc: ObjectiveSheetDocument, tmp_path: Path) -> tuple[list[tuple], list[str]]:
    sheet = load_workbook(write_sheets_xlsx([doc], tmp_path / "fiches.xlsx"))["Marie Dupont"]
    header = [(sheet[f"A{row}"].value, sheet[f"B{row}"].value) for row in range(4, 8)]
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    return header, texts


def test_the_only_person_with_the_role_the_app_gave_her(workspace, tmp_path: Path) -> None:
    header, texts = _cells(sole_sheet(workspace.engine), tmp_path)  # role « Acheteur »
    assert header == [("Organisation", "Essai SA"), ("Nom", "Marie Dupont"), (None, None),
                      (None, None)]
    assert "Le / la responsable – date et signature" in texts
    assert not [text for text in texts if "manager" in text or "salarié" in text]


def test_the_only_person_with_a_role_of_her_own(workspace, tmp_path: Path) -> None:
    header, _ = _cells(sole_sheet(workspace.engine, role="Gérante"), tmp_path)
    assert header[1:3] == [("Nom", "Marie Dupont"), ("Fonction", "Gérante")]


def test_with_a_colleague_the_sheet_reads_as_before(workspace, tmp_path: Path) -> None:
    add_person(workspace.engine, "Paul Leroy")
    header, texts = _cells(sole_sheet(workspace.engine), tmp_path)
    assert header == [("Organisation", "Essai SA"), ("Salarié(e)", "Marie Dupont"),
                      ("Fonction", "Acheteur"), ("Équipe", "—")]
    assert "Le manager – date et signature" in texts
    assert "Le salarié / la salariée – date et signature" in texts


def test_a_colleague_who_left_leaves_her_alone(workspace, tmp_path: Path) -> None:
    add_person(workspace.engine, "Paul Leroy", active=False)
    header, _ = _cells(sole_sheet(workspace.engine), tmp_path)
    assert header[1] == ("Nom", "Marie Dupont")
