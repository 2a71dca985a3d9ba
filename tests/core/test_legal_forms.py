"""INSEE's legal category codes read as their French labels (level III, else level II)."""

from __future__ import annotations

import pytest

from srm_inclusif.core.legal_forms import legal_form_label, legal_form_labels


@pytest.mark.parametrize(("code", "label"), [
    ("5458", "SARL coopérative de production (SCOP)"),
    ("5710", "SAS, société par actions simplifiée"),
    ("9220", "Association déclarée"),
    ("9221", "Association déclarée d'insertion par l'économique"),
    ("9222", "Association intermédiaire"),
    ("7366", "Établissement public local social et médico-social"),
    ("1000", "Entrepreneur individuel"),
    (" 5499 ", "Société à responsabilité limitée (sans autre indication)"),
])
def test_a_listed_code_reads_as_its_label(code, label):
    assert legal_form_label(code) == label


@pytest.mark.parametrize(("code", "label"), [
    # retired codes still found on old legal units: their level II says what they are
    ("5498", "Société à responsabilité limitée (SARL)"),
    ("5570", "Société anonyme à conseil d'administration"),
    ("9290", "Association loi 1901 ou assimilé"),
])
def test_a_code_not_listed_reads_as_its_level_ii(code, label):
    assert legal_form_label(code) == label


@pytest.mark.parametrize("code", ["1999", "54", "54580", "SARL", "", None])
def test_a_code_of_no_known_level_has_no_label(code):
    assert legal_form_label(code) is None


def test_each_listed_category_belongs_to_a_listed_level_ii():
    labels = legal_form_labels()
    level_iii = [code for code in labels if len(code) == 4]

    assert len(level_iii) > 250
    assert [code for code in level_iii if code[:2] not in labels] == []
    assert all(label == label.strip() and "  " not in label for label in labels.values())
