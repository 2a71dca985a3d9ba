"""Enumerations of the domain: profiles, stages, contract kinds, spend bases and more."""

from __future__ import annotations

from enum import StrEnum


class Profile(StrEnum):
    """Who uses the workspace: a buyer, or the commercial side of a structure inclusive."""

    ACHETEUR = "acheteur"
    STRUCTURE_INCLUSIVE = "structure_inclusive"

    @property
    def label(self) -> str:
        """French label."""
        return {"acheteur": "Acheteur", "structure_inclusive": "Structure inclusive"}[self.value]

    @property
    def counterparties_label(self) -> str:
        """What the counterparties are called in this profile."""
        return "Fournisseurs" if self is Profile.ACHETEUR else "Clients"


class Stage(StrEnum):
    """Stage of a relationship, in lifecycle order."""

    SOURCING = "sourcing"
    CONSULTATION = "consultation"
    MARCHE_TEST = "marche_test"
    EVALUATION = "evaluation"
    CONTRAT_EN_COURS = "contrat_en_cours"
    ARRETEE = "arretee"

    @property
    def label(self) -> str:
        """French label."""
        return STAGE_LABELS[self]

    @property
    def order(self) -> int:
        """Position in the pipeline, from 0."""
        return list(Stage).index(self)


STAGE_LABELS = {
    Stage.SOURCING: "Sourcing",
    Stage.CONSULTATION: "Consultation",
    Stage.MARCHE_TEST: "Marché test",
    Stage.EVALUATION: "Évaluation",
    Stage.CONTRAT_EN_COURS: "Contrat en cours",
    Stage.ARRETEE: "Arrêtée",
}


class ContractKind(StrEnum):
    """Kind of contract."""

    MARCHE_TEST = "marche_test"
    CONTRAT = "contrat"
    COMMANDE_PONCTUELLE = "commande_ponctuelle"
    MARCHE_RESERVE = "marche_reserve"

    @property
    def label(self) -> str:
        """French label."""
        return {
            "marche_test": "Marché test",
            "contrat": "Contrat",
            "commande_ponctuelle": "Commande ponctuelle",
            "marche_reserve": "Marché réservé",
        }[self.value]


class SpendBasis(StrEnum):
    """Basis of a spend figure: ordered, invoiced or paid."""

    ORDERED = "ordered"
    INVOICED = "invoiced"
    PAID = "paid"

    @property
    def label(self) -> str:
        """French label."""
        return {"ordered": "Commandé", "invoiced": "Facturé", "paid": "Payé"}[self.value]


class FeedbackDirection(StrEnum):
    """Whether a feedback was given by the user's organisation or received from the counterparty."""

    GIVEN = "given"
    RECEIVED = "received"


class Decision(StrEnum):
    """Go / no-go decision at the end of a marché test."""

    GO = "go"
    NO_GO = "no_go"

    @property
    def label(self) -> str:
        """French label."""
        return {"go": "Go", "no_go": "No go"}[self.value]


class ServiceType(StrEnum):
    """Type of service offered by a structure (Marché de l'inclusion presta_types)."""

    DISP = "DISP"
    PREST = "PREST"
    BUILD = "BUILD"

    @property
    def label(self) -> str:
        """French label."""
        return {
            "DISP": "Mise à disposition",
            "PREST": "Prestation de services",
            "BUILD": "Fabrication de biens",
        }[self.value]


class ClauseMode(StrEnum):
    """How a clause sociale d'insertion is fulfilled."""

    DIRECT_HIRING = "direct_hiring"
    PLACEMENT = "placement"
    SUBCONTRACTING = "subcontracting"

    @property
    def label(self) -> str:
        """French label."""
        return {
            "direct_hiring": "Embauche directe",
            "placement": "Mise à disposition (ETTI, AI, GEIQ)",
            "subcontracting": "Sous-traitance ou co-traitance avec une SIAE",
        }[self.value]


class SiretStatus(StrEnum):
    """Outcome of a SIRET check, stored next to the SIRET."""

    VALID = "valid"
    INVALID = "invalid"
    UNVERIFIED = "unverified"
    MISSING = "missing"


#: Default feedback criteria (key, French label, weight) of DOMAIN.md section 4.
DEFAULT_FEEDBACK_CRITERIA = (
    ("qualite", "Qualité", 1),
    ("delais", "Délais", 1),
    ("cout", "Coût", 1),
    ("relation", "Relation", 1),
    ("impact_social", "Impact social", 1),
)
