"""A seeded feedback criterion is shown in the UI language; a renamed or new one as typed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.core import i18n
from srm_inclusif.core.vocabulary import DEFAULT_FEEDBACK_CRITERIA, criterion_label


@pytest.fixture
def english() -> Iterator[None]:
    """A translator that knows the seeded criteria (and nothing else)."""
    known = {("FeedbackCriteria", "Qualité"): "Quality",
             ("FeedbackCriteria", "Délais"): "Timeliness"}
    i18n.set_translator(lambda context, text: known.get((context, text), text))
    yield
    i18n.set_translator(i18n._identity)


def test_a_seeded_label_is_said_in_the_ui_language(english) -> None:
    assert criterion_label("qualite", "Qualité") == "Quality"


def test_a_renamed_criterion_keeps_the_name_typed(english) -> None:
    assert criterion_label("qualite", "Qualité perçue") == "Qualité perçue"


def test_a_seeded_label_given_to_another_criterion_is_kept_as_typed(english) -> None:
    assert criterion_label("delais", "Qualité") == "Qualité"
    assert criterion_label("qualite_2", "Qualité") == "Qualité"


def test_a_score_known_by_its_label_only_is_translated_when_seeded(english) -> None:
    assert criterion_label(None, "Délais") == "Timeliness"
    assert criterion_label(None, "Sécurité") == "Sécurité"


def test_without_translator_the_seeded_labels_stay_french() -> None:
    assert [criterion_label(k, label) for k, label, _ in DEFAULT_FEEDBACK_CRITERIA] == [
        "Qualité", "Délais", "Coût", "Relation", "Impact social"]
