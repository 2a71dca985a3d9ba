"""On paper, the sheet of a workspace's only person has her name and one signature box."""

from __future__ import annotations

from srm_inclusif.ui.sheet_pdf import text_document
from tests.exchange.test_sole_owner_sheet import add_person, sole_sheet


def test_the_only_persons_page_has_no_employee_nor_manager(qapp, workspace) -> None:  # noqa: ANN001
    page = text_document(sole_sheet(workspace.engine)).toPlainText()
    assert "Nom\nMarie Dupont\n" in page
    assert "Fonction" not in page
    assert "Acheteur" not in page
    assert "Le / la responsable" in page
    assert "Le manager" not in page
    assert "Salarié" not in page


def test_with_a_colleague_the_page_reads_as_before(qapp, workspace) -> None:  # noqa: ANN001
    add_person(workspace.engine, "Paul Leroy")
    page = text_document(sole_sheet(workspace.engine)).toPlainText()
    assert "Salarié(e)\nMarie Dupont\n" in page
    assert "Fonction\nAcheteur\n" in page
    assert "Le manager" in page
