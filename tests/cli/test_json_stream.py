"""``import … --json`` of a large junk file writes its document as it goes: every remark is
in it, the document is the one a small file gives, and its writing takes next to no memory."""

from __future__ import annotations

import hashlib
import json
import sys
import tracemalloc
from pathlib import Path

import pytest

from srm_inclusif.cli.import_report import print_summary, summary_document
from srm_inclusif.storage.workspace import Workspace
from tests.exchange.import_support import run

LINES = 20_000


class _Sink:
    """A standard output that keeps the digest of what is written, not the text."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.digest.update(data)
        self.size += len(data)
        return len(text)

    def flush(self) -> None:
        """Nothing held."""


def _junk(path: Path) -> Path:
    """A directory whose every line names no structure: each is rejected."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Raison sociale;Ville;Commentaire\n")
        handle.writelines(f";Lyon;ligne illisible {number}\n" for number in range(LINES))
    return path


def test_a_junk_file_s_document_is_written_without_being_built_whole(
        workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    summary = run(workspace, _junk(tmp_path / "junk.csv"))
    expected = (json.dumps(summary_document(summary), ensure_ascii=False) + "\n").encode()
    sink = _Sink()
    monkeypatch.setattr(sys, "stdout", sink)

    tracemalloc.start()
    try:
        print_summary(summary, as_json=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert summary.rejected == LINES
    assert sink.digest.hexdigest() == hashlib.sha256(expected).hexdigest()
    # built whole, the document of 20 000 remarks took ~20 MB; written as it goes, one remark
    assert peak < sink.size / 20, f"{peak} bytes at peak for {sink.size} bytes written"


def test_a_streamed_document_reads_back_with_its_error_and_basis(capsys,
                                                                 tmp_path: Path) -> None:
    from srm_inclusif.cli import main

    source = tmp_path / "achats.csv"
    source.write_text("Raison sociale;SIRET;Montant;Date\nAtelier Bleu;;trop;15/03/2026\n"
                      "Atelier Vert;;12,50;15/03/2026\n", encoding="utf-8")

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend", str(source),
                 "--basis", "paid", "--json"])

    document = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (document["rejected"], document["inserted"], document["basis"]) == (1, 1, "paid")
    assert [(issue["line"], issue["severity"]) for issue in document["issues"]][0] == (
        2, "rejected")
    assert list(document)[-4:] == ["issues", "cells_left_out", "notes", "basis"]
