"""A UTF-8 file with a few Windows-1252 lines stays UTF-8; lines of binary junk are rejected.

One line pasted from a Latin-1 file used to turn the whole file into Windows-1252 (every accent
garbled, « RÃ©publique »); a line of NUL bytes made a structure named with control characters.
"""

from __future__ import annotations

import pytest

from srm_inclusif.exchange import sniff
from srm_inclusif.exchange.importer import ImportSettings, run_import
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import sniff_file
from tests.exchange.import_support import run, stored

HEADER = "Raison sociale;Adresse;Code postal\r\n"
RECODED = "Ligne en Windows-1252 dans un fichier UTF-8 : vérifiez ses accents."
CONTROLS = "Ligne illisible : caractères de contrôle (fichier binaire ?)"


def rows(first: int, count: int, encoding: str = "utf-8") -> bytes:
    return "".join(f"Crèche {i};1 rue de la République;75011\r\n"
                   for i in range(first, first + count)).encode(encoding)


def one_line_in_another_encoding(tmp_path, encoding: str, other: str):
    """Rows 2-41 in ``encoding``, line 42 in ``other``, lines 43-52 in ``encoding``."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode(encoding) + rows(0, 40, encoding)
                     + "Café Été;2 place Général;69002\r\n".encode(other)
                     + rows(40, 10, encoding))
    return path


@pytest.fixture
def mixed(tmp_path):
    return one_line_in_another_encoding(tmp_path, "utf-8", "latin-1")


def test_a_few_latin1_lines_do_not_make_a_utf8_file_windows_1252(mixed):
    assert sniff_file(mixed).encoding == "utf-8"


def test_every_line_keeps_its_accents_and_the_latin1_one_is_flagged(workspace, mixed):
    summary = run(workspace, mixed)

    addresses = stored(workspace, "address")
    assert addresses["Crèche 0"] == "1 rue de la République"
    assert addresses["Crèche 49"] == "1 rue de la République"
    assert addresses["Café Été"] == "2 place Général"
    assert summary.inserted == 51
    assert [(i.line, i.field, i.reason, i.severity) for i in summary.issues] == [
        (42, "encoding", RECODED, "flagged")]


def test_a_windows_1252_file_stays_windows_1252(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes((HEADER + "".join(f"Crèche {i};Général;75011\r\n" for i in range(20)))
                     .encode("cp1252"))

    summary = run(workspace, path)

    assert sniff_file(path).encoding == "cp1252"
    assert stored(workspace, "address")["Crèche 3"] == "Général"
    assert summary.flagged == 0


def test_choosing_utf8_reads_and_flags_the_latin1_lines(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode("utf-8") + rows(0, 2)
                     + "".join(f"Café Été {i};2 place Général;69002\r\n"
                               for i in range(3)).encode("latin-1"))

    summary = run_import(workspace.engine, [plan_file(path, encoding="utf-8")], ImportSettings())

    assert stored(workspace, "address")["Café Été 2"] == "2 place Général"
    assert [(i.line, i.field, i.reason, i.severity) for i in summary.issues] == [
        (line, "encoding", RECODED, "flagged") for line in (4, 5, 6)]


@pytest.fixture
def short_look(monkeypatch):
    """The first look at a file (which refuses a binary file) stops before the junk lines, as
    it does 256 kB into a big file."""
    monkeypatch.setattr(sniff, "SAMPLE_BYTES", 1024)


def junk_file(tmp_path, rows_before: int = 30):
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode("utf-8") + rows(0, rows_before)
                     + b"\x00\x01\x02\xff\xfe\x00\x01\x02\xff\xfe\r\n" * 2
                     + rows(rows_before, 5))
    return path


def test_lines_of_binary_junk_are_rejected_and_decide_no_encoding(workspace, tmp_path,
                                                                  short_look):
    path = junk_file(tmp_path)

    summary = run(workspace, path)

    assert sniff_file(path).encoding == "utf-8"
    assert summary.inserted == 35
    assert [(i.line, i.field, i.reason, i.severity) for i in summary.issues] == [
        (32, "line", CONTROLS, "rejected"), (33, "line", CONTROLS, "rejected")]
    assert all(name.isprintable() for name in stored(workspace, "address"))


def test_all_or_nothing_refuses_a_file_with_binary_junk(workspace, tmp_path, short_look):
    summary = run(workspace, junk_file(tmp_path), all_or_nothing=True)

    assert not summary.applied
    assert stored(workspace, "address") == {}


def test_the_helper_process_reads_the_same_lines(workspace, tmp_path, helper, short_look):
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode("utf-8") + rows(0, 30)
                     + "Café Été;2 place Général;69002\r\n".encode("latin-1")
                     + b"\x00\x00\x00;\x00\r\n" + rows(30, 3))

    summary = run(workspace, path)

    assert stored(workspace, "address")["Café Été"] == "2 place Général"
    assert stored(workspace, "address")["Crèche 32"] == "1 rue de la République"
    assert helper == ["helper"]
    assert sorted((i.line, i.field, i.severity) for i in summary.issues) == [
        (32, "encoding", "flagged"), (33, "line", "rejected")]


def test_a_marche_api_page_with_one_latin1_value_is_read(workspace, tmp_path):
    path = tmp_path / "page.json"
    structures = [f'{{"name": "Crèche {i}", "siret": "", "post_code": "75011"}}' for i in range(5)]
    structures.append('{"name": "Café Été", "siret": "", "post_code": "69002"}')
    path.write_bytes(b'{"results": [\n' + ",\n".join(structures[:5]).encode("utf-8") + b",\n"
                     + structures[5].encode("latin-1") + b"\n]}\n")

    summary = run(workspace, path)

    assert summary.inserted == 6
    assert {"Crèche 4", "Café Été"} <= set(stored(workspace, "address"))


def test_a_spend_line_in_windows_1252_is_read_and_flagged(workspace, tmp_path):
    path = tmp_path / "achats.csv"
    path.write_bytes("Raison sociale du Fournisseur;SIRET;Dépense achat (€)\n".encode()
                     + "".join(f"Crèche {i};;1 000,00\n" for i in range(5)).encode()
                     + "Café Été;;250,00\n".encode("cp1252"))

    summary = run(workspace, path, target="spend")

    assert summary.amount_total_cents == 525_000
    assert "Café Été" in stored(workspace, "address")
    assert [(i.line, i.field, i.reason) for i in summary.issues
            if i.field == "encoding"] == [(7, "encoding", RECODED)]


def test_a_rejected_latin1_line_gives_its_refusal_first(workspace, tmp_path):
    """The accents remark came first, read as the reason the line was rejected."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode("utf-8") + rows(0, 40)
                     + ";2 place Général;69002\r\n".encode("latin-1") + rows(40, 10))

    summary = run(workspace, path)

    line = [(i.field, i.reason) for i in summary.issues if i.line == 42]
    assert line[-1] == ("encoding", RECODED)
    assert len(line) == 2
    assert "manquant" in line[0][1]


