"""A report names a structure's phone as its card shows it (« 04 76 00 00 00 »), not as stored."""

from __future__ import annotations

from tests.exchange.import_support import hand_edit, run, table_file

HEADER = ["Raison sociale", "SIRET", "Code postal", "Téléphone"]
SIRET = "44306184100047"


def test_a_hand_edited_phone_and_the_refused_one_read_as_on_the_card(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "avant.csv", HEADER,
                              ["ESAT Alpha", SIRET, "38000", "04 76 99 99 99"]))
    hand_edit(workspace, "ESAT Alpha", "phone", "+33476999999")

    summary = run(workspace, table_file(tmp_path / "apres.csv", HEADER,
                                        ["ESAT Alpha", SIRET, "38000", "0476000000"]))

    assert [(i.severity, i.field, i.value, i.reason) for i in summary.issues] == [
        ("conflict", "phone", "04 76 00 00 00",
         "Champ modifié à la main (« 04 76 99 99 99 ») : valeur du fichier ignorée.")]


def test_a_duplicate_line_s_phone_not_kept_reads_as_on_the_card(workspace, tmp_path):
    summary = run(workspace, table_file(tmp_path / "annuaire.csv", HEADER,
                                        ["ESAT Alpha", SIRET, "38000", "04 76 99 99 99"],
                                        ["ESAT Alpha", SIRET, "38000", "+33 4 76 00 00 00"]))

    assert [i.reason for i in summary.issues if i.field == "phone"] == [
        "Même structure que la ligne 2 : valeur non retenue, la fiche garde « 04 76 99 99 99 »."]
