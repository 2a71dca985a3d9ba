"""``srm-inclusif [--db PATH] import suppliers|spend FILE...``: import directories and spend."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from srm_inclusif.cli.common import (
    DAY_FORMS,
    day_argument,
    fail,
    open_cli_workspace,
    refusal_text,
    tell_unfinished_import,
)
from srm_inclusif.cli.import_advice import target_notes
from srm_inclusif.cli.import_report import Basis, print_summary
from srm_inclusif.cli.options import add_basis_option
from srm_inclusif.core.errors import SrmError

SUPPLIER_FORMATS = ("auto", "marche-csv", "marche-xls", "marche-api", "esat-ea", "hosmoz",
                    "sirene", "finess", "generic")
SPEND_FORMATS = ("auto", "spend", "generic")
INTERRUPTED = "Interrompu : rien n'a été importé."
INTERRUPTED_AFTER = ("Interrompu, mais l'import n° {batch_id} était déjà enregistré : il est "
                     "conservé, son compte rendu est sur la page Imports / exports.")
#: The exit code of a command stopped by Ctrl+C (128 + SIGINT), as shells expect.
INTERRUPTED_CODE = 130


def register(subparsers: Any) -> None:
    """Add ``import suppliers`` and ``import spend``."""
    parser = subparsers.add_parser(
        "import", help="importer des annuaires de fournisseurs ou des dépenses",
        description="Importe des fichiers dans l'espace de travail (une transaction par import, "
                    "copie de sauvegarde avant écriture).")
    targets = parser.add_subparsers(title="que importer", metavar="CIBLE", required=True)
    for name, formats, text in (
        ("suppliers", SUPPLIER_FORMATS, "annuaires de structures (CSV, XLS(X), ODS, JSON, ZIP)"),
        ("spend", SPEND_FORMATS, "dépenses d'achat (modèle du Marché de l'inclusion)"),
    ):
        sub = targets.add_parser(name, help=text, description=f"Importer des {text}.")
        _add_options(sub, formats, spend=name == "spend")
        sub.set_defaults(handler=handle, target=name)


def _add_options(parser: argparse.ArgumentParser, formats: tuple[str, ...], *, spend: bool) -> None:
    parser.add_argument("files", nargs="+", metavar="FICHIER", type=Path,
                        help="fichiers à importer ensemble, en un seul import ("
                             + ("CSV, XLSX, XLS, ODS, ZIP)" if spend else
                                "CSV, XLSX, XLS, ODS, JSON de l'API du Marché, ZIP)"))
    parser.add_argument("--format", choices=formats, default="auto",
                        help="format des fichiers (détecté par défaut)")
    parser.add_argument("--profile", metavar="NOM", help="profil de correspondance enregistré")
    parser.add_argument("--dry-run", action="store_true", help="simuler sans rien enregistrer")
    parser.add_argument("--all-or-nothing", action="store_true",
                        help="ne rien importer si une ligne est rejetée")
    parser.add_argument("--rejects", metavar="SORTIE.csv", type=Path,
                        help="écrire les lignes rejetées ou signalées dans ce CSV")
    parser.add_argument("--json", action="store_true", help="résultat en JSON sur la sortie")
    parser.add_argument("--pad-siret", action="store_true",
                        help="compléter par des zéros les SIRET raccourcis par Excel")
    if spend:
        parser.add_argument("--date", type=day_argument, metavar=DAY_FORMS,
                            help="date des lignes sans date ni année, JJ/MM/AAAA ou AAAA-MM-JJ "
                                 "(par défaut : aujourd'hui)")
        add_basis_option(parser, default=None,
                         default_text="par défaut celle du tableau de bord, comme l'assistant "
                                      "d'import de l'application")
        parser.add_argument("--buyer", metavar="NOM",
                            help="personne (nom ou adresse e-mail) à qui attribuer les lignes "
                                 "sans acheteur (ou sans commercial) ; par défaut la seule "
                                 "personne active de l'espace, s'il n'y en a qu'une")
        parser.add_argument("--add-buyers", action="store_true",
                            help="ajouter à l'organisation les acheteurs (ou commerciaux) que "
                                 "le fichier nomme et que l'espace n'a pas, et leur attribuer "
                                 "leurs lignes")


def handle(args: argparse.Namespace) -> int:
    """Run the import and print its summary; 1 with a message when nothing could be read."""
    from srm_inclusif.storage.services.import_watch import NewBatch

    problem = rejects_problem(args.rejects, args.files) or _date_problem(args)
    if problem:
        return fail(problem, as_json=args.json)
    args.files, repeated = _each_once(args.files)
    workspace = open_cli_workspace(args)
    tell_unfinished_import(workspace)  # before this import leaves a marker of its own
    if args.target == "suppliers" and args.format == "auto" and (
            misfits := target_notes(args.files, args.target, refused=True)):
        workspace.close()  # spend would make a directory of its suppliers: refused
        return fail("\n".join(misfits), as_json=args.json)
    # a format forced (« --format generic ») is the user's answer to the warning: not said again
    warnings = target_notes(args.files, args.target) if args.format == "auto" else []
    if warnings:
        print("\n".join(warnings), file=sys.stderr)
    batch = NewBatch(workspace.engine)
    try:
        with batch:
            summary = _imported(workspace.engine, args)
    except SrmError as error:
        workspace.close()
        return fail(refusal_text(error), as_json=args.json, notes=warnings)
    except KeyboardInterrupt:  # Ctrl+C: the import's transaction and its copy are undone
        saved = batch.saved()  # unless it came after the commit: its rejects are then written
        unwritten = (_write_rejects(args.rejects, _stored_issues(workspace.engine, batch.id))
                     if saved and args.rejects else None)
        workspace.close()
        _print_interrupted(batch.id if saved else None, as_json=args.json, error=unwritten)
        return INTERRUPTED_CODE
    workspace.close()
    unwritten = _write_rejects(args.rejects, summary.issues) if args.rejects else None
    refused = summary.message if not summary.applied and not summary.dry_run else None
    problem = refused or unwritten
    if refused and not args.json:
        summary.message = ""  # said once, as every refusal: on stderr, after the remarks
    summary.notes[:0] = [f"« {path.name} » donné plusieurs fois : lu une seule fois."
                         for path in repeated] + (warnings if args.json else [])
    print_summary(summary, as_json=args.json, error=problem,
                  basis=Basis(args.basis, chosen=args.basis_chosen) if args.basis else None)
    return fail(problem) if problem else 0


def _each_once(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """The files to read, each once, and those given more than once.

    A spend file given twice would count its purchases twice: it is read once, and said. One
    file is told under another spelling as ``--rejects`` tells it (``_same_file``).
    """
    kept: list[Path] = []
    repeated: list[Path] = []
    for path in paths:
        first = next((earlier for earlier in kept if _same_file(earlier, path)), None)
        if first is None:
            kept.append(path)
        elif first not in repeated:
            repeated.append(first)
    return kept, repeated


def _print_interrupted(batch_id: int | None, *, as_json: bool, error: str | None) -> None:
    """Say whether the import stopped by Ctrl+C was saved (``batch_id``), on stderr.

    With ``--json`` the output gets its one document too: ``interrupted``, ``applied`` and the
    saved import's ``batch_id`` (and the ``error`` writing its rejects, if any).
    """
    message = INTERRUPTED if batch_id is None else INTERRUPTED_AFTER.format(batch_id=batch_id)
    print(message if error is None else f"{message}\n{error}", file=sys.stderr)
    if as_json:
        document = {"interrupted": True, "applied": batch_id is not None,
                    "batch_id": batch_id, "message": message}
        print(json.dumps(document | ({"error": error} if error else {}), ensure_ascii=False))


def _stored_issues(engine: Any, batch_id: int | None) -> list[Any]:
    """The rejected, flagged and conflicting rows an import saved with its history line."""
    from srm_inclusif.storage.services.imports import list_import_issues

    return list_import_issues(engine, batch_id=batch_id) if batch_id is not None else []


def _imported(engine: Any, args: argparse.Namespace) -> Any:
    """Plan then import the files as the options say; the summary.

    An import whose every line is rejected is refused (``refuse_nothing_importable``): it
    would leave a history entry and a copy of the workspace for nothing.
    """
    from srm_inclusif.cli.import_plans import chosen_profile, import_planned
    from srm_inclusif.exchange.importer import ImportSettings
    from srm_inclusif.exchange.records import ReadOptions

    _settle_basis(engine, args)
    settings = ImportSettings(
        target=args.target, format_key="spend" if args.format == "auto" and
        args.target == "spend" else args.format,
        profile=chosen_profile(engine, args.profile), dry_run=args.dry_run,
        all_or_nothing=args.all_or_nothing, basis=args.basis or "invoiced",
        read=ReadOptions(pad_siret_zeros=args.pad_siret,
                         default_spend_date=getattr(args, "date", None) or date.today()),
        default_buyer_id=_buyer(engine, getattr(args, "buyer", None)),
        new_buyer_role=_new_buyer_role(engine) if getattr(args, "add_buyers", False) else None,
        refuse_nothing_importable=True)
    return import_planned(engine, args, settings)


def _settle_basis(engine: Any, args: argparse.Namespace) -> None:
    """Set ``args.basis`` of spend: the one given, else the one the wizard starts from.

    That is the basis the dashboard opens on today: one file imported once in the wizard and
    once here must not give every line twice, on two bases.
    """
    args.basis_chosen = getattr(args, "basis", None) is not None
    if args.target == "spend" and not args.basis_chosen:
        from srm_inclusif.core import clock
        from srm_inclusif.storage.services.opening_basis import opening_basis_on

        args.basis = opening_basis_on(engine, day=clock.system_today()).value
    elif args.target != "spend":
        args.basis = None


def _new_buyer_role(engine: Any) -> str:
    """The role of the people ``--add-buyers`` adds: the workspace's profile's (in French)."""
    from srm_inclusif.storage.services.settings import get_settings

    return get_settings(engine).profile.person_role


def _buyer(engine: Any, name: str | None) -> int | None:
    """The active person ``name`` stands for; None without a name.

    Named as the file's buyer column may name her: by name, case and accents aside, or by
    e-mail address. An unknown name stops the import before anything is read: the lines would
    otherwise go to nobody, or to the workspace's only person, against the user's word.
    """
    if name is None:
        return None
    from srm_inclusif.storage.services.buyer_names import PeopleByName
    from srm_inclusif.storage.services.people import list_people

    people = list_people(engine)
    found = PeopleByName((person.id, person.name, person.email) for person in people).find(name)
    if found is None:
        known = ", ".join(f"« {person.name} »" for person in people) or "aucune"
        raise SrmError(f"--buyer : personne inconnue « {name} » (personnes actives de "
                       f"l'espace : {known}) ; rien n'a été importé.")
    return found[0]


def rejects_problem(rejects: Path | None, files: list[Path]) -> str | None:
    """Why ``--rejects`` cannot be written, checked before anything is imported; None if it can.

    The rejects file must not overwrite one of the files read, and its folder must exist and
    be writable: a failure found after the import would leave it saved but unreported.
    """
    if rejects is None:
        return None
    if any(_same_file(rejects, path) for path in files):
        return (f"--rejects : « {rejects} » est aussi un fichier à importer ; "
                "choisissez un autre nom pour le fichier des rejets.")
    if rejects.is_dir():
        return f"--rejects : « {rejects} » est un dossier ; donnez un nom de fichier CSV."
    folder = rejects.parent
    if not folder.is_dir():
        return f"--rejects : le dossier « {folder} » n'existe pas."
    if not os.access(folder, os.W_OK) or (rejects.exists() and not os.access(rejects, os.W_OK)):
        return f"--rejects : impossible d'écrire « {rejects} » (droits insuffisants)."
    return None


def _date_problem(args: argparse.Namespace) -> str | None:
    """Why ``--date`` cannot date the lines without a date (a typo in its year); None if it can."""
    if getattr(args, "date", None) is None:
        return None
    from srm_inclusif.exchange.spend_records import check_default_day

    try:
        check_default_day(args.date)
    except SrmError as error:
        return f"--date : {error} Rien n'a été importé."
    return None


def _same_file(first: Path, second: Path) -> bool:
    """True when both paths name one file (through links, ``..`` or another spelling)."""
    try:
        return first.samefile(second)
    except OSError:  # one of them does not exist
        return first.resolve() == second.resolve()


def _write_rejects(path: Path, issues: list[Any]) -> str | None:
    """Write the rejects CSV; why it could not be written (the import stays as it is), or None."""
    from srm_inclusif.exchange.report import write_issues_csv
    from srm_inclusif.storage.failures import system_reason

    try:
        write_issues_csv(path, issues)
    except OSError as error:
        return (f"le fichier des rejets « {path} » n'a pas pu être écrit "
                f"({system_reason(error)}) ; l'import lui-même s'est déroulé.")
    return None


