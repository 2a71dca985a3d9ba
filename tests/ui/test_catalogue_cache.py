"""The compiled English catalogue in the user cache: one file per catalogue text, never rewritten.

A window already open (another version, or this one before an upgrade) reads its .qm while
another start compiles: rewriting that file in place turned its menus half French.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from srm_inclusif.resources import resource_path
from srm_inclusif.ui import i18n

SHIPPED = resource_path("i18n/srm_inclusif_en.ts")


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the English .ts standing for the shipped one, and an empty user cache."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    shutil.copy(SHIPPED, folder / SHIPPED.name)
    monkeypatch.setattr(i18n, "resource_path", lambda name: tmp_path / name)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder / SHIPPED.name


def _says(qm: Path, source: str) -> str:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator.translate("MainWindow", source)


def test_a_new_catalogue_text_leaves_the_one_in_use_untouched(catalogues: Path, qapp) -> None:
    first = i18n._compiled_catalogue("srm_inclusif_en")
    assert first is not None
    in_use = QTranslator()  # an open window's catalogue
    assert in_use.load(str(first))

    text = catalogues.read_text(encoding="utf-8")
    catalogues.write_text(text.replace(">&amp;File<", ">&amp;Dossier<", 1), encoding="utf-8")
    second = i18n._compiled_catalogue("srm_inclusif_en")

    assert second is not None
    assert second != first
    assert _says(second, "&Fichier") == "&Dossier"
    assert in_use.translate("MainWindow", "&Fichier") == "&File"
    assert not list(first.parent.glob("*.part"))


def test_the_same_catalogue_text_is_compiled_once(catalogues: Path, qapp,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    first = i18n._compiled_catalogue("srm_inclusif_en")
    monkeypatch.setattr(i18n, "_lrelease", lambda *_args: pytest.fail("compiled again"))
    assert i18n._compiled_catalogue("srm_inclusif_en") == first


def test_a_new_catalogue_removes_the_ones_compiled_before(catalogues: Path, qapp) -> None:
    first = i18n._compiled_catalogue("srm_inclusif_en")
    text = catalogues.read_text(encoding="utf-8")
    catalogues.write_text(text.replace(">&amp;File<", ">&amp;Dossier<", 1), encoding="utf-8")
    second = i18n._compiled_catalogue("srm_inclusif_en")
    assert second is not None
    assert sorted(second.parent.glob("srm_inclusif_en-*.qm")) == [second]
    assert first is not None
    assert not first.exists()
