"""The English translation: complete, compiled on first use, and applied to the window."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QCoreApplication

from srm_inclusif.resources import resource_path
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.i18n import install_translators
from srm_inclusif.ui.main_window import MainWindow
from tests.conftest import DEMO_TODAY

TS_FILE = resource_path("i18n/srm_inclusif_en.ts")


def test_every_french_string_has_an_english_translation() -> None:
    untranslated = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
            untranslated.append(message.findtext("source"))
    assert untranslated == []


@pytest.fixture
def english(qapp):
    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_window_speaks_english_when_chosen(qtbot, english, demo_workspace) -> None:
    window = MainWindow(WorkspaceContext(demo_workspace, today=lambda: DEMO_TODAY))
    qtbot.addWidget(window)
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels[0].startswith("Dashboard")
    assert labels[1:] == ["Suppliers", "Relationships", "Contracts", "Objectives",
                          "Imports / exports"]
    assert window.menuBar().actions()[0].text() == "&File"


def _english(context: str, source: str) -> str:
    for ctx in ET.parse(TS_FILE).getroot().iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation")
    raise AssertionError(f"{source!r} is not in the catalogue")


def test_domain_labels_follow_the_ui_language(english) -> None:
    from srm_inclusif.core.indicators import indicator
    from srm_inclusif.core.kinds import KIND_LABELS, Kind
    from srm_inclusif.core.vocabulary import Profile, Stage

    assert Stage.ARRETEE.label == _english("Vocabulary", "Arrêtée") != "Arrêtée"
    assert Kind.ESAT.label == _english("Vocabulary", KIND_LABELS[Kind.ESAT])
    assert Profile.ACHETEUR.counterparties_label == "Suppliers"
    assert indicator("inclusive_spend").label == _english("Indicators", "Achats inclusifs")


def test_domain_labels_stay_french_without_the_ui() -> None:
    from srm_inclusif.core.kinds import Kind
    from srm_inclusif.core.vocabulary import Stage

    assert Stage.ARRETEE.label == "Arrêtée"
    assert Kind.EA.label == "Entreprise adaptée"
