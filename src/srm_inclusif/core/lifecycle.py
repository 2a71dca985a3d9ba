"""Stage transition rules of a relationship and the guard rails around decisions."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.vocabulary import ContractKind, Decision, Stage, stage_source_label

#: Where a marché test decision moves the relationship: a no-go stops it. A go moves nothing
#: by itself: the relationship stays at « Marché test », its test marked Go, until the contract
#: that follows is created (« Contrat en cours » says that a contract exists).
STAGE_AFTER_DECISION = {Decision.NO_GO: Stage.ARRETEE}

#: Why the app itself moved a relationship, as its history stores it (French, filled in); the
#: UI reads the values back and says it in its own language (context "StageReasons").
PRESELECTED = QT_TRANSLATE_NOOP("StageReasons", "Présélection sur un besoin")
TEST_STARTED = QT_TRANSLATE_NOOP("StageReasons", "Marché test « {title} »")
DECIDED = QT_TRANSLATE_NOOP("StageReasons", "Décision « {decision} » sur « {title} »")
DECIDED_BECAUSE = QT_TRANSLATE_NOOP("StageReasons",
                                    "Décision « {decision} » sur « {title} » : {reason}")
CONTRACT_STARTED = QT_TRANSLATE_NOOP("StageReasons", "Contrat « {title} »")
STAGE_REASONS = (PRESELECTED, TEST_STARTED, DECIDED, DECIDED_BECAUSE, CONTRACT_STARTED)


def check_stage_change(
    *, current: Stage, target: Stage, reason: str, has_contract: bool
) -> None:
    """Raise a ``RuleError`` with a French message when a stage change is not allowed.

    The stage is named by its French label in ``stage_label`` (a vocabulary label the UI
    translates, see ``ui.errors.error_text``) and by its code in ``stage``.

    Args:
        current: The stage the relationship is at.
        target: The stage asked for.
        reason: Why the user moves it (required to stop a relationship).
        has_contract: Whether the relationship has at least one contract (a marché test counts).
    """
    if current is target:
        raise RuleError.of(
            QT_TRANSLATE_NOOP("Errors", "La relation est déjà à l'étape « {stage_label} »."),
            stage=target.value, stage_label=stage_source_label(target))
    if target is Stage.EVALUATION and not has_contract:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors",
            "L'évaluation demande un contrat : créez d'abord un marché test ou un contrat."),
            stage=target.value)
    if target is Stage.CONTRAT_EN_COURS and not has_contract:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "« Contrat en cours » demande un contrat : créez-le d'abord."),
            stage=target.value)
    if target is Stage.ARRETEE and not reason.strip():
        raise RuleError.of(
            QT_TRANSLATE_NOOP("Errors", "Indiquez pourquoi la relation est arrêtée."),
            stage=target.value)


def is_open(stage: Stage) -> bool:
    """Whether a relationship at ``stage`` is still followed, i.e. not stopped."""
    return stage is not Stage.ARRETEE


def standing(stage: Stage) -> int:
    """Rank of a relationship standing for its counterparty: the most advanced still going.

    A stopped one ranks below all (it stands only when every relationship is stopped).
    """
    return stage.order if is_open(stage) else -1


def standing_key(stage: Stage, since: date, relationship_id: int) -> tuple[int, date, int]:
    """Which relationship stands for its counterparty: the greatest key wins.

    The most advanced (``standing``), then the latest moved, then the latest created: the list's
    « Étape », the purchase form's buyer and « déjà suivie par » all name the same one. The SQL
    of ``storage.services.counterparty_query.stage_column`` orders by the same three, descending.
    """
    return standing(stage), since, relationship_id


def takes_new_contracts(stage: Stage) -> bool:
    """Whether a relationship at ``stage`` may take a new marché test, contract or renewal.

    Every open relationship does (``is_open``); a stopped one must be reopened first.
    """
    return is_open(stage)


def check_takes_new_contracts(stage: Stage, counterparty_name: str) -> None:
    """A stopped relationship takes no new marché test, contract or renewal until reopened.

    Reopening it is changing its stage back (« Changer d'étape… » on the Relations page).
    """
    if not takes_new_contracts(stage):
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "La relation avec « {name} » est arrêtée : elle ne prend ni marché test, "
            "ni contrat, ni renouvellement. Rouvrez-la d'abord en changeant son étape "
            "(« Changer d'étape… » sur la page Relations)."), name=counterparty_name)


def check_one_takes_new_contracts(stages: Collection[Stage]) -> None:
    """A new marché test or contract needs a relationship that takes it (``takes_new_contracts``).

    ``stages``: those of every relationship. Refused when there are some and all are stopped
    (with none at all, the first step is creating one, which the UI says).
    """
    if stages and not any(takes_new_contracts(stage) for stage in stages):
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "Toutes les relations sont arrêtées : aucune ne prend de marché test ni de "
            "contrat. Rouvrez-en une en changeant son étape (« Changer d'étape… » sur la page "
            "Relations), ou créez une nouvelle relation."))


def check_not_renewed(title: str, *, renewed: bool) -> None:
    """A contract is renewed once: a later renewal renews the contract that follows it."""
    if renewed:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "« {title} » a déjà été renouvelé : renouvelez le contrat qui le suit."),
            title=title)


def check_renewal_decision(*, feedback_count: int, override_reason: str | None) -> None:
    """A go / no-go or renewal decision needs a feedback, or an explicit override with a reason."""
    if feedback_count > 0:
        return
    if override_reason is None:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors",
            "Aucun retour d'expérience n'a été saisi : saisissez-en un avant de décider, "
            "ou décidez sans retour en indiquant pourquoi."), needs="feedback")
    if not override_reason.strip():
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "Indiquez pourquoi vous décidez sans retour d'expérience."), needs="reason")


def check_decision_on(kind: ContractKind, title: str) -> None:
    """Only a marché test ends with a go / no go; a contract is renewed or left to end."""
    if kind is not ContractKind.MARCHE_TEST:
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "« {title} » n'est pas un marché test : seul un marché test reçoit une "
            "décision go / no go (un contrat se renouvelle ou prend fin)."), title=title)


def check_decision_reason(decision: Decision, reason: str) -> None:
    """A no-go stops the relationship, so it needs a reason."""
    if decision is Decision.NO_GO and not reason.strip():
        raise RuleError.of(QT_TRANSLATE_NOOP(
            "Errors", "Indiquez la raison du « no go » : la relation sera arrêtée."))


def stage_after_test_started(current: Stage) -> Stage | None:
    """Starting a marché test moves an earlier relationship to « Marché test »; None otherwise."""
    if current.order < Stage.MARCHE_TEST.order:
        return Stage.MARCHE_TEST
    return None


def stage_after_contract_created(current: Stage, kind: ContractKind, *,
                                 started: bool = True) -> Stage | None:
    """Where a new contract moves a relationship at ``current``; None when it stays.

    A marché test moves an earlier relationship to « Marché test » (``stage_after_test_started``);
    any other contract moves an earlier one to « Contrat en cours », once ``started``: one that
    begins later leaves the stage alone until its first day (``stage_after_contract_began``).
    """
    if kind is ContractKind.MARCHE_TEST:
        return stage_after_test_started(current)
    return stage_after_contract_began(current) if started else None


def stage_after_contract_began(current: Stage) -> Stage | None:
    """A contract under way moves an earlier relationship to « Contrat en cours », else None."""
    if current in STAGES_BEFORE_CONTRACT:
        return Stage.CONTRAT_EN_COURS
    return None


#: The stages a contract under way moves on: those before « Contrat en cours » (not a stop).
STAGES_BEFORE_CONTRACT = frozenset(
    stage for stage in Stage if stage.order < Stage.CONTRAT_EN_COURS.order)


def contract_has_begun(start: date | None, today: date) -> bool:
    """Whether a contract is under way on ``today``: from its start date (none: from the start)."""
    return start is None or start <= today


def realisation_rate(planned: float | None, realised: float | None) -> Decimal | None:
    """Clause sociale hours realised ÷ planned (e.g. 0.75), None when nothing is planned."""
    if not planned or realised is None:
        return None
    rate = Decimal(str(realised)) / Decimal(str(planned))
    return rate.quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)
