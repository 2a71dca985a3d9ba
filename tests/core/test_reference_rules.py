"""Kinds, SIRET checks, post codes and money parsing: the rules of DOMAIN.md and FORMATS.md."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.geo import department_code, department_for, normalise_post_code
from srm_inclusif.core.kinds import Family, Kind, parse_kind
from srm_inclusif.core.money import UNREADABLE, format_eur, read_amount, to_cents
from srm_inclusif.core.siret import check_siret, make_siret
from srm_inclusif.core.vocabulary import SiretStatus, Stage


@pytest.mark.parametrize(("text", "kind"), [
    ("Entreprise adaptée (EA)", Kind.EA),
    ("ESAT", Kind.ESAT),
    ("etablissement et service d'aide par le travail", Kind.ESAT),
    ("Atelier chantier d'insertion", Kind.ACI),
    ("etti", Kind.ETTI),
    ("Entreprise d'insertion par le travail indépendant (EITI)", Kind.EITI),
    ("Boulangerie", None),
    ("", None),
])
def test_kind_is_read_from_codes_and_labels(text: str, kind: Kind | None) -> None:
    assert parse_kind(text) is kind


def test_families_and_what_counts() -> None:
    inclusive = {k for k in Kind if k.is_inclusive}
    assert Kind.ESS not in inclusive
    assert Kind.CLASSIC not in inclusive
    assert {k for k in Kind if k.family is Family.HANDICAP} == {
        Kind.EA, Kind.EATT, Kind.ESAT, Kind.TIH}
    assert {k for k in Kind if k.counts_for_oeth} == {Kind.EA, Kind.ESAT, Kind.TIH}
    assert Kind.GEIQ.is_inclusive
    assert not Kind.GEIQ.is_siae


def test_stage_order_follows_the_lifecycle() -> None:
    assert [s.label for s in sorted(Stage, key=lambda s: s.order)] == [
        "Sourcing", "Consultation", "Marché test", "Évaluation", "Contrat en cours", "Arrêtée"]


@pytest.mark.parametrize(("raw", "status", "value"), [
    ("732 829 320 00074", SiretStatus.VALID, "73282932000074"),
    ("732.829.320.00074", SiretStatus.VALID, "73282932000074"),
    ("73282932000075", SiretStatus.INVALID, "73282932000075"),
    ("7328293200007", SiretStatus.INVALID, "7328293200007"),
    ("35600000000048", SiretStatus.VALID, "35600000000048"),  # La Poste rule
    ("000 000 000 00000", SiretStatus.INVALID, "00000000000000"),  # a filler, Luhn or not
    ("", SiretStatus.MISSING, None),
    (None, SiretStatus.MISSING, None),
])
def test_siret_is_normalised_and_checked(raw, status, value) -> None:
    checked = check_siret(raw)
    assert (checked.status, checked.value) == (status, value)


@pytest.mark.parametrize("raw", ["4,11555E+13", "4.11555E+13", "4,11555e13", " 4E+13 "])
def test_a_siret_excel_wrote_in_scientific_notation_says_its_digits_are_lost(raw) -> None:
    checked = check_siret(raw)
    assert (checked.status, checked.value) == (SiretStatus.INVALID, raw.strip())
    assert checked.reason.startswith("SIRET écrit par Excel en notation scientifique")


def test_siret_lost_zeros_are_padded_only_when_asked() -> None:
    assert check_siret("4155513900012").status is SiretStatus.INVALID
    assert check_siret("4155513900012", pad_lost_zeros=True).value == "04155513900012"


def test_placeholder_nic_is_kept_and_flagged() -> None:
    siret = make_siret(12_345_678, 9990)
    assert siret[9:12] == "999"
    checked = check_siret(siret)
    assert checked.status is SiretStatus.UNVERIFIED
    assert checked.value == siret


@pytest.mark.parametrize(("raw", "post_code", "dept", "region"), [
    ("1000", "01000", "01", "Auvergne-Rhône-Alpes"),
    (1000, "01000", "01", "Auvergne-Rhône-Alpes"),
    ("20000", "20000", "2A", "Corse"),
    ("20200", "20200", "2B", "Corse"),
    ("97400", "97400", "974", "La Réunion"),
    ("44000", "44000", "44", "Pays de la Loire"),
])
def test_department_and_region_from_post_code(raw, post_code, dept, region) -> None:
    assert normalise_post_code(raw) == post_code
    assert department_code(post_code) == dept
    found = department_for(post_code)
    assert found is not None
    assert found.region_name == region


def test_unreadable_post_code() -> None:
    assert normalise_post_code("ABCDE") is None
    assert department_code(None) is None


@pytest.mark.parametrize(("raw", "amount"), [
    ("12 345,67 €", Decimal("12345.67")),
    ("12\u202f345,67\u00a0€", Decimal("12345.67")),
    ("1.234,50", Decimal("1234.50")),
    ("1,234.50", Decimal("1234.50")),
    ("500", Decimal("500")),
    ("#N/D", UNREADABLE),
    ("", UNREADABLE),
])
def test_french_amounts_are_parsed_exactly(raw, amount) -> None:
    assert read_amount(raw) == amount


def test_amounts_are_cents_and_formatted_in_french() -> None:
    assert to_cents(Decimal("12345.675")) == 1234568
    assert format_eur(1234567) == "12\u202f346\u00a0€"
    assert format_eur(438750, decimals=True) == "4\u202f387,50\u00a0€"
