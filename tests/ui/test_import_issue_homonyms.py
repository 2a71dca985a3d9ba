"""The refusal of a line naming homonyms goes through the translation, the names kept as read.

« Plusieurs structures portent ce nom : … » carries the candidates' names and towns: looked up
whole, it never matches its catalogue entry and would stay French in an English history.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from srm_inclusif.storage.services.spend_reasons import HOMONYM_REASONS
from srm_inclusif.ui.models.import_issue_table import reason_text

CANDIDATES = "Les Jardins (33000 Bordeaux), Les Jardins (59000 Lille)"


class _Catalogue(QTranslator):
    """Knows the refusals' templates only, as the English catalogue does."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
        return f"EN {source}" if context == "ImportReasons" and source in HOMONYM_REASONS else ""

    def isEmpty(self) -> bool:  # noqa: N802
        return False


@pytest.fixture
def catalogue(qapp) -> Iterator[None]:  # noqa: ANN001
    translator = _Catalogue()
    qapp.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("template", HOMONYM_REASONS)
def test_the_refusal_is_translated_with_its_candidates(catalogue, template) -> None:
    stored = template.format(candidates=CANDIDATES, place="75001 Paris")

    assert reason_text(stored) == "EN " + stored
