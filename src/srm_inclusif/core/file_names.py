"""Names of the files the app suggests (exports, saved charts)."""

from __future__ import annotations

import re

from srm_inclusif.core.kinds import fold


def slug(text: str, default: str = "fiche") -> str:
    """File-name part: lower case, no accents, words joined by hyphens (``default`` if none)."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text).lower()).strip("-") or default
