"""The layering contract of STYLE.md: only ``ui`` (and the CLI's PDF printing) may import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "srm_inclusif"
QT_FREE = ("core", "storage", "exchange", "charts")
#: Layers may import only the layers below them.
FORBIDDEN = {
    "core": ("srm_inclusif.storage", "srm_inclusif.exchange", "srm_inclusif.charts",
             "srm_inclusif.ui", "srm_inclusif.cli", "sqlalchemy", "sqlmodel"),
    "storage": ("srm_inclusif.exchange", "srm_inclusif.charts", "srm_inclusif.ui",
                "srm_inclusif.cli"),
    "exchange": ("srm_inclusif.ui", "srm_inclusif.cli"),
    "charts": ("srm_inclusif.ui", "srm_inclusif.cli", "srm_inclusif.storage"),
}


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_lower_layers_do_not_import_qt_or_upper_layers(layer: str) -> None:
    offenders = []
    for path in (PACKAGE / layer).rglob("*.py"):
        for name in _imports(path):
            banned = ("PySide6", "matplotlib.backends.backend_qt") + FORBIDDEN[layer]
            if any(name == b or name.startswith(b + ".") for b in banned):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []
