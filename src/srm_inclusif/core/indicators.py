"""The catalogue of indicators an objective can follow (DOMAIN.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.vocabulary import Profile, profile_in_use


class Needs(StrEnum):
    """The data an indicator is computed from."""

    SPEND = "spend"
    CONTRACTS = "contracts"
    FEEDBACK = "feedback"
    MANUAL = "manual"


@dataclass(frozen=True)
class Indicator:
    """An indicator: stable code, label (French source), unit and how it is computed."""

    code: str
    source_label: str
    unit: str
    needs: Needs
    lower_is_better: bool = False
    uses_basis: bool = False
    #: Offered to a structure inclusive only (``offered_indicators``); still computed and named
    #: for a buyer whose workspace kept such an objective after a change of profile.
    seller_only: bool = False

    @property
    def label(self) -> str:
        """Label in the UI language (the French source when no translator is installed).

        In the words of the profile in use: a structure inclusive's spend lines are her sales.
        """
        return translate("Indicators", self.french_label)

    @property
    def french_label(self) -> str:
        """Label in French, in the words of the profile in use (the sheets workbook's)."""
        if profile_in_use().is_seller:
            return SELLER_LABELS.get(self.code, self.source_label)
        return self.source_label

    @property
    def is_manual(self) -> bool:
        """True when the actual is typed by the user (``Objective.manual_actual``)."""
        return self.needs is Needs.MANUAL


INDICATORS: tuple[Indicator, ...] = (
    Indicator(
        "inclusive_spend",
        QT_TRANSLATE_NOOP("Indicators", "Achats inclusifs"),
        "€",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "insertion_spend",
        QT_TRANSLATE_NOOP("Indicators", "Achats auprès de l'insertion"),
        "€",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "handicap_spend",
        QT_TRANSLATE_NOOP("Indicators", "Achats auprès du secteur du handicap"),
        "€",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "ess_spend",
        QT_TRANSLATE_NOOP("Indicators", "Achats auprès de l'ESS"),
        "€",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "total_spend",
        QT_TRANSLATE_NOOP("Indicators", "Achats totaux"),
        "€",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "inclusive_share",
        QT_TRANSLATE_NOOP("Indicators", "Part des achats inclusifs"),
        "%",
        Needs.SPEND,
        uses_basis=True,
    ),
    Indicator(
        "contracts",
        QT_TRANSLATE_NOOP("Indicators", "Contrats avec des structures inclusives"),
        "contrats",
        Needs.CONTRACTS,
    ),
    Indicator(
        "test_contracts",
        QT_TRANSLATE_NOOP("Indicators", "Marchés test avec des structures inclusives"),
        "contrats",
        Needs.CONTRACTS,
    ),
    Indicator(
        "reserved_contracts",
        QT_TRANSLATE_NOOP("Indicators", "Marchés réservés"),
        "contrats",
        Needs.CONTRACTS,
    ),
    Indicator(
        "clause_contracts",
        QT_TRANSLATE_NOOP("Indicators", "Contrats avec clause sociale"),
        "contrats",
        Needs.CONTRACTS,
    ),
    Indicator(
        "new_suppliers_tested",
        QT_TRANSLATE_NOOP("Indicators", "Nouvelles structures inclusives testées"),
        "structures",
        Needs.CONTRACTS,
    ),
    # A structure inclusive's clients are mostly ordinary companies: her contracts, marchés
    # test and new clients tested count every counterparty, whatever its kind. Codes of their
    # own rather than « contracts » read differently by profile: what an objective counts stays
    # its stored code, so a signed sheet, the dashboard and the CLI agree whoever reads them,
    # and a buyer's « Contrats avec des structures inclusives » keeps its meaning.
    Indicator(
        "all_contracts",
        QT_TRANSLATE_NOOP("Indicators", "Contrats avec tous les fournisseurs"),
        "contrats",
        Needs.CONTRACTS,
        seller_only=True,
    ),
    Indicator(
        "all_test_contracts",
        QT_TRANSLATE_NOOP("Indicators", "Marchés test avec tous les fournisseurs"),
        "contrats",
        Needs.CONTRACTS,
        seller_only=True,
    ),
    Indicator(
        "new_counterparties_tested",
        QT_TRANSLATE_NOOP("Indicators", "Nouveaux fournisseurs testés, inclusifs ou non"),
        "clients",
        Needs.CONTRACTS,
        seller_only=True,
    ),
    Indicator(
        "quality_score",
        QT_TRANSLATE_NOOP("Indicators", "Note de qualité des retours"),
        "/ 5",
        Needs.FEEDBACK,
    ),
    Indicator(
        "insertion_hours_planned",
        QT_TRANSLATE_NOOP("Indicators", "Heures d'insertion prévues"),
        "h",
        Needs.CONTRACTS,
    ),
    Indicator(
        "insertion_hours",
        QT_TRANSLATE_NOOP("Indicators", "Heures d'insertion réalisées"),
        "h",
        Needs.CONTRACTS,
    ),
    Indicator(
        "insertion_hours_rate",
        QT_TRANSLATE_NOOP("Indicators", "Taux de réalisation des heures d'insertion"),
        "%",
        Needs.CONTRACTS,
    ),
    Indicator(
        "renewal_rate",
        QT_TRANSLATE_NOOP("Indicators", "Taux de renouvellement après marché test"),
        "%",
        Needs.CONTRACTS,
    ),
    Indicator(
        "savings",
        QT_TRANSLATE_NOOP("Indicators", "Économies réalisées (saisie manuelle)"),
        "€",
        Needs.MANUAL,
    ),
    Indicator(
        "manual",
        QT_TRANSLATE_NOOP("Indicators", "Autre indicateur (saisie manuelle)"),
        "",
        Needs.MANUAL,
    ),
)

_BY_CODE = {indicator.code: indicator for indicator in INDICATORS}
#: A structure inclusive's words for an indicator whose buyer's name reads wrong for her; the
#: code and what is counted stay the same. Her spend lines are her sales (the dashboard draws
#: the total's target as hers). The kind-based ones count only her clients that are themselves
#: inclusive structures: « avec des structures inclusives » alone reads as her own contracts;
#: her contracts, marchés test and new clients with all her clients are ``all_contracts``…
#: Her quality score is the mean of the feedback her clients gave her (``quality_direction``).
SELLER_LABELS = {
    "inclusive_spend": QT_TRANSLATE_NOOP("Indicators", "Ventes à des structures inclusives"),
    "insertion_spend": QT_TRANSLATE_NOOP("Indicators", "Ventes à des structures de l'insertion"),
    "handicap_spend": QT_TRANSLATE_NOOP(
        "Indicators", "Ventes à des structures du secteur du handicap"),
    "ess_spend": QT_TRANSLATE_NOOP("Indicators", "Ventes à des structures de l'ESS"),
    "total_spend": QT_TRANSLATE_NOOP("Indicators", "Ventes totales"),
    "inclusive_share": QT_TRANSLATE_NOOP(
        "Indicators", "Part des ventes à des structures inclusives"),
    "contracts": QT_TRANSLATE_NOOP(
        "Indicators", "Contrats avec des structures inclusives clientes"),
    "test_contracts": QT_TRANSLATE_NOOP(
        "Indicators", "Marchés test avec des structures inclusives clientes"),
    "new_suppliers_tested": QT_TRANSLATE_NOOP(
        "Indicators", "Nouvelles structures inclusives clientes en marché test"),
    "all_contracts": QT_TRANSLATE_NOOP("Indicators", "Contrats avec des clients"),
    "all_test_contracts": QT_TRANSLATE_NOOP("Indicators", "Marchés test avec des clients"),
    "new_counterparties_tested": QT_TRANSLATE_NOOP(
        "Indicators", "Nouveaux clients en marché test"),
    "quality_score": QT_TRANSLATE_NOOP("Indicators", "Note de satisfaction des clients"),
}
#: A structure inclusive's list starts with what measures her work with all her clients: her
#: sales, contracts, marchés test, new clients tested, their satisfaction, renewals, reserved
#: markets and clauses; then the rest in the catalogue's order: those counting only her
#: clients that are inclusive structures, then the typed ones.
SELLER_FIRST = ("total_spend", "all_contracts", "all_test_contracts",
                "new_counterparties_tested", "quality_score", "renewal_rate",
                "reserved_contracts", "clause_contracts", "insertion_hours_planned",
                "insertion_hours", "insertion_hours_rate")
#: The indicator a new objective starts on: a buyer's inclusive spend, a seller's sales (the
#: one the dashboard draws the target of, ``core.dashboard.TARGET_INDICATOR``).
DEFAULT_INDICATOR = {Profile.ACHETEUR: "inclusive_spend",
                     Profile.STRUCTURE_INCLUSIVE: "total_spend"}


def offered_indicators(profile: Profile | None = None) -> tuple[Indicator, ...]:
    """The indicators a new objective may follow, in the order offered to ``profile``.

    The profile in use when not given. A buyer's list is the catalogue's order without the
    seller's own indicators; a seller's puts ``SELLER_FIRST`` first.
    """
    if (profile or profile_in_use()) is not Profile.STRUCTURE_INCLUSIVE:
        return tuple(item for item in INDICATORS if not item.seller_only)
    first = tuple(_BY_CODE[code] for code in SELLER_FIRST)
    return first + tuple(item for item in INDICATORS if item.code not in SELLER_FIRST)


def default_indicator(profile: Profile | None = None) -> str:
    """Code of the indicator a new objective starts on (``DEFAULT_INDICATOR``)."""
    return DEFAULT_INDICATOR[profile or profile_in_use()]


def indicator(code: str) -> Indicator:
    """The indicator of a code; an unknown code is treated as a manual indicator."""
    found = _BY_CODE.get(code)
    if found is not None:
        return found
    return Indicator(code, code, "", Needs.MANUAL)


def is_known(code: str) -> bool:
    """True when the code is in the catalogue."""
    return code in _BY_CODE
