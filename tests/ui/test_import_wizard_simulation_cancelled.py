"""A simulation cancelled from its progress window says so on the Simulation page."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from srm_inclusif.ui.import_wizard import start_import_wizard


def test_a_cancelled_simulation_says_nothing_was_imported(qtbot, ctx, tmp_path,
                                                          monkeypatch) -> None:
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(60000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.information",
                        lambda *_args: None)
    wizard = start_import_wizard(ctx, None, [path])
    qtbot.addWidget(wizard)
    for _page in range(3):
        wizard.next()
    page = wizard.currentPage()
    qtbot.waitUntil(lambda: wizard.job is not None and wizard.job.dialog.isVisible(),
                    timeout=5000)

    with qtbot.waitSignal(wizard.job.cancelled, timeout=30000):
        wizard.job.dialog.findChild(QPushButton).click()

    assert page.summary_label.text().startswith(
        "Simulation interrompue : rien n'a été importé.")
    assert not page.isComplete()
