"""UTF-8 chosen for a file with Windows-1252 lines: the simulation reads it, and a simulation
that fails or is cancelled no longer stays « en cours »."""

from __future__ import annotations

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard import wizard as wizard_module
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.models.import_issue_table import (
    COL_FIELD,
    COL_LINE,
    COL_REASON,
    COL_STRUCTURE,
)

RECODED = "Ligne en Windows-1252 dans un fichier UTF-8 : vérifiez ses accents."
#: The columns of the simulation's remarks read here: line, structure, field, reason.
COLUMNS = (COL_LINE, COL_STRUCTURE, COL_FIELD, COL_REASON)


def to_dry_run(qtbot, ctx, path, encoding: str | None = None) -> ImportWizard:
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    wizard.next()  # → detection
    if encoding is not None:
        page = wizard.currentPage()
        page.encoding_combo.setCurrentIndex(page.encoding_combo.findData(encoding))
        page.encoding_combo.activated.emit(page.encoding_combo.currentIndex())
    wizard.next()  # → mapping
    wizard.next()  # → simulation
    return wizard


def test_utf8_chosen_for_a_file_read_as_windows_1252_simulates_and_flags(qtbot, ctx, tmp_path,
                                                                        monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(wizard_module.QMessageBox, "warning",
                        lambda _parent, _title, text: warned.append(text))
    path = tmp_path / "annuaire.csv"
    path.write_bytes("Raison sociale;Ville\nCrèche Été;Lyon\n".encode()
                     + "Café Hélène;Brive\nÉpicerie Noël;Tulle\n".encode("cp1252"))

    wizard = to_dry_run(qtbot, ctx, path, "utf-8")
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: "en cours" not in page.summary_label.text() or bool(warned),
                    timeout=15000)

    assert warned == []
    summary = page.summary_label.text()
    assert "Lignes lues : <b>3</b> — encodage : UTF-8." in summary
    assert "L'import ajouterait : <b>3</b>" in summary
    assert "signalées : <b>2</b>" in summary
    shown = page.issues.model()
    assert [tuple(shown.index(row, column).data() for column in COLUMNS)
            for row in range(shown.rowCount())] == [
        ("3", "Café Hélène", "Encodage", RECODED), ("4", "Épicerie Noël", "Encodage", RECODED)]


def test_a_failed_simulation_leaves_the_in_progress_state(qtbot, ctx, tmp_path, monkeypatch):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Ville\nCrèche Été;Lyon\n", encoding="utf-8")
    warned: list[str] = []
    monkeypatch.setattr(wizard_module.QMessageBox, "warning",
                        lambda _parent, _title, text: warned.append(text))

    def broken(*_args, **_kwargs):
        raise OSError("disque débranché")

    monkeypatch.setattr(wizard_module, "run_import", broken)
    wizard = to_dry_run(qtbot, ctx, path)
    label = wizard.currentPage().summary_label
    qtbot.waitUntil(lambda: bool(warned), timeout=15000)

    qtbot.waitUntil(lambda: "en cours" not in label.text(), timeout=5000)
    assert label.text().startswith("Simulation interrompue : rien n'a été importé.")
    assert not wizard.currentPage().isComplete()
