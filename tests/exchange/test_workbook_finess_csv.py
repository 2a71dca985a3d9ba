"""FINESS establishments: read without quotes, with or without the ``finess;etalab`` first line.

The FINESS file never quotes its cells, so a name may start with a quote (``"LA FERME" ESAT``):
such a row was rejected as a badly quoted cell. A file without its first line (cut out by hand,
or an extract) was refused for want of a header: it is read by position when the format is
chosen, or when its rows are ``structureet`` rows of the FINESS columns.
"""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.exchange.formats import FINESS_COLUMNS
from tests.exchange.import_support import run, stored

FIRST_LINE = "finess;etalab;96;2026-03-11"


def establishment(number: str, name: str, post_line: str = "13090 AIX EN PROVENCE") -> list[str]:
    """The positional cells of an ESAT's ``structureet`` row."""
    cells = dict.fromkeys(FINESS_COLUMNS, "")
    cells |= {"typeet": "structureet", "nofinesset": number, "nofinessej": "130000000",
              "rs": name, "rslongue": name, "numvoie": "12", "typvoie": "R", "voie": "DU PORT",
              "ligneacheminement": post_line, "categetab": "246", "libcategetab": "E.S.A.T."}
    return list(cells.values())


def finess_file(path: Path, *rows: list[str], first_line: bool = True) -> Path:
    lines = [";".join(row) for row in rows]
    path.write_text("\n".join([FIRST_LINE, *lines] if first_line else lines) + "\n",
                    encoding="latin-1")
    return path


def test_a_name_starting_with_a_quote_is_read_as_written(workspace, tmp_path):
    path = finess_file(tmp_path / "etalab.csv", establishment("130000086", '"LA FERME" ESAT'),
                       establishment("130000011", "ESAT LES CALANQUES"))

    summary = run(workspace, path)

    assert (summary.inserted, summary.rejected) == (2, 0)
    assert set(stored(workspace, "name")) == {'"La Ferme" ESAT', "ESAT Les Calanques"}


def test_a_file_without_its_first_line_is_read_from_its_first_row(workspace, tmp_path):
    path = finess_file(tmp_path / "extrait.csv", establishment("130000086", "ESAT DU PORT"),
                       establishment("130000011", "ESAT LES CALANQUES"), first_line=False)

    summary = run(workspace, path)

    assert (summary.format, summary.inserted, summary.rejected) == ("finess", 2, 0)
    assert stored(workspace, "post_code") == {"ESAT du Port": "13090",
                                              "ESAT Les Calanques": "13090"}


def test_the_finess_format_chosen_reads_rows_by_position(workspace, tmp_path):
    # the last, empty, column cut off: no longer the whole FINESS layout, read as chosen
    rows = [establishment("130000086", "ESAT DU PORT")[:-1],
            establishment("130000011", "ESAT LES CALANQUES")[:-1]]
    path = finess_file(tmp_path / "extrait.csv", *rows, first_line=False)

    summary = run(workspace, path, format_key="finess")

    assert (summary.format, summary.inserted) == ("finess", 2)
    assert set(stored(workspace, "name")) == {"ESAT du Port", "ESAT Les Calanques"}
