"""Matplotlib drawing functions that take an Axes (no Qt, no pyplot); saving figures."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SAVE_FORMATS = ("png", "svg", "pdf")


def save_figure(figure: Figure, path: Path | str) -> Path:
    """Save a figure as PNG, SVG or PDF, the format taken from the file suffix."""
    target = Path(path)
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in SAVE_FORMATS:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Format d'image non pris en charge : choisissez PNG, SVG ou PDF."),
            suffix=fmt)
    import matplotlib as mpl

    from srm_inclusif.charts.style import RC

    with mpl.rc_context(RC):  # the text rendered as on screen
        figure.savefig(target, format=fmt, dpi=150 if fmt == "png" else None,
                       bbox_inches="tight", metadata=None)
    return target
