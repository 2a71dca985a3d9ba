"""Each parameter the app reads is declared once: its OETH field, its name and its kind."""

from __future__ import annotations

from dataclasses import fields

from srm_inclusif.core.oeth import OethParameters
from srm_inclusif.storage.services.parameters import (
    OETH_PARAMETER_NAMES,
    PARAMETER_KINDS,
    parameter_label,
)


def test_every_oeth_field_has_a_named_and_labelled_parameter() -> None:
    assert list(OETH_PARAMETER_NAMES) == [f.name for f in fields(OethParameters)]
    assert list(PARAMETER_KINDS) == list(OETH_PARAMETER_NAMES.values())
    assert parameter_label("oeth_coef_750") == "Coefficient, 750 salariés et plus"
