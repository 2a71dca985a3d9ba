"""A placeholder NIC (999xx) is kept and flagged unverified, whatever its key (FORMATS.md).

Platforms make these NICs up for branches: their last digit is no check key, so « Clé de
contrôle incorrecte » was wrong for nine in ten of them. Their SIREN still has its own key.
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.siret import BAD_KEY, PROVISIONAL_NIC, check_siret
from srm_inclusif.core.vocabulary import SiretStatus
from tests.exchange.import_support import run, stored, table_file


def test_every_placeholder_nic_of_a_valid_siren_is_kept_unverified(workspace, tmp_path):
    path = table_file(tmp_path / "antennes.csv", ["Raison sociale", "SIRET", "Type"],
                      *([f"Antenne {n}", f"291417772999{n:02d}", "ESAT"] for n in range(1, 11)))

    summary = run(workspace, path)

    assert set(stored(workspace, "siret_status").values()) == {"unverified"}
    assert stored(workspace, "siret")["Antenne 2"] == "29141777299902"
    assert {issue.reason for issue in summary.issues} == {PROVISIONAL_NIC}
    assert len(summary.issues) == 10


@pytest.mark.parametrize("siret", ["29141777399901", "291 417 773 999 05"])
def test_a_placeholder_nic_of_a_wrong_siren_is_a_wrong_key(siret):
    check = check_siret(siret)

    assert (check.status, check.reason) == (SiretStatus.INVALID, BAD_KEY)
