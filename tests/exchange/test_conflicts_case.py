"""A hand edit the file writes but for case or accents is no conflict; a conflict said already is
not said again when the file writes the structure's name or the value in another case."""

from __future__ import annotations

from srm_inclusif.core.siret import make_siret
from tests.exchange.import_support import DIRECTORY_HEADER, hand_edit, run, table_file

SIRET = make_siret(60_000_001, 1)


def directory(tmp_path, name: str, phone: str):
    return table_file(tmp_path / "annuaire.csv", DIRECTORY_HEADER,
                      [name, SIRET, "EA", "44000", phone, "", "", ""])


def test_a_hand_edit_differing_only_by_accents_is_no_conflict(workspace, tmp_path):
    run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))
    hand_edit(workspace, "ENVIE RHONE", "name", "Envie Rhône")

    summary = run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))

    assert summary.conflicts == 0


def test_a_conflict_said_is_not_said_again_for_a_name_in_another_case(workspace, tmp_path):
    run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))
    hand_edit(workspace, "ENVIE RHONE", "phone", "0600000000")
    said = run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))

    again = run(workspace, directory(tmp_path, "Envie Rhone", "0102030405"))

    assert (said.conflicts, again.conflicts) == (1, 0)


def test_a_hand_edit_differing_by_a_hyphen_is_still_a_conflict(workspace, tmp_path):
    run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))
    hand_edit(workspace, "ENVIE RHONE", "name", "ENVIE-RHONE")

    summary = run(workspace, directory(tmp_path, "ENVIE RHONE", "0102030405"))

    assert summary.conflicts == 1  # another name, not the same one in other letters
