"""The progress of an import counts the data lines, as its summary does: not the headers."""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files


def test_the_total_is_the_data_lines_of_every_file(workspace, tmp_path):
    titled = tmp_path / "annuaire.csv"
    titled.write_text("Annuaire régional 2026\nRaison sociale;Code postal\n"
                      + "".join(f"Structure {i};75011\n" for i in range(300)), encoding="utf-8")
    plain = tmp_path / "autres.csv"
    plain.write_text("Raison sociale;Code postal\n"
                     + "".join(f"Autre {i};69002\n" for i in range(200)), encoding="utf-8")
    reports: list[tuple[int, int]] = []

    summary = import_files(workspace.engine, [titled, plain], ImportSettings(),
                           progress=lambda done, total: reports.append((done, total)))

    assert summary.rows == 500
    assert {total for _done, total in reports} == {500}
    assert reports[-1] == (500, 500)
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)
