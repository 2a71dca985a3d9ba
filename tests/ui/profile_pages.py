"""A page opened as a buyer or as a seller sees it: the workspace's profile set, the page shown."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QWidget

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.context import WorkspaceContext
from tests.ui.conftest import LAPTOP

Page = TypeVar("Page", bound=QWidget)


def page_as(qtbot, ctx: WorkspaceContext, profile: Profile,  # noqa: ANN001
            page_class: type[Page]) -> Page:
    """The workspace turned to ``profile`` (the open views told), then a new page of
    ``page_class`` shown at laptop size (closed with the test)."""
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    page = page_class(ctx)
    qtbot.addWidget(page)
    page.resize(*LAPTOP)
    page.show()
    return page
