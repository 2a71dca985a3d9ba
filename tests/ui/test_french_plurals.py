"""The French plural-only catalogue: every count reads "1 contrat", "2 contrats", never "(s)"."""

from __future__ import annotations

import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from srm_inclusif.resources import resource_path
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.i18n import count_text
from tests.conftest import DEMO_TODAY
from tests.support import IMPORT_FIXTURES

FRENCH_TS = resource_path("i18n/srm_inclusif_fr.ts")
TOOL = Path(__file__).resolve().parents[2] / "tools" / "update_translations.py"
#: What a form must keep from its source: the count, Qt's %1 and the str.format fields.
PLACEHOLDER = re.compile(r"%L?n|%\d|\{\w*\}")


def _numerus_messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    return {(ctx.findtext("name"), message.findtext("source")): message
            for ctx in ET.parse(ts_file).getroot().iter("context")
            for message in ctx.iter("message") if message.get("numerus") == "yes"}


def _refreshed_catalogue(tmp_path: Path) -> Path:
    """The committed catalogue after lupdate ran over today's sources (what the tool does)."""
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    refreshed = tmp_path / "srm_inclusif_fr.ts"
    shutil.copy(FRENCH_TS, refreshed)
    assert tool.update_french(refreshed) == 0
    return refreshed


def test_every_count_of_the_sources_has_its_two_french_forms(tmp_path) -> None:
    refreshed = _numerus_messages(_refreshed_catalogue(tmp_path))
    unfinished = [source for (_context, source), message in refreshed.items()
                  if message.find("translation").get("type") is not None
                  or not all(f.text for f in message.iter("numerusform"))]
    assert unfinished == []
    assert refreshed.keys() == _numerus_messages(FRENCH_TS).keys()  # nothing stale either
    assert len(refreshed) >= 15  # the counts of the pages and dialogs are collected


def test_french_forms_keep_the_placeholders_and_drop_the_brackets() -> None:
    for (_context, source), message in _numerus_messages(FRENCH_TS).items():
        one, many = (f.text for f in message.find("translation").iter("numerusform"))
        assert one != many, source
        for form in (one, many):
            assert "(s)" not in form, form
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source))


@pytest.mark.parametrize(("count", "shown"), [
    (0, "0 contrat"), (1, "1 contrat"), (2, "2 contrats"),
])
def test_french_counts_use_the_singular_up_to_one(french, count, shown) -> None:
    assert QCoreApplication.translate("ContractsPage", "%n contrat(s)", "", count) == shown


@pytest.mark.parametrize(("count", "shown"), [
    (0, "0 contracts"), (1, "1 contract"), (2, "2 contracts"),
])
def test_english_counts_keep_their_own_plural(english, count, shown) -> None:
    assert QCoreApplication.translate("ContractsPage", "%n contrat(s)", "", count) == shown


def test_big_french_counts_are_grouped_and_plural(french) -> None:
    shown = QCoreApplication.translate("CounterpartiesPage", "%Ln résultat(s)", "", 30_360)
    assert shown == f"{count_text(30_360)} résultats"
    assert count_text(30_360) != "30360"  # grouped as French writes it


def _contract_counts(qtbot, workspace) -> list[str]:
    from srm_inclusif.storage.services.contracts import ContractFields, create_contract
    from srm_inclusif.storage.services.relationships import create_relationship
    from srm_inclusif.ui.pages.contracts_page import ContractsPage
    from tests.lifecycle_support import add_counterparty

    cp = add_counterparty(workspace.engine, "Envie Nord", "EI")
    relationship = create_relationship(workspace.engine, counterparty_id=cp,
                                       on=DEMO_TODAY).id
    page = ContractsPage(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(page)
    counts = []
    for title in ("Voirie", "Traiteur"):
        create_contract(workspace.engine, relationship_id=relationship,
                        values=ContractFields(title))
        page.refresh(Changes.all())
        counts.append(page.count_label.text())
    return counts


def test_contract_count_reads_in_french(qtbot, french, workspace) -> None:
    assert _contract_counts(qtbot, workspace) == ["1 contrat", "2 contrats"]


def test_contract_count_reads_in_english(qtbot, english, workspace) -> None:
    assert _contract_counts(qtbot, workspace) == ["1 contract", "2 contracts"]


def test_import_issue_count_agrees_in_french(qtbot, french, workspace, ctx) -> None:
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from srm_inclusif.ui.pages.imports_page import ImportsPage

    import_files(workspace.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"],
                 ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    rows = page.issues.rowCount()
    assert rows > 1
    assert page.issue_label.text() == (
        f"{count_text(rows)} lignes rejetées, signalées, fusionnées ou en conflit")
