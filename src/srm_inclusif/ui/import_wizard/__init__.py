"""The import wizard, started from the main window's menus, drag and drop, or the imports page."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QWidget

    from srm_inclusif.ui.context import WorkspaceContext
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard


def start_import_wizard(ctx: WorkspaceContext, parent: QWidget | None,
                        paths: list[Path] | None = None,
                        target: str | None = "suppliers") -> ImportWizard:
    """Open the wizard (window-modal) on optional files; return it (tests drive it)."""
    from srm_inclusif.ui.import_wizard.wizard import ImportWizard

    wizard = ImportWizard(ctx, parent, paths=[Path(p) for p in paths or []], target=target)
    wizard.setModal(True)
    wizard.show()
    return wizard


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files of a drag and drop (on the main window or the wizard), in their order."""
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
