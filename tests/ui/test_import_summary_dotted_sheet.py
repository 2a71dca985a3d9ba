"""A sheet whose name holds a dot (« Rég. Sud ») is named after its workbook in every summary.

The summary guessed the workbook from the suffix of the sheet's name, « regions.xlsx — Rég. Sud »:
its suffix is « . Sud », and the wizard said « classeur » instead of « classeur Excel ».
"""

from __future__ import annotations

import json

from srm_inclusif.cli.import_report import summary_document, summary_lines
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.import_wizard import summary_view
from tests.exchange.test_workbook_sheets import workbook

NAMES = ["regions.xlsx — Rég. Nord", "regions.xlsx — Rég. Sud"]


def dotted_regions(tmp_path):
    return workbook(tmp_path / "regions.xlsx", {
        "Rég. Nord": [["Raison sociale", "Code postal"], ["ESAT du Nord", "59000"]],
        "Rég. Sud": [["Raison sociale", "Code postal"], ["EA du Sud", "13001"]]})


def test_the_wizard_names_the_workbook_and_each_sheet(qapp, workspace, tmp_path):
    summary = import_files(workspace.engine, [dotted_regions(tmp_path)],
                           ImportSettings(dry_run=True))

    text = "<br>".join(summary_view.summary_lines(summary, simulated=True))

    assert ("Lignes lues : <b>2</b> — fichiers : "
            f"<br>&nbsp;&nbsp;• {NAMES[0]} : Tableau libre, classeur Excel"
            f"<br>&nbsp;&nbsp;• {NAMES[1]} : Tableau libre, classeur Excel.") in text


def test_the_command_line_names_the_workbook_and_each_sheet(workspace, tmp_path):
    summary = import_files(workspace.engine, [dotted_regions(tmp_path)],
                           ImportSettings(dry_run=True))

    assert summary_lines(summary)[0] == (
        "Fichiers : regions.xlsx — Rég. Nord : Tableau libre ; "
        "regions.xlsx — Rég. Sud : Tableau libre")
    document = json.loads(json.dumps(summary_document(summary)))
    assert [read["name"] for read in document["files"]] == NAMES
