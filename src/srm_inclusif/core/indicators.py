"""The catalogue of indicators an objective can follow (DOMAIN.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Needs(StrEnum):
    """The data an indicator is computed from."""

    SPEND = "spend"
    CONTRACTS = "contracts"
    FEEDBACK = "feedback"
    MANUAL = "manual"


@dataclass(frozen=True)
class Indicator:
    """An indicator: stable code, French label, unit and how it is computed."""

    code: str
    label: str
    unit: str
    needs: Needs
    lower_is_better: bool = False
    uses_basis: bool = False

    @property
    def is_manual(self) -> bool:
        """True when the actual is typed by the user (``Objective.manual_actual``)."""
        return self.needs is Needs.MANUAL


INDICATORS: tuple[Indicator, ...] = (
    Indicator("inclusive_spend", "Achats inclusifs", "€", Needs.SPEND, uses_basis=True),
    Indicator("insertion_spend", "Achats auprès de l'insertion", "€", Needs.SPEND,
              uses_basis=True),
    Indicator("handicap_spend", "Achats auprès du secteur du handicap", "€", Needs.SPEND,
              uses_basis=True),
    Indicator("ess_spend", "Achats auprès de l'ESS", "€", Needs.SPEND, uses_basis=True),
    Indicator("total_spend", "Achats totaux", "€", Needs.SPEND, uses_basis=True),
    Indicator("inclusive_share", "Part des achats inclusifs", "%", Needs.SPEND,
              uses_basis=True),
    Indicator("contracts", "Contrats avec des structures inclusives", "contrats",
              Needs.CONTRACTS),
    Indicator("test_contracts", "Marchés test avec des structures inclusives", "contrats",
              Needs.CONTRACTS),
    Indicator("reserved_contracts", "Marchés réservés", "contrats", Needs.CONTRACTS),
    Indicator("clause_contracts", "Contrats avec clause sociale", "contrats", Needs.CONTRACTS),
    Indicator("new_suppliers_tested", "Nouvelles structures inclusives testées", "structures",
              Needs.CONTRACTS),
    Indicator("quality_score", "Note de qualité des retours", "/ 5", Needs.FEEDBACK),
    Indicator("insertion_hours_planned", "Heures d'insertion prévues", "h", Needs.CONTRACTS),
    Indicator("insertion_hours", "Heures d'insertion réalisées", "h", Needs.CONTRACTS),
    Indicator("insertion_hours_rate", "Taux de réalisation des heures d'insertion", "%",
              Needs.CONTRACTS),
    Indicator("renewal_rate", "Taux de renouvellement après marché test", "%",
              Needs.CONTRACTS),
    Indicator("savings", "Économies réalisées (saisie manuelle)", "€", Needs.MANUAL),
    Indicator("manual", "Autre indicateur (saisie manuelle)", "", Needs.MANUAL),
)

_BY_CODE = {indicator.code: indicator for indicator in INDICATORS}


def indicator(code: str) -> Indicator:
    """The indicator of a code; an unknown code is treated as a manual indicator."""
    found = _BY_CODE.get(code)
    if found is not None:
        return found
    return Indicator(code, code, "", Needs.MANUAL)


def is_known(code: str) -> bool:
    """True when the code is in the catalogue."""
    return code in _BY_CODE
