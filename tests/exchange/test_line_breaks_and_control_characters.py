"""Lines end where the CSV reader ends them (LF, CR LF or a lone CR), so that a remark lands on
its own row; a few control characters in a row (Word's soft line break, a DOS end-of-file mark)
no longer cost the row, while lines of binary junk are still rejected."""

from __future__ import annotations

from sqlalchemy import select

from srm_inclusif.exchange import sniff
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import sniff_file
from srm_inclusif.storage.tables import Counterparty

HEADER = "Raison sociale;Adresse;Code postal\r\n"
RECODED = "Ligne en Windows-1252 dans un fichier UTF-8 : vérifiez ses accents."
SPACED = ("Caractères de contrôle (saut de ligne dans une cellule ?) remplacés par des espaces : "
          "vérifiez la ligne.")
CONTROLS = "Ligne illisible : caractères de contrôle (fichier binaire ?)"


def run(workspace, path, **settings):
    return import_files(workspace.engine, [path], ImportSettings(**settings))


def addresses(workspace) -> dict[str, str]:
    table = Counterparty.__table__
    with workspace.engine.connect() as connection:
        return dict(connection.execute(select(table.c.name, table.c.address)).all())


def issues(summary) -> list[tuple[str, str, str]]:
    return [(i.structure_name, i.field, i.reason) for i in summary.issues]


def test_a_latin1_row_after_a_cell_with_a_lone_cr_is_the_flagged_one(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    rows = [f"Structure é {i};{i} rue Haute;75011\r\n" for i in range(1, 10)]
    rows[4] = 'Structure é 5;"5 rue Haute\rBâtiment B";75011\r\n'  # a line break typed on a Mac
    path.write_bytes((HEADER + "".join(rows)).encode()
                     + "Structure é 10;10 rue Haute;75011\r\n".encode("cp1252"))

    summary = run(workspace, path)

    assert issues(summary) == [("Structure é 10", "encoding", RECODED)]
    assert addresses(workspace)["Structure é 10"] == "10 rue Haute"
    assert summary.inserted == 10


def test_a_junk_line_after_a_cell_with_a_lone_cr_is_the_rejected_one(workspace, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(sniff, "SAMPLE_BYTES", 1024)  # the first look stops before the junk
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + 'Crèche 0;"1 rue Haute\rBâtiment B";75011\r\n'
                      + "".join(f"Crèche {i};{i} rue Haute;75011\r\n" for i in range(1, 40)))
                     .encode()
                     + b"\x00\x01\x02;\x00\x03\r\n" + "Crèche 40;3 rue Haute;75011\r\n".encode())

    summary = run(workspace, path)

    assert len(addresses(workspace)) == 41
    assert [(i.line, i.field, i.reason, i.severity) for i in summary.issues] == [
        (43, "line", CONTROLS, "rejected")]  # 1 header, 2 lines for Crèche 0, 39 rows


def test_a_mac_csv_counts_its_lines_for_the_progress(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "".join(f"Crèche {i};{i} rue Haute;75011\r\n"
                                       for i in range(300))).replace("\r\n", "\r").encode())
    reports: list[tuple[int, int]] = []

    summary = import_files(workspace.engine, [path], ImportSettings(),
                           progress=lambda done, total: reports.append((done, total)))

    assert sniff_file(path).line_count == 301
    assert reports[-1] == (300, 300)
    assert summary.inserted == 300


def test_a_cr_lf_cut_between_two_blocks_is_one_line_break(tmp_path):
    path = tmp_path / "annuaire.csv"
    head = "Raison sociale;Code postal\r\n" + "P" * 11 + ";75011\r\n"
    data = (head + "Crèche;75011\r\n" * 200_000).encode()  # 3 MB, read by blocks of 1 MiB
    assert data[(1 << 20) - 1:(1 << 20) + 1] == b"\r\n"  # the first block ends between them
    path.write_bytes(data)

    assert sniff_file(path).line_count == 200_002


def test_a_soft_line_break_in_a_cell_keeps_the_row_unflagged(workspace, tmp_path):
    """Word and FileMaker export each line break typed in a cell so: flagged, every such row
    of a FileMaker export drowned the real remarks."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "Crèche Les Lilas;12 rue Haute\x0bBâtiment B;75011\r\n"
                      + "Crèche Les Roses;4 rue Basse;75011\r\n").encode())

    summary = run(workspace, path)

    assert addresses(workspace)["Crèche Les Lilas"] == "12 rue Haute Bâtiment B"
    assert summary.issues == []
    assert summary.inserted == 2


def test_a_cell_of_several_lines_exported_by_filemaker_is_read(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    cell = "1 rue Haute\x0bBât B\x0bEscalier 3\x0b2e étage"  # a line break typed in a cell
    path.write_bytes(f"{HEADER}ESAT du Lac;{cell};69002\r\n".encode())

    summary = run(workspace, path)

    assert addresses(workspace) == {"ESAT du Lac": "1 rue Haute Bât B Escalier 3 2e étage"}
    assert summary.issues == []


def test_another_control_character_beside_a_soft_line_break_still_flags_the_line(
        workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "ESAT du Lac;1 rue Haute\x0bBât B\x08;69002\r\n"
                      + "".join(f"Crèche {i};Général;75011\r\n" for i in range(5))).encode())

    summary = run(workspace, path)

    assert addresses(workspace)["ESAT du Lac"] == "1 rue Haute Bât B"
    assert issues(summary) == [("ESAT du Lac", "line", SPACED)]


def test_a_dos_end_of_file_mark_is_no_row(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "Crèche 1;1 rue Haute;75011\r\n"
                      + "Crèche 2;2 rue Haute;75011\r\n").encode() + b"\x1a")

    summary = run(workspace, path)

    assert summary.inserted == 2
    assert summary.issues == []
    assert summary.rejected == 0


def test_a_windows_1252_file_with_a_control_character_is_flagged_once(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "Crèche Été;1 rue Générale\x0bBâtiment B\x07;69002\r\n"
                      + "".join(f"Crèche {i};Général;75011\r\n" for i in range(5)))
                     .encode("cp1252"))

    summary = run(workspace, path)

    assert addresses(workspace)["Crèche Été"] == "1 rue Générale Bâtiment B"
    assert issues(summary) == [("Crèche Été", "line", SPACED)]


def test_a_windows_1252_file_read_as_such_keeps_no_line_numbers(tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "".join(f"Crèche {i};Général;75011\r\n" for i in range(50)))
                     .encode("cp1252"))

    assert plan_file(path).recoded_lines == ()
    assert len(plan_file(path, encoding="utf-8").recoded_lines) == 50


def test_one_control_character_on_a_short_line_keeps_the_row(workspace, tmp_path):
    """« ESAT du Lac;;Lyon » with one bell character was rejected as binary; the same line
    longer was only flagged. A last line ending with a DOS end-of-file mark was rejected too."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "ESAT du Lac;;6\x079000\r\n"
                      + "".join(f"Structure {i};{i} rue Haute;75011\r\n" for i in range(1, 8))
                      + "Atelier;;75011\x1a").encode())

    summary = run(workspace, path)

    assert summary.rejected == 0
    assert summary.inserted == 9
    assert ("ESAT du Lac", "line", SPACED) in issues(summary)
    assert "Atelier" in addresses(workspace)
