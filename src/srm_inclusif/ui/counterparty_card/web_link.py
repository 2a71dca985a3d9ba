"""A button beside a web address field that opens the address typed there in the browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QPushButton, QWidget


def web_address(text: str) -> QUrl | None:
    """The page a field names (« www.atelier.fr » is taken as https), None if it names none."""
    text = text.strip()
    if not text or " " in text:
        return None
    url = QUrl.fromUserInput(text if "://" in text else f"https://{text}")
    if url.scheme() not in ("http", "https") or "." not in url.host() or url.userInfo():
        return None
    return url


class WebLinkButton(QPushButton):
    """« Ouvrir ↗ »: enabled while its field holds a web address, opens it on a click."""

    def __init__(self, edit: QLineEdit, what: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Ouvrir ↗"), parent)
        self.edit = edit
        self.setObjectName(f"open_{edit.objectName().removeprefix('field_')}")
        self.setAccessibleName(self.tr("Ouvrir %1 dans le navigateur").replace("%1", what))
        self.setToolTip(self.accessibleName())
        edit.textChanged.connect(self._on_text_changed)
        self.clicked.connect(self.open_page)
        self._on_text_changed(edit.text())

    def _on_text_changed(self, text: str) -> None:
        self.setEnabled(web_address(text) is not None)

    def open_page(self) -> None:
        """Show the page in the user's browser."""
        url = web_address(self.edit.text())
        if url is not None:
            QDesktopServices.openUrl(url)
