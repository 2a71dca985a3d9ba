"""A structure inclusive's import wizard names the format of her sales file in her words.

It read « Format : Dépenses (modèle d'import d'achats) » for her sales, and the history of
imports « Modèle d'achats ».
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.exchange.formats import format_short_label
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard

SALES = ("Client;Montant HT;Date facture;N° facture\n"
         "Clinique du Parc;3 450,50 €;02/11/2026;F-2026-102\n")


@pytest.fixture
def sales(tmp_path) -> Path:  # noqa: ANN001
    path = tmp_path / "ventes.csv"
    path.write_text(SALES, encoding="utf-8")
    return path


def _detected(qtbot, monkeypatch, ctx, path: Path) -> ImportWizard:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, [], target="spend")
    qtbot.addWidget(wizard)
    monkeypatch.setattr(file_dialogs, "get_open_file_names", lambda *_a, **_k: ([str(path)], ""))
    qtbot.mouseClick(wizard.files_page.add_button, Qt.MouseButton.LeftButton)
    wizard.next()
    return wizard


def test_her_sales_file_is_a_sales_template(qtbot, monkeypatch, ctx, sales) -> None:  # noqa: ANN001
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    wizard = _detected(qtbot, monkeypatch, ctx, sales)
    text = wizard.currentPage().info_label.text()
    assert "Format : <b>Ventes (modèle d'import des ventes)</b>" in text
    formats = wizard.files_page.format_combo
    assert [formats.itemText(i) for i in range(formats.count())][1] == (
        "Ventes (modèle d'import des ventes)")
    assert format_short_label("spend") == "Modèle de ventes"


def test_a_buyer_s_spend_file_keeps_its_label(qtbot, monkeypatch, ctx, sales) -> None:  # noqa: ANN001
    wizard = _detected(qtbot, monkeypatch, ctx, sales)
    assert "Format : <b>Dépenses (modèle d'import d'achats)</b>" in (
        wizard.currentPage().info_label.text())
    assert format_short_label("spend") == "Modèle d'achats"
