"""A directory's post code cell read as the user meant it: with its town, a country mark, or in
Saint-Barthélemy and Saint-Martin."""

from __future__ import annotations

from tests.exchange.import_support import run, stored, table_file


def test_the_department_and_post_code_stored(workspace, tmp_path):
    path = table_file(tmp_path / "cp.csv", ["Raison sociale", "CP", "Commune"],
                      ["Saint-Barth Services", "97133", "Saint-Barthélemy"],
                      ["Saint-Martin Emploi", "97150", "Saint-Martin"],
                      ["ESAT Nantes", "44000 NANTES", ""], ["EA Paris", "F-75001", "Paris"])

    summary = run(workspace, path)

    assert stored(workspace, "department_code") == {
        "Saint-Barth Services": "977", "Saint-Martin Emploi": "978", "ESAT Nantes": "44",
        "EA Paris": "75"}
    assert stored(workspace, "post_code")["ESAT Nantes"] == "44000"
    assert summary.issues == []
