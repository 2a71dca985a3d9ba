"""A contact read with a structure: without a name, its points are the structure's; bad ones
flagged."""

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


def structure_points(workspace) -> list[tuple]:
    with workspace.engine.connect() as connection:
        return connection.execute(text(
            "SELECT name, email, phone FROM counterparty ORDER BY name")).all()


def test_a_contact_without_a_name_gives_the_structure_its_points(workspace, tmp_path):
    path = write(tmp_path, "ESAT A;38100;;;pas-un-email;0612", "ESAT B;69003;;;;",
                 "ESAT C;69003;;;accueil@esat-c.fr;04 76 00 00 00")

    summary = run(workspace, path)

    assert (summary.inserted, summary.flagged) == (3, 1)
    assert flags(summary) == [
        (2, "email", "pas-un-email", "Adresse e-mail invalide (gardée telle quelle)."),
        (2, "phone", "0612", "Numéro de téléphone non reconnu (gardé tel quel).")]
    assert contacts(workspace) == []
    assert structure_points(workspace) == [("ESAT A", "pas-un-email", "0612"),
                                           ("ESAT B", None, None),
                                           ("ESAT C", "accueil@esat-c.fr", "+33476000000")]


def test_a_nameless_contact_s_other_phone_than_the_structure_s_is_flagged_unkept(
        workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal;Téléphone;Nom du contact;Téléphone du contact\n"
                    "ESAT A;38100;04 76 00 00 00;;04 76 11 11 11\n"
                    "ESAT B;38100;04 76 22 22 22;;04 76 22 22 22\n", encoding="utf-8")

    summary = run(workspace, path)

    assert flags(summary) == [(2, "contact_last_name", "04 76 11 11 11",
                               "Contact sans nom : non enregistré.")]
    assert structure_points(workspace) == [("ESAT A", None, "+33476000000"),
                                           ("ESAT B", None, "+33476222222")]


def test_a_named_contact_s_unreadable_points_are_flagged_and_kept_as_read(workspace, tmp_path):
    path = write(tmp_path, "ESAT A;38100;Claire;Martin;pas-un-email;0612",
                 "ESAT B;69003;Paul;Hoarau;paul@esat.fr;04 76 00 00 00")

    summary = run(workspace, path)

    assert flags(summary) == [
        (2, "contact_phone", "0612", "Numéro de téléphone non reconnu (gardé tel quel)."),
        (2, "contact_email", "pas-un-email", "Adresse e-mail invalide (gardée telle quelle).")]
    assert contacts(workspace) == [("Claire", "Martin", "pas-un-email", "0612"),
                                   ("Paul", "Hoarau", "paul@esat.fr", "+33476000000")]
