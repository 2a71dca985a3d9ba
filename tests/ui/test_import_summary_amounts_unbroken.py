"""The import wizard's summary never wraps an amount or a count at its thousands space.

« total 16 714,50 € HT » was laid out as « total 16 » / « 714,50 € HT » when the window was
narrow: Qt reads the narrow no-break space of French digit groups as a breakable space.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.ui.import_wizard.summary_view import summary_lines


def _laid_out_lines(label: QLabel, width: int) -> list[str]:
    """The lines a word-wrapping label shows its rich text in, at ``width`` pixels."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setHtml(label.text())
    document.setTextWidth(width)
    document.size()  # lays it out
    lines, block = [], document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        lines += [text[line.textStart():line.textStart() + line.textLength()]
                  for line in (layout.lineAt(i) for i in range(layout.lineCount()))]
        block = block.next()
    return lines


@pytest.mark.usefixtures("qapp")
def test_the_spend_total_and_the_counts_stay_whole() -> None:
    summary = ImportSummary(target="spend", format="spend", rows=12_345, inserted=12_345,
                            matched=12_000, unmatched=345, amount_total_cents=1_671_450)
    label = QLabel("<br>".join(summary_lines(summary, simulated=True)))
    label.setWordWrap(True)
    for width in range(120, 900, 7):
        lines = [line.rstrip() for line in _laid_out_lines(label, width)]
        assert not [line for line in lines if line.endswith(("16", "12"))], width
    assert any("16\u00a0714,50\u00a0€" in line for line in _laid_out_lines(label, 900))
