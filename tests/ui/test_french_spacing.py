"""In French, a wrapped text never starts a line with its colon nor leaves a guillemet alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.i18n import quoted
from srm_inclusif.storage.file_access import LOG_FILES_READ_ONLY
from srm_inclusif.ui.french_spacing import french_spacing
from tests.ui.wrapped_lines import wrapped_lines


def _message() -> str:
    """A real message, with guillemets, colons and a file list quoted by the code."""
    files = ", ".join(quoted(name) for name in ("fiches.sqlite3-wal", "fiches.sqlite3-shm"))
    return QCoreApplication.translate("Errors", LOG_FILES_READ_ONLY).format(
        path="fiches.sqlite3", files=files)


def _badly_broken(text: str) -> list[str]:
    font = QApplication.font()
    return sorted({line for width in range(60, 700, 3) for line in wrapped_lines(text, font, width)
                   if line[:1] in ":;!?»" or line.endswith("«")})


def test_a_wrapped_french_message_keeps_its_punctuation_to_its_words(qapp, french) -> None:
    message = _message()
    assert "«\u00a0fiches.sqlite3-wal\u00a0»" in message  # quoted by the code, spaced too
    assert _badly_broken(message) == []


def test_without_the_spacing_lines_did_start_with_a_colon(qapp) -> None:
    # the same message as the source writes it: what the French UI showed before
    assert any(line.startswith(":") for line in _badly_broken(_message()))


def test_plural_forms_and_qts_own_words_stay_french(qapp, french) -> None:
    translate = QCoreApplication.translate
    assert translate("ContractsPage", "%n contrat(s)", "", 3) == "3 contrats"
    assert translate("QPlatformTheme", "Discard") == "Ne pas enregistrer"
    assert translate("QPlatformTheme", "Cancel") == "Annuler"


def test_english_is_left_as_it_is(qapp, english) -> None:
    text = QCoreApplication.translate("Errors", LOG_FILES_READ_ONLY)
    assert "\u00a0" not in text
    assert quoted("achats.csv") == "“achats.csv”"


@pytest.mark.parametrize(("written", "shown"), [
    ("Année :", "Année\u00a0:"),
    ("Liste « Tous » enregistrée ; rien d'autre ?", "Liste «\u00a0Tous\u00a0» enregistrée\u00a0; "
     "rien d'autre\u00a0?"),
    ("Attention  ! 5 %n fiche(s)", "Attention\u00a0! 5 %n fiche(s)"),
    ("https://exemple.fr?q=1 ; 10:02", "https://exemple.fr?q=1\u00a0; 10:02"),
])
def test_spacing_rules(written: str, shown: str) -> None:
    assert french_spacing(written) == shown
