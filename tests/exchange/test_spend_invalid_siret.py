"""A spend line whose SIRET fails its check attaches to the one structure stored with it."""

from __future__ import annotations

from sqlalchemy import text

from tests.exchange.import_support import run

SPEND_HEADER = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"
#: A SIRET with a wrong check digit, as a directory copied it.
MISTYPED = "44306184100048"


def import_directory(workspace, tmp_path, *rows: str) -> None:
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;SIRET;Type de structure\n" + "".join(f"{r}\n" for r in rows),
                    encoding="utf-8")
    run(workspace, path)


def import_spend(workspace, tmp_path, *lines: str):
    path = tmp_path / "achats.csv"
    path.write_text(SPEND_HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return run(workspace, path, target="spend", format_key="spend")


def spend_by_structure(workspace) -> dict[str, tuple[str, int]]:
    """Structure name → (kind, spend in cents), for every structure of the workspace."""
    with workspace.engine.connect() as connection:
        return {name: (kind, cents) for name, kind, cents in connection.execute(text(
            "SELECT c.name, c.kind, coalesce(sum(s.amount_cents), 0) FROM counterparty c "
            "LEFT JOIN spend_line s ON s.counterparty_id = c.id GROUP BY c.id"))}


def test_a_mistyped_siret_held_by_one_structure_attaches_the_line_to_it(workspace, tmp_path):
    import_directory(workspace, tmp_path, f"Luhn faux;{MISTYPED};EI")

    summary = import_spend(workspace, tmp_path, f"Luhn;{MISTYPED};100;15/01/2026")

    assert spend_by_structure(workspace) == {"Luhn faux": ("EI", 10_000)}
    assert (summary.matched, summary.unmatched, summary.classic_created) == (1, 0, 0)
    assert [i.reason for i in summary.issues] == ["Clé de contrôle du SIRET incorrecte."]


def test_a_mistyped_siret_held_by_two_structures_attaches_to_neither(workspace, tmp_path):
    import_directory(workspace, tmp_path, f"Luhn faux;{MISTYPED};EI",
                     f"Autre structure;{MISTYPED};EA")

    import_spend(workspace, tmp_path, f"Luhn;{MISTYPED};100;15/01/2026")

    assert spend_by_structure(workspace) == {"Luhn faux": ("EI", 0),
                                             "Autre structure": ("EA", 0),
                                             "Luhn": ("CLASSIC", 10_000)}


def test_a_filler_siret_attaches_by_name_only(workspace, tmp_path):
    import_directory(workspace, tmp_path, "Ressourcerie Sud;00000000000000;EI",
                     "Atelier Nord;11111111111111;ESAT")

    import_spend(workspace, tmp_path, "Fournisseur Belge;00000000000000;100;15/01/2026",
                 "Fournisseur Suisse;11111111111111;200;15/01/2026")

    assert spend_by_structure(workspace) == {
        "Ressourcerie Sud": ("EI", 0), "Atelier Nord": ("ESAT", 0),
        "Fournisseur Belge": ("CLASSIC", 10_000), "Fournisseur Suisse": ("CLASSIC", 20_000)}
