"""``srm-inclusif export sheets``: variable-pay objective sheets to XLSX and PDF files."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from srm_inclusif.cli.common import DAY_FORMS, counted, day_argument, fail, open_cli_workspace
from srm_inclusif.cli.sheet_fitness import PROVISIONAL_OPTION, unfit_sheets_text
from srm_inclusif.core import clock
from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.money import format_eur
from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_export import (
    ExportedSheet,
    SheetExport,
    build_sheet_documents,
    write_sheet_files,
)
from srm_inclusif.storage.services.settings import workspace_fiscal_year
from srm_inclusif.storage.services.sheets import select_owners


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``export`` command and its ``sheets`` subcommand."""
    parser = subparsers.add_parser("export", help="exporter des documents (fiches objectifs)",
                                   description="Exporter des documents.")
    kinds = parser.add_subparsers(title="documents", metavar="DOCUMENT",
                                  parser_class=type(parser))
    sheets = kinds.add_parser(
        "sheets", help="fiches objectifs (part variable) en XLSX et PDF",
        description="Fiches objectifs (part variable) d'une année : un classeur XLSX "
                    "(une feuille par personne) et un PDF par personne.")
    sheets.add_argument("--year", type=int, metavar="ANNÉE",
                        help="année des fiches (exercice commençant cette année-là ; par défaut "
                             "celui en cours, comme la page Objectifs)")
    sheets.add_argument("--person", action="append", metavar="NOM",
                        help="une personne (répétable ; sinon toutes les fiches de l'année)")
    sheets.add_argument("--mode", choices=[m.value for m in SheetMode], default="actuals",
                        help="targets : objectifs seuls ; actuals : résultats (défaut)")
    sheets.add_argument("--format", choices=["xlsx", "pdf", "both"], default="both",
                        help="format des fichiers (défaut : les deux)")
    sheets.add_argument("--as-of", type=day_argument, metavar=DAY_FORMS,
                        help="date des données en mode actuals, JJ/MM/AAAA ou AAAA-MM-JJ "
                             "(défaut : aujourd'hui)")
    sheets.add_argument("--out", type=Path, required=True, metavar="DOSSIER",
                        help="dossier où écrire les fichiers (créé au besoin)")
    sheets.add_argument(PROVISIONAL_OPTION, action="store_true",
                        help="exporter aussi les fiches pas prêtes à signer (poids qui ne "
                             "totalisent pas 100 %%, réalisé manquant, période pas terminée), "
                             "marquées provisoires ; "
                             "sans cette option elles sont refusées")
    sheets.add_argument("--json", action="store_true", help="un document JSON sur la sortie")
    sheets.set_defaults(handler=handle)
    parser.set_defaults(handler=lambda _args: _usage(parser))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_usage(sys.stderr)
    return 2


def handle(args: argparse.Namespace) -> int:
    """Export the sheets and list the files written; refuse sheets not fit to sign unless asked.

    The UI asks before exporting such sheets; a command cannot ask, so it needs
    ``--provisoire`` to write them (marked provisional, as the UI writes them).
    """
    mode = SheetMode(args.mode)
    formats = ["xlsx", "pdf"] if args.format == "both" else [args.format]
    problem = out_problem(args.out)
    if problem:
        return fail(problem, as_json=args.json)
    workspace = open_cli_workspace(args)
    try:
        year = args.year if args.year is not None else workspace_fiscal_year(
            workspace.engine, day=clock.system_today())  # the year the Objectifs page opens on
        owners = select_owners(workspace.engine, year=year, names=args.person)
        documents = build_sheet_documents(workspace.engine, owners=owners, mode=mode,
                                          as_of=args.as_of or date.today())
        unfit = unfit_sheets_text(documents)
        if unfit and not args.provisoire:
            return fail(unfit, as_json=args.json)
        result = write_sheet_files(documents, owners=owners, folder=args.out, formats=formats,
                                   write_pdf=_pdf_writer() if "pdf" in formats else None)
    except SrmError as error:
        return fail(str(error), as_json=args.json)
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(as_json(result, mode), ensure_ascii=False, indent=2))
    else:
        print("\n".join(as_text(result, mode)))
    return 0


def out_problem(folder: Path) -> str | None:
    """Why no file can be written in ``--out``, checked before any sheet is built; None if they can.

    The folder, or the nearest one above it that exists (the missing ones are created), must be
    a folder the user can write in: a workspace opened read-only often sits in such a folder.
    """
    existing = next(path for path in (folder, *folder.parents) if path.exists())
    if not existing.is_dir():
        return (f"--out : « {existing} » est un fichier, pas un dossier. Aucun fichier n'a "
                "été écrit.")
    if not os.access(existing, os.W_OK):
        return (f"--out : impossible d'écrire dans le dossier « {existing} » (droits "
                "insuffisants) ; choisissez un autre dossier. Aucun fichier n'a été écrit.")
    return None


def _pdf_writer() -> Any:
    """Qt's PDF writer; a headless QGuiApplication when no display is available."""
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        _pdf_writer.app = QGuiApplication(["srm-inclusif"])  # type: ignore[attr-defined]
    from srm_inclusif.ui.sheet_pdf import write_sheet_pdf

    return write_sheet_pdf


def as_json(result: SheetExport, mode: SheetMode) -> dict[str, Any]:
    """The files written and, in actuals mode, each person's amount in cents."""
    return {
        "folder": str(result.folder),
        "mode": mode.value,
        "files": [str(path) for path in result.files],
        "people": [{"name": sheet.name, "amount_cents": sheet.amount_cents,
                    "checksum": sheet.checksum, "pdf": str(sheet.pdf) if sheet.pdf else None,
                    "fit_to_sign": sheet.fit_to_sign}
                   for sheet in result.sheets],
    }


def as_text(result: SheetExport, mode: SheetMode) -> list[str]:
    """Human-readable summary in French."""
    written = counted(len(result.files), "fichier écrit", "fichiers écrits")
    lines = [f"{written} dans {result.folder} :"]
    lines += [f"  {path.name}" for path in result.files]
    if mode is SheetMode.ACTUALS:
        lines.append("Part variable :")
        lines += [f"  {sheet.name} : {format_eur(sheet.amount_cents, decimals=True)}"
                  + _provisional_note(sheet) + f" (empreinte {sheet.checksum})"
                  for sheet in result.sheets]
    return lines


def _provisional_note(sheet: ExportedSheet) -> str:
    """Why an amount is provisional: a sheet to correct, or only a period not over."""
    if sheet.fit_to_sign:
        return ""
    if sheet.to_correct:
        return " provisoire, fiche à corriger avant signature"
    return " provisoire, période pas terminée"
