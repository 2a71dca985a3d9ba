"""Exported from the imports page, the lines to check of a big junk import list every rejected
line; the message says that past the first ones they come without their cells."""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.raw_lines import KEPT_LINES
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.pages.imports_page import ImportsPage


def _junk(path: Path, lines: int) -> Path:
    """A directory whose every line names no structure: each one is rejected."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Raison sociale;Ville\n")
        handle.writelines(f";Ville {number}\n" for number in range(lines))
    return path


def test_the_export_message_says_which_lines_come_without_their_cells(qtbot, ctx, monkeypatch,
                                                                     tmp_path) -> None:
    import_files(ctx.engine, [_junk(tmp_path / "junk.csv", KEPT_LINES + 2)], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    target, said = tmp_path / "lignes.csv", []
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *_args: (str(target), ""))
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda _parent, _title, text: said.append(text))

    page.export_button.click()

    rows = target.read_text(encoding="utf-8-sig").splitlines()
    assert len(rows) == 1 + KEPT_LINES + 2  # every rejected line, under the titles
    assert rows[1].endswith(";;Ville 0")
    assert rows[-1].endswith(";Raison sociale manquante.")  # no cells
    count, kept = count_text(KEPT_LINES + 2), count_text(KEPT_LINES)  # as the UI writes counts
    assert said == [f"Lignes écrites dans « lignes.csv » : {count} (rejetées : {count})."
                    f"\n\nCellules d'origine gardées pour les {kept} premières lignes "
                    "rejetées seulement : les 2 autres figurent dans les lignes à vérifier sans "
                    "leurs cellules."]
