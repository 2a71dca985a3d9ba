"""An objective's target has an upper bound by unit: a mistyped one is refused, with the limit."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.payout import check_target


# thousands grouped by narrow no-break spaces (\u202f), as every number the app writes
@pytest.mark.parametrize(("target", "unit", "limit"), [
    ("99999999999999999999999", "h", "10\u202f000\u202f000 h"),
    ("101", "%", "100 %"),
    ("6", "/ 5", "5 / 5"),
    ("1000000000", "€", "999\u202f999\u202f999 €"),
    ("1000000000", "tonnes", "999\u202f999\u202f999 tonnes"),
    ("1000000000", "", "999\u202f999\u202f999"),
])
def test_a_target_beyond_its_unit_is_refused(target, unit, limit) -> None:
    with pytest.raises(ValidationError) as refused:
        check_target(Decimal(target), lower_is_better=False, unit=unit)
    assert str(refused.value) == (f"La cible ne peut pas dépasser {limit}. "
                                  "Vérifiez le nombre de chiffres.")


@pytest.mark.parametrize(("target", "unit"), [
    ("10000000", "h"), ("100", "%"), ("4.5", "/ 5"), ("250000", "€"), ("12", "contrats"),
])
def test_a_sensible_target_is_kept(target, unit) -> None:
    check_target(Decimal(target), lower_is_better=False, unit=unit)


def test_without_a_unit_only_the_sign_is_checked() -> None:
    check_target(Decimal("99999999999999999999999"), lower_is_better=False)  # sums of old sheets
