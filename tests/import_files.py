"""Files the import tests write as the users' software saves them: CSV in Windows-1252, « ; »."""

from __future__ import annotations

from pathlib import Path

#: The tester's ventes.csv, as her invoicing software writes it: her clients and her sales.
SALES = ("Client;Montant HT;Date facture;N° facture\n"
         "Groupe Hôtelier Azur;1 200,00 €;15/10/2026;F-2026-101\n"
         "Clinique du Parc;3 450,50 €;02/11/2026;F-2026-102\n")


def windows_csv(folder: Path, name: str, text: str) -> Path:
    """``text`` saved as ``folder/name`` in Windows-1252, as a spreadsheet on Windows saves it."""
    path = folder / name
    path.write_bytes(text.encode("cp1252"))
    return path