UTF8_IN_CP1252 = "Ligne en UTF-8 dans un fichier Windows-1252 : vérifiez ses accents."


@pytest.fixture
def mixed_cp1252(tmp_path):
    return one_line_in_another_encoding(tmp_path, "cp1252", "utf-8")


def test_a_few_utf8_lines_keep_their_accents_in_a_windows_1252_file(workspace, mixed_cp1252):
    """They were stored garbled (« CafÃ© Ã‰tÃ© ») and not flagged."""
    summary = run(workspace, mixed_cp1252)

    addresses = stored(workspace, "address")
    assert sniff_file(mixed_cp1252).encoding == "cp1252"
    assert addresses["Café Été"] == "2 place Général"
    assert addresses["Crèche 0"] == addresses["Crèche 49"] == "1 rue de la République"
    assert summary.inserted == 51
    assert [(i.line, i.field, i.reason, i.severity) for i in summary.issues] == [
        (42, "encoding", UTF8_IN_CP1252, "flagged")]


def test_the_helper_process_reads_utf8_lines_of_a_windows_1252_file(workspace, mixed_cp1252,
                                                                    helper):
    summary = run(workspace, mixed_cp1252)

    assert helper == ["helper"]
    assert stored(workspace, "address")["Café Été"] == "2 place Général"
    assert [(i.line, i.field) for i in summary.issues] == [(42, "encoding")]


def test_a_utf8_line_after_an_unfinished_quote_is_still_read_as_utf8(workspace, tmp_path):
    """The reading starts again after a quote left open: the lines keep their numbers."""
    path = tmp_path / "annuaire.csv"
    path.write_bytes(HEADER.encode("cp1252") + rows(0, 30, "cp1252")
                     + '"Crèche ouverte;3 rue Pétion;75011\r\n'.encode("cp1252")
                     + rows(30, 3, "cp1252") + "Café Été;2 place Général;69002\r\n".encode()
                     + 'Cantine "du Pré" fermée";4 rue;75011\r\n'.encode("cp1252"))

    summary = run(workspace, path)

    addresses = stored(workspace, "address")
    assert addresses["Café Été"] == "2 place Général"
    assert addresses["Crèche 32"] == "1 rue de la République"
    assert ("encoding", 36) in [(i.field, i.line) for i in summary.issues]
    assert [i.line for i in summary.issues if i.severity == "rejected"] == [32]


def test_choosing_windows_1252_for_a_utf8_file_reads_every_line_so(workspace, mixed):
    """The user's choice holds for every line: none is read in another encoding, none flagged."""
    summary = run_import(workspace.engine, [plan_file(mixed, encoding="cp1252")],
                         ImportSettings())

    addresses = stored(workspace, "address")
    assert addresses["CrÃ¨che 0"] == "1 rue de la RÃ©publique"
    assert addresses["Café Été"] == "2 place Général"
    assert summary.flagged == 0
