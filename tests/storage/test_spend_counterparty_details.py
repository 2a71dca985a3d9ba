"""A spend file's Type, Code postal and Ville describe the suppliers the import creates.

On a supplier already stored they fill only an empty field no one edited by hand; either way the
report says so, line by line.
"""

from __future__ import annotations

from sqlalchemy import text

from tests.exchange.import_support import hand_edit, run

#: The tester's fournisseurs.csv (a spend file: amounts and dates), first lines.
SPEND = ("Raison sociale;SIRET;Type;Code postal;Ville;Montant;Date\n"
         "Atelier Méca Sud;443 061 841 00047;EA;13015;Marseille;1 234,50 €;15/03/2026\n"
         "Jardins de Cocagne Nord;  ;ACI;59000;Lille;980 €;30/06/2026\n")


def import_spend(workspace, tmp_path, content: str = SPEND):
    path = tmp_path / "fournisseurs.csv"
    path.write_bytes(content.encode("cp1252"))
    return run(workspace, path, target="spend")


def cards(workspace) -> dict[str, tuple]:
    with workspace.engine.connect() as connection:
        return {name: tuple(rest) for name, *rest in connection.execute(text(
            "SELECT name, kind, post_code, city, department_code FROM counterparty"))}


def test_the_suppliers_it_creates_have_the_file_s_kind_and_place(workspace, tmp_path):
    summary = import_spend(workspace, tmp_path)

    assert cards(workspace) == {"Atelier Méca Sud": ("EA", "13015", "Marseille", "13"),
                                "Jardins de Cocagne Nord": ("ACI", "59000", "Lille", "59")}
    assert (summary.typed_created, summary.classic_created) == (2, 0)
    reported = {(i.line, i.value) for i in summary.issues
                if i.reason.startswith("Fournisseur absent de l'espace : créé avec le type")}
    assert reported == {(2, "EA, 13015 Marseille"), (3, "ACI, 59000 Lille")}


def test_a_supplier_without_a_kind_column_is_still_classic(workspace, tmp_path):
    summary = import_spend(workspace, tmp_path,
                           "Raison sociale;Montant;Date\nBureau Express;100;15/03/2026\n")

    assert cards(workspace) == {"Bureau Express": ("CLASSIC", None, None, None)}
    assert summary.classic_created == 1


def test_a_stored_supplier_gets_its_empty_fields_never_its_hand_edits(workspace, tmp_path):
    import_spend(workspace, tmp_path, "Raison sociale;SIRET;Montant;Date\n"
                 "Atelier Méca Sud;44306184100047;100;15/01/2026\n"
                 "Jardins de Cocagne Nord;;100;15/01/2026\n")
    hand_edit(workspace, "Jardins de Cocagne Nord", "city", "Roubaix")

    summary = import_spend(workspace, tmp_path)

    assert cards(workspace) == {"Atelier Méca Sud": ("EA", "13015", "Marseille", "13"),
                                "Jardins de Cocagne Nord": ("ACI", "59000", "Roubaix", "59")}
    assert summary.completed == 2
    filled = {(i.line, i.field, i.value) for i in summary.issues
              if i.reason == "Champ vide de la fiche complété par le fichier."}
    assert filled == {(2, "kind", "EA"), (2, "post_code", "13015"), (2, "city", "Marseille"),
                      (3, "kind", "ACI"), (3, "post_code", "59000")}


def test_a_supplier_with_kind_periods_keeps_its_kind(workspace, tmp_path):
    import_spend(workspace, tmp_path, "Raison sociale;Montant;Date\n"
                 "Jardins de Cocagne Nord;100;15/01/2026\n")
    with workspace.engine.begin() as connection:
        connection.execute(text("INSERT INTO counterparty_kind_period (counterparty_id, kind) "
                                "SELECT id, 'CLASSIC' FROM counterparty"))

    import_spend(workspace, tmp_path)

    assert cards(workspace)["Jardins de Cocagne Nord"] == ("CLASSIC", "59000", "Lille", "59")
