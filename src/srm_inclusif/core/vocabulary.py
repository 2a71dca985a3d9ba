"""Enumerations of the domain: profiles, stages, contract kinds, spend bases and more."""

from __future__ import annotations

from enum import StrEnum

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.kinds import fold


class Profile(StrEnum):
    """Who uses the workspace: a buyer, or the commercial side of a structure inclusive."""

    ACHETEUR = "acheteur"
    STRUCTURE_INCLUSIVE = "structure_inclusive"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate(
            "Vocabulary",
            {
                "acheteur": QT_TRANSLATE_NOOP("Vocabulary", "Acheteur"),
                "structure_inclusive": QT_TRANSLATE_NOOP("Vocabulary", "Structure inclusive"),
            }[self.value],
        )

    @property
    def is_seller(self) -> bool:
        """Whether this is the commercial side of a structure inclusive: her spend lines are sales.

        The one test of « a seller's workspace »: every word, column and default that differs
        for a seller reads it.
        """
        return self is Profile.STRUCTURE_INCLUSIVE

    @property
    def person_role(self) -> str:
        """The role (« fonction ») a person of the organisation gets by default.

        In the UI language; the user may edit it.
        """
        if self is Profile.ACHETEUR:
            return translate("People", QT_TRANSLATE_NOOP("People", "Acheteur"))
        return translate("People", QT_TRANSLATE_NOOP("People", "Chargé(e) d'affaires"))

    @property
    def counterparties_label(self) -> str:
        """What the counterparties are called in this profile."""
        if self is Profile.ACHETEUR:
            return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Fournisseurs"))
        return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Clients"))

    @property
    def counterparty_label(self) -> str:
        """What the other side of a relationship, contract or action is called in this profile.

        A buyer's « Fournisseur »: the structure he buys from (a table column naming it); a
        structure inclusive's « Client ».
        """
        if self is Profile.ACHETEUR:
            return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Fournisseur"))
        return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Client"))

    @property
    def record_label(self) -> str:
        """What one record of the directory is called: any row, bought from or not.

        A buyer's « Structure » (an import's line, a candidate of a shortlist: not yet, maybe
        never, a supplier); a structure inclusive's records are all her « Client ».
        """
        if self is Profile.ACHETEUR:
            return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Structure"))
        return translate("Vocabulary", QT_TRANSLATE_NOOP("Vocabulary", "Client"))


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
        """Label in the UI language, in the words of the profile in use (``use_profile_words``)."""
        return translate("Vocabulary", stage_source_label(self))

    @property
    def order(self) -> int:
        """Position in the pipeline, from 0."""
        return list(Stage).index(self)


#: A buyer's stage labels (French, as the UI shows them before translation).
STAGE_LABELS = {
    Stage.SOURCING: QT_TRANSLATE_NOOP("Vocabulary", "Sourcing"),
    Stage.CONSULTATION: QT_TRANSLATE_NOOP("Vocabulary", "Consultation"),
    Stage.MARCHE_TEST: QT_TRANSLATE_NOOP("Vocabulary", "Marché test"),
    Stage.EVALUATION: QT_TRANSLATE_NOOP("Vocabulary", "Évaluation"),
    Stage.CONTRAT_EN_COURS: QT_TRANSLATE_NOOP("Vocabulary", "Contrat en cours"),
    Stage.ARRETEE: QT_TRANSLATE_NOOP("Vocabulary", "Arrêtée"),
}
#: A structure inclusive's own words for a stage, where a buyer's read wrong: she does not
#: source her clients, she prospects them. The stored code stays the same.
SELLER_STAGE_LABELS = {
    Stage.SOURCING: QT_TRANSLATE_NOOP("Vocabulary", "Prospection"),
}
_profile_in_use = Profile.ACHETEUR


def use_profile_words(profile: Profile) -> None:
    """Name stages and indicators in the words of ``profile`` from now on (the open workspace's).

    One process-wide choice, as the UI language is: every view, chart and message naming a
    stage reads ``Stage.label``, an indicator ``Indicator.label``. The UI sets it when a
    workspace opens or changes profile; without it (CLI, lower layers' tests), a buyer's words.
    """
    global _profile_in_use  # noqa: PLW0603 — one open workspace, one profile
    _profile_in_use = profile


def profile_in_use() -> Profile:
    """The profile whose words the labels are in (``use_profile_words``)."""
    return _profile_in_use


def stage_source_label(stage: Stage) -> str:
    """A stage's label in French, in the words of the profile in use (``use_profile_words``)."""
    if _profile_in_use.is_seller and stage in SELLER_STAGE_LABELS:
        return SELLER_STAGE_LABELS[stage]
    return STAGE_LABELS[stage]


class ContractKind(StrEnum):
    """Kind of contract."""

    MARCHE_TEST = "marche_test"
    CONTRAT = "contrat"
    COMMANDE_PONCTUELLE = "commande_ponctuelle"
    MARCHE_RESERVE = "marche_reserve"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate(
            "Vocabulary",
            {
                "marche_test": QT_TRANSLATE_NOOP("Vocabulary", "Marché test"),
                "contrat": QT_TRANSLATE_NOOP("Vocabulary", "Contrat"),
                "commande_ponctuelle": QT_TRANSLATE_NOOP("Vocabulary", "Commande ponctuelle"),
                "marche_reserve": QT_TRANSLATE_NOOP("Vocabulary", "Marché réservé"),
            }[self.value],
        )


