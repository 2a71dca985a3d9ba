"""Archives of SIRENE legal units added to the wizard one by one, before the establishments."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.exchange.importer import ImportSettings
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.reading import Reading, planned
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.exchange.test_sheets_qa_legal_units import unit_archives, zipped
from tests.exchange.test_sirene_names import ENVIE, REGIE, establishment, establishments
from tests.support import raised


def test_legal_units_wait_for_the_establishments_added_after(qtbot, ctx, tmp_path,  # noqa: ANN001
                                                            monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    first, second = unit_archives(tmp_path)
    wizard = start_import_wizard(ctx, None, [first])
    qtbot.addWidget(wizard)
    wizard.files_page.add_paths([second])

    wizard.next()  # legal units alone: said, the wizard stays on its files

    assert wizard.currentId() == ImportWizard.PAGE_FILES
    assert said == ["« unites_1.zip », « unites_2.zip » : unités légales SIRENE seulement, qui "
                    "donnent les noms des établissements et aucun établissement. Ajoutez le "
                    "fichier des établissements (StockEtablissement) au même import."]
    folder = tmp_path / "etab"
    folder.mkdir()
    wizard.files_page.add_paths([zipped(tmp_path / "etablissements.zip", establishments(
        folder, establishment(ENVIE), establishment(REGIE)))])
    wizard.next()

    assert wizard.currentId() == ImportWizard.PAGE_DETECTION
    assert [plan.is_legal_units for plan in wizard.plans] == [True, True, False]


def test_legal_units_go_with_establishments_the_user_chose_to_read_otherwise(tmp_path):
    """The wizard plans a file read with the user's encoding or separator apart from the others:
    the legal units are not refused for it."""
    first, _second = unit_archives(tmp_path)
    folder = tmp_path / "etab"
    folder.mkdir()
    stock = establishments(folder, establishment(ENVIE))
    workdir = tmp_path / "work"
    workdir.mkdir()

    plans = planned([first, stock], ImportSettings(target="suppliers"), workdir,
                    {stock: Reading("utf-8", ",")})

    assert [plan.is_legal_units for plan in plans] == [True, False]
    error = raised(ImportFormatError, planned, [first], ImportSettings(target="suppliers"),
                   workdir, {})
    assert "unités légales SIRENE seulement" in str(error)
