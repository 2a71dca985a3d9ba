"""A purchase line of a comma-separated file whose amount has a decimal comma without quotes
(« 1 200,50 ») has one value too many: it is rejected, never imported with a cut amount."""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.exchange.import_items import SPLIT_PURCHASE
from tests.exchange.import_support import run

HEADER = "Fournisseur,SIRET,Date,Montant HT\n"


def amounts(workspace) -> list[int]:
    with workspace.engine.connect() as connection:
        return list(connection.execute(
            text("SELECT amount_cents FROM spend_line ORDER BY amount_cents")).scalars())


def spend_file(tmp_path, *lines: str):
    path = tmp_path / "achats.csv"
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def test_a_line_cut_by_its_decimal_comma_is_rejected_with_the_reason(workspace, tmp_path):
    path = spend_file(tmp_path, "Horizon Menuiserie,31400259300171,31/01/2025,1 200,50",
                      'Horizon Menuiserie,31400259300171,28/02/2025,"999,99"')

    summary = run(workspace, path, target="spend", format_key="spend")

    assert amounts(workspace) == [99_999]
    assert (summary.inserted, summary.rejected) == (1, 1)
    assert [(i.line, i.field, i.reason, i.severity, i.structure_name) for i in summary.issues
            if i.severity == "rejected"] == [
        (2, "line", SPLIT_PURCHASE.format(count=5, columns=4), "rejected", "Horizon Menuiserie")]


def test_all_or_nothing_imports_nothing_then(workspace, tmp_path):
    path = spend_file(tmp_path, "Taxi Martin,,31/01/2025,45",
                      "Taxi Martin,,31/01/2025,45,90")

    summary = run(workspace, path, target="spend", format_key="spend", all_or_nothing=True)

    assert amounts(workspace) == []
    assert summary.rejected == 1


def test_a_separator_at_the_end_of_a_purchase_line_is_no_value(workspace, tmp_path):
    path = spend_file(tmp_path, "Taxi Martin,,31/01/2025,45,,")

    summary = run(workspace, path, target="spend", format_key="spend")

    assert amounts(workspace) == [4_500]
    assert summary.rejected == 0
