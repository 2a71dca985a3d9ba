"""A new contract needs one relationship that takes it: refused when every one is stopped."""

from __future__ import annotations

import pytest

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.lifecycle import check_one_takes_new_contracts
from srm_inclusif.core.vocabulary import Stage


def test_every_relationship_stopped_is_refused_with_how_to_go_on() -> None:
    with pytest.raises(RuleError) as raised:
        check_one_takes_new_contracts([Stage.ARRETEE, Stage.ARRETEE])
    assert str(raised.value).startswith("Toutes les relations sont arrêtées")
    assert "« Changer d'étape… »" in str(raised.value)
    assert "ou créez une nouvelle relation" in str(raised.value)


@pytest.mark.parametrize("stages", [[], [Stage.ARRETEE, Stage.SOURCING], [Stage.MARCHE_TEST]])
def test_one_open_relationship_or_none_at_all_is_not_this_refusal(stages: list[Stage]) -> None:
    check_one_takes_new_contracts(stages)
