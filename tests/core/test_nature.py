"""Head office or antenna: read from codes and French words, named in French."""

from __future__ import annotations

import pytest

from srm_inclusif.core.vocabulary import Nature, parse_nature


@pytest.mark.parametrize(("text", "nature"), [
    ("HEAD_OFFICE", Nature.HEAD_OFFICE), ("ANTENNA", Nature.ANTENNA),
    ("Siège", Nature.HEAD_OFFICE), (" siege social ", Nature.HEAD_OFFICE),
    ("Antenne", Nature.ANTENNA), ("Établissement secondaire", Nature.ANTENNA),
    ("head office", Nature.HEAD_OFFICE), ("Branch", Nature.ANTENNA),
])
def test_codes_and_words_name_a_nature(text, nature):
    assert parse_nature(text) is nature


@pytest.mark.parametrize("text", [None, "", "  ", "Succursale ?", "oui", "SIEGE_ANTENNE"])
def test_other_texts_name_none(text):
    assert parse_nature(text) is None


def test_labels_are_french_without_a_translator():
    assert [nature.label for nature in Nature] == ["Siège", "Antenne"]
