"""A contact read with a structure: without a name it is flagged, not kept; bad points flagged."""

from __future__ import annotations

from sqlalchemy import text

from tests.exchange.import_support import run

HEADER = ("Raison sociale;Code postal;Prénom du contact;Nom du contact;E-mail du contact;"
          "Téléphone du contact")


def contacts(workspace) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return connection.execute(text(
            "SELECT first_name, last_name, email, phone FROM contact ORDER BY id")).all()


def flags(summary) -> list[tuple]:
    return [(i.line, i.field, i.value, i.reason) for i in summary.issues]


def write(tmp_path, *lines: str):
    path = tmp_path / "annuaire.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_a_contact_without_a_name_is_flagged_and_not_kept(workspace, tmp_path):
    path = write(tmp_path, "ESAT A;38100;;;pas-un-email;0612", "ESAT B;69003;;;;")

    summary = run(workspace, path)

    assert (summary.inserted, summary.flagged) == (2, 1)
    assert flags(summary) == [(2, "contact_last_name", "pas-un-email, 0612",
                               "Contact sans nom : non enregistré.")]
    assert contacts(workspace) == []


def test_a_named_contact_s_unreadable_points_are_flagged_and_kept_as_read(workspace, tmp_path):
    path = write(tmp_path, "ESAT A;38100;Claire;Martin;pas-un-email;0612",
                 "ESAT B;69003;Paul;Hoarau;paul@esat.fr;04 76 00 00 00")

    summary = run(workspace, path)

    assert flags(summary) == [
        (2, "contact_phone", "0612", "Numéro de téléphone non reconnu (gardé tel quel)."),
        (2, "contact_email", "pas-un-email", "Adresse e-mail invalide (gardée telle quelle).")]
    assert contacts(workspace) == [("Claire", "Martin", "pas-un-email", "0612"),
                                   ("Paul", "Hoarau", "paul@esat.fr", "+33476000000")]