class SpendBasis(StrEnum):
    """Basis of a spend figure: ordered, invoiced or paid."""

    ORDERED = "ordered"
    INVOICED = "invoiced"
    PAID = "paid"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate("Vocabulary", SPEND_BASIS_LABELS[self])


#: The French label of each spend basis (files exchanged with HR keep it whatever the UI).
SPEND_BASIS_LABELS = {
    SpendBasis.ORDERED: QT_TRANSLATE_NOOP("Vocabulary", "Commandé"),
    SpendBasis.INVOICED: QT_TRANSLATE_NOOP("Vocabulary", "Facturé"),
    SpendBasis.PAID: QT_TRANSLATE_NOOP("Vocabulary", "Payé"),
}


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
        """Label in the UI language."""
        return translate("Vocabulary", DECISION_LABELS[self])


#: The French label of each decision (a relationship's history stores it so).
DECISION_LABELS = {
    Decision.GO: QT_TRANSLATE_NOOP("Vocabulary", "Go"),
    Decision.NO_GO: QT_TRANSLATE_NOOP("Vocabulary", "No go"),
}


class ServiceType(StrEnum):
    """Type of service offered by a structure (Marché de l'inclusion presta_types)."""

    DISP = "DISP"
    PREST = "PREST"
    BUILD = "BUILD"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate(
            "Vocabulary",
            {
                "DISP": QT_TRANSLATE_NOOP("Vocabulary", "Mise à disposition"),
                "PREST": QT_TRANSLATE_NOOP("Vocabulary", "Prestation de services"),
                "BUILD": QT_TRANSLATE_NOOP("Vocabulary", "Fabrication de biens"),
            }[self.value],
        )


class Nature(StrEnum):
    """Whether a structure is a head office or a local branch (Marché de l'inclusion ``nature``).

    An antenna is a local site of a bigger structure: worth knowing when sourcing near a site,
    and when two records look like duplicates (a head office and its antenna are two sites).
    """

    HEAD_OFFICE = "HEAD_OFFICE"
    ANTENNA = "ANTENNA"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate("Vocabulary", NATURE_LABELS[self])


#: The French label of each nature (import reports, stored in French, name it so).
NATURE_LABELS = {
    Nature.HEAD_OFFICE: QT_TRANSLATE_NOOP("Vocabulary", "Siège"),
    Nature.ANTENNA: QT_TRANSLATE_NOOP("Vocabulary", "Antenne"),
}
_NATURE_WORDS = {
    **{fold(label): nature for nature, label in NATURE_LABELS.items()},
    **{fold(nature.value): nature for nature in Nature},  # "head office", "antenna"
    "siege social": Nature.HEAD_OFFICE, "etablissement secondaire": Nature.ANTENNA,
    "branch": Nature.ANTENNA,
}


def parse_nature(text: str | None) -> Nature | None:
    """Read a nature from its code (``ANTENNA``) or a word (« Siège social », « antenne »)."""
    return _NATURE_WORDS.get(fold(text)) if text else None


class ClauseMode(StrEnum):
    """How a clause sociale d'insertion is fulfilled."""

    DIRECT_HIRING = "direct_hiring"
    PLACEMENT = "placement"
    SUBCONTRACTING = "subcontracting"

    @property
    def label(self) -> str:
        """Label in the UI language."""
        return translate(
            "Vocabulary",
            {
                "direct_hiring": QT_TRANSLATE_NOOP("Vocabulary", "Embauche directe"),
                "placement": QT_TRANSLATE_NOOP("Vocabulary", "Mise à disposition (ETTI, AI, GEIQ)"),
                "subcontracting": QT_TRANSLATE_NOOP(
                    "Vocabulary", "Sous-traitance ou co-traitance avec une SIAE"
                ),
            }[self.value],
        )


class SiretStatus(StrEnum):
    """Outcome of a SIRET check, stored next to the SIRET."""

    VALID = "valid"
    INVALID = "invalid"
    UNVERIFIED = "unverified"
    MISSING = "missing"


#: Default feedback criteria (key, French label, weight) of DOMAIN.md section 4. The workspace
#: stores them in French; ``criterion_label`` shows a label still as seeded in the UI language.
DEFAULT_FEEDBACK_CRITERIA = (
    ("qualite", QT_TRANSLATE_NOOP("FeedbackCriteria", "Qualité"), 1),
    ("delais", QT_TRANSLATE_NOOP("FeedbackCriteria", "Délais"), 1),
    ("cout", QT_TRANSLATE_NOOP("FeedbackCriteria", "Coût"), 1),
    ("relation", QT_TRANSLATE_NOOP("FeedbackCriteria", "Relation"), 1),
    ("impact_social", QT_TRANSLATE_NOOP("FeedbackCriteria", "Impact social"), 1),
)
_SEEDED_CRITERIA = {key: label for key, label, _weight in DEFAULT_FEEDBACK_CRITERIA}


def criterion_label(key: str | None, label: str) -> str:
    """A feedback criterion's label as shown: still as seeded, in the UI language; else as typed.

    ``key`` is None where only the label is known (a score as recorded): a label equal to one
    of the seeded ones is then translated.
    """
    seeded = _SEEDED_CRITERIA.values() if key is None else (_SEEDED_CRITERIA.get(key),)
    return translate("FeedbackCriteria", label) if label in seeded else label
