"""Stage transition guard rails and clause sociale realisation rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.lifecycle import (
    check_decision_reason,
    check_not_renewed,
    check_renewal_decision,
    check_stage_change,
    check_takes_new_contracts,
    realisation_rate,
    stage_after_test_started,
    takes_new_contracts,
)
from srm_inclusif.core.vocabulary import Decision, Stage


@pytest.mark.parametrize(("current", "target", "reason", "has_contract", "why"), [
    pytest.param(Stage.CONSULTATION, Stage.EVALUATION, "", False, "contrat",
                 id="evaluation-needs-a-contract"),
    pytest.param(Stage.SOURCING, Stage.ARRETEE, "  ", False, "pourquoi",
                 id="stopping-needs-a-reason"),
    pytest.param(Stage.SOURCING, Stage.SOURCING, "x", False, "déjà", id="same-stage"),
])
def test_a_stage_change_is_refused_saying_why(current: Stage, target: Stage, reason: str,
                                              has_contract: bool, why: str) -> None:
    with pytest.raises(RuleError, match=why):
        check_stage_change(current=current, target=target, reason=reason,
                           has_contract=has_contract)


@pytest.mark.parametrize(("current", "target", "reason", "has_contract"), [
    pytest.param(Stage.MARCHE_TEST, Stage.EVALUATION, "", True, id="evaluation-with-a-contract"),
    pytest.param(Stage.SOURCING, Stage.ARRETEE, "Hors zone", False, id="stopped-with-a-reason"),
])
def test_a_stage_change_with_what_it_needs_is_allowed(current: Stage, target: Stage, reason: str,
                                                      has_contract: bool) -> None:
    check_stage_change(current=current, target=target, reason=reason, has_contract=has_contract)


def test_renewal_decision_needs_feedback_or_reasoned_override() -> None:
    with pytest.raises(RuleError, match="retour d'expérience"):
        check_renewal_decision(feedback_count=0, override_reason=None)
    with pytest.raises(RuleError, match="pourquoi"):
        check_renewal_decision(feedback_count=0, override_reason=" ")
    check_renewal_decision(feedback_count=0, override_reason="Urgence du site de Lyon")
    check_renewal_decision(feedback_count=2, override_reason=None)


def test_no_go_needs_a_reason() -> None:
    with pytest.raises(RuleError):
        check_decision_reason(Decision.NO_GO, "")
    check_decision_reason(Decision.GO, "")


def test_test_start_moves_only_earlier_relationships() -> None:
    assert stage_after_test_started(Stage.SOURCING) is Stage.MARCHE_TEST
    assert stage_after_test_started(Stage.CONSULTATION) is Stage.MARCHE_TEST
    assert stage_after_test_started(Stage.CONTRAT_EN_COURS) is None


def test_realisation_rate() -> None:
    assert realisation_rate(2000, 1500) == Decimal("0.75")
    assert realisation_rate(833, 833) == Decimal("1")
    assert realisation_rate(None, 10) is None
    assert realisation_rate(0, 10) is None


@pytest.mark.parametrize("stage", [s for s in Stage if s is not Stage.ARRETEE])
def test_a_relationship_not_stopped_takes_new_contracts(stage: Stage) -> None:
    assert takes_new_contracts(stage)
    check_takes_new_contracts(stage, "ESAT des Collines")


def test_a_stopped_relationship_takes_no_new_contract_until_reopened() -> None:
    assert not takes_new_contracts(Stage.ARRETEE)
    with pytest.raises(RuleError) as raised:
        check_takes_new_contracts(Stage.ARRETEE, "ESAT des Collines")
    assert "« ESAT des Collines » est arrêtée" in str(raised.value)
    assert "Rouvrez-la d'abord en changeant son étape" in str(raised.value)


def test_a_contract_is_renewed_once() -> None:
    check_not_renewed("Entretien 2025", renewed=False)
    with pytest.raises(RuleError) as raised:
        check_not_renewed("Entretien 2025", renewed=True)
    assert str(raised.value) == ("« Entretien 2025 » a déjà été renouvelé : renouvelez le "
                                 "contrat qui le suit.")


def test_a_contract_moves_an_earlier_relationship_to_contrat_en_cours() -> None:
    from srm_inclusif.core.lifecycle import stage_after_contract_created
    from srm_inclusif.core.vocabulary import ContractKind

    assert stage_after_contract_created(Stage.MARCHE_TEST, ContractKind.CONTRAT) is (
        Stage.CONTRAT_EN_COURS)
    assert stage_after_contract_created(Stage.SOURCING, ContractKind.COMMANDE_PONCTUELLE) is (
        Stage.CONTRAT_EN_COURS)
    assert stage_after_contract_created(Stage.CONTRAT_EN_COURS, ContractKind.CONTRAT) is None
    assert stage_after_contract_created(Stage.SOURCING, ContractKind.MARCHE_TEST) is (
        Stage.MARCHE_TEST)
    assert stage_after_contract_created(Stage.EVALUATION, ContractKind.MARCHE_TEST) is None
