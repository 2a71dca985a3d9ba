"""What ``srm-inclusif import`` prints: the summary as French text or as one JSON document."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TextIO

from srm_inclusif.cli.common import counted
from srm_inclusif.core.numbers import grouped
from srm_inclusif.core.vocabulary import Profile, SpendBasis, profile_in_use
from srm_inclusif.exchange.formats import format_short_label
from srm_inclusif.exchange.report import field_text

if TYPE_CHECKING:
    from srm_inclusif.exchange.report import IssueLike
    from srm_inclusif.storage.services.import_records import FileRead, ImportSummary

#: The JSON ``format`` / ``encoding`` of an import whose files differ (each is in ``files``).
MIXED = "mixte"
CLOSED_ONE, CLOSED_MANY = ("établissement fermé ou inactif ignoré",
                           "établissements fermés ou inactifs ignorés")
OTHER_ONE, OTHER_MANY = "ligne hors ESAT ignorée", "lignes hors ESAT ignorées"
TOTALS_ONE, TOTALS_MANY = ("ligne de total ou de pagination ignorée",
                           "lignes de total ou de pagination ignorées")
CREATED_MANY = "fournisseurs classiques créés"
#: The formats that hold closed establishments or inactive structures, skipped and counted.
CLOSED_FORMATS = frozenset({"sirene", "marche-api"})


@dataclass(frozen=True)
class Basis:
    """The basis an import of spend recorded its amounts on, and whether ``--basis`` chose it."""

    key: str
    chosen: bool

    def text(self) -> str:
        """``Base des montants : payé (celle du tableau de bord…)`` for the terminal."""
        label = SpendBasis(self.key).label.lower()
        if self.chosen:
            return f"Base des montants : {label}."
        return (f"Base des montants : {label} (celle du tableau de bord, comme dans l'assistant "
                "d'import ; --basis pour en choisir une autre).")


def print_summary(summary: ImportSummary, *, as_json: bool, error: str | None = None,
                  profile: Profile | None = None, basis: Basis | None = None) -> None:
    """Print the summary: one JSON document (``error`` included), or French lines.

    The lines are in the words of ``profile``, by default those of the profile in use; an
    import of spend says its ``basis`` (JSON ``basis``, as a code).
    """
    if as_json:
        head, tail = _document_parts(summary)
        tail |= ({"basis": basis.key} if basis is not None else {}) | (
            {"error": error} if error else {})
        write_document(sys.stdout, head, map(issue_entry, summary.issues), tail)
    else:
        print("\n".join(summary_lines(summary, profile, basis)))


def write_document(out: TextIO, head: dict[str, Any], issues: Iterable[dict[str, Any]],
                   tail: dict[str, Any]) -> None:
    """Write ``head | {"issues": [...]} | tail`` as ``json.dumps`` would, one issue at a time.

    A file of 300 000 junk lines has as many remarks: the document built whole, then dumped,
    doubled the import's peak of memory.
    """
    def dumped(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    out.write("{" + "".join(f"{dumped(key)}: {dumped(value)}, " for key, value in head.items())
              + '"issues": [')
    for index, issue in enumerate(issues):
        out.write(f", {dumped(issue)}" if index else dumped(issue))
    out.write("]" + "".join(f", {dumped(key)}: {dumped(value)}" for key, value in tail.items())
              + "}\n")
    out.flush()


def summary_document(summary: ImportSummary) -> dict[str, Any]:
    """The JSON document of an import summary.

    ``format`` and ``encoding`` are those of every file, or ``mixte`` when the files differ
    (``format`` a code, ``format_label`` its French name as the wizard shows it); ``files``
    gives each file's own; ``issues`` each remark on a row, as ``--rejects`` writes;
    ``cells_left_out`` the rejected lines past the import's first ones, which ``--rejects``
    gives without their cells (said in ``notes`` too); ``notes`` the sentences on whole files
    (a workbook's sheets not read, an archive's members left aside, a file given twice).
    """
    head, tail = _document_parts(summary)
    return head | {"issues": [issue_entry(issue) for issue in summary.issues]} | tail


def _document_parts(summary: ImportSummary) -> tuple[dict[str, Any], dict[str, Any]]:
    """The keys of ``summary_document`` before its ``issues``, and those after them."""
    from srm_inclusif.exchange.raw_lines import cells_kept

    files = summary.files
    shared = _shared({f.format for f in files}, summary.format)
    head: dict[str, Any] = {"format": shared,
                            "format_label": format_short_label(shared),  # « mixte » as it is
                            "encoding": _shared({f.encoding for f in files}, summary.encoding)}
    head |= summary.counts()
    head |= {"seconds": summary.seconds, "dry_run": summary.dry_run,
             "applied": summary.applied, "batch_id": summary.batch_id,
             "files": [{"name": f.name, "format": f.format,
                        "format_label": format_short_label(f.format), "encoding": f.encoding}
                       for f in files]}
    if summary.target == "spend":
        head["amount_total"] = round(summary.amount_total_cents / 100, 2)
        head["amount_added"] = round(summary.amount_added_cents / 100, 2)
        head["amount_updated"] = round(summary.amount_updated_cents / 100, 2)
    return head, {"cells_left_out": cells_kept(summary.issues)[1], "notes": summary.notes}


def issue_entry(issue: IssueLike) -> dict[str, Any]:
    """A row's remark in the JSON document: the columns of the rejects file, as codes.

    The severity and the field are codes (``flagged``, ``siret``), the reason as stored (French);
    ``column`` the title of the file's column the field was read from (« N° SIRET »), or "".
    """
    return {"severity": issue.severity, "file": issue.file_name, "line": issue.line,
            "structure": issue.structure_name, "field": issue.field,
            "column": getattr(issue, "column", ""), "value": issue.value,
            "reason": issue.reason}


def _shared(values: set[str], default: str) -> str:
    """The value all files share, ``mixte`` when they differ."""
    return MIXED if len(values) > 1 else default


#: Between the lines read and the counts of an import refused or simulated: nothing was written.
NOT_APPLIED = " ; rien n'est enregistré, l'import aurait donné : "


def summary_lines(summary: ImportSummary, profile: Profile | None = None,
                  basis: Basis | None = None) -> list[str]:
    """The summary as French lines for a terminal, in the words of ``profile`` (or in use)."""
    from srm_inclusif.core.money import format_eur

    seller = (profile or profile_in_use()).is_seller  # « client », « Raison sociale du client »
    lines = [_files_line(summary),
             f"{counted(summary.rows, 'ligne lue', 'lignes lues')}"
             f"{' : ' if summary.applied else NOT_APPLIED}"
             f"{counted(summary.inserted, 'ajoutée', 'ajoutées')}, "
             f"{counted(summary.updated, 'mise à jour', 'mises à jour')}, "
             f"{counted(summary.unchanged, 'inchangée', 'inchangées')}, "
             f"{counted(summary.merged_duplicates, 'doublon fusionné', 'doublons fusionnés')}.",
             f"{counted(summary.rejected, 'ligne rejetée', 'lignes rejetées')}, "
             f"{_flagged(summary)}, "
             f"{counted(summary.conflicts, 'conflit', 'conflits')}{_closed(summary)}."]
    if summary.skipped_other:
        lines.append(f"{counted(summary.skipped_other, OTHER_ONE, OTHER_MANY)} "
                     "(FINESS, autre catégorie).")
    if summary.skipped_totals:
        lines.append(f"{counted(summary.skipped_totals, TOTALS_ONE, TOTALS_MANY)}.")
    lines += summary.notes  # sheets not read, archive members left aside, files given twice
    if summary.target == "spend":
        lines.append(
            f"{counted(summary.matched, 'ligne rattachée', 'lignes rattachées')}, "
            f"{counted(summary.unmatched, 'non rattachée', 'non rattachées')} "
            f"({_created(summary, seller=seller)})"
            f" ; total {format_eur(summary.amount_total_cents, decimals=True)} HT.")
        lines.append(_amounts_line(summary))
        if basis is not None:
            lines.append(basis.text())
        if summary.default_buyer_lines:
            lines.append(f"Lignes sans {_buyer_word(seller=seller)} attribuées à "
                         f"{summary.default_buyer_name} : {grouped(summary.default_buyer_lines)}.")
        if summary.people_added:
            lines.append(f"{_added_lead(summary)} : {', '.join(summary.people_added)}.")
    lines += [f"  {issue.file_name}:{issue.line}, « {field_text(issue, seller=seller)} » : "
              f"{issue.reason}{f' ({issue.value})' if issue.value else ''}"
              for issue in summary.issues[:10]]
    if len(summary.issues) > 10:
        lines.append(f"  … et {counted(len(summary.issues) - 10, 'autre', 'autres')} (option "
                     "--rejects pour tout exporter).")
    if summary.message:
        lines.append(summary.message)
    lines.append(f"Durée : {grouped(summary.seconds, 2)} s")
    return lines


def _closed(summary: ImportSummary) -> str:
    """``, 3 établissements fermés ou inactifs ignorés``: said where closed ones may be.

    A SIRENE stock holds closed establishments, an API page inactive structures; a purchase
    or a spreadsheet none: their « 0 » would be noise.
    """
    if not summary.skipped_closed and (summary.target == "spend" or not {
            read.format for read in summary.files} & CLOSED_FORMATS):
        return ""
    return f", {counted(summary.skipped_closed, CLOSED_ONE, CLOSED_MANY)}"


def _amounts_line(summary: ImportSummary) -> str:
    """What the import adds: the total counts the lines found unchanged too."""
    from srm_inclusif.core.money import format_eur

    added = format_eur(summary.amount_added_cents, decimals=True)
    text = f"Montant des lignes nouvelles : {added} HT"
    if summary.amount_updated_cents:
        text += (" ; des lignes mises à jour : "
                 f"{format_eur(summary.amount_updated_cents, decimals=True)} HT")
    return text + "."


def _created(summary: ImportSummary, *, seller: bool) -> str:
    """The counterparties an import of spend created or completed, in the workspace's words.

    A structure inclusive's spend lines are her sales: those created are her clients. Those
    created with the kind the file gives are not classic, and are counted on their own.
    """
    if seller:
        parts = [counted(summary.classic_created, "client créé", "clients créés")]
    else:
        parts = [counted(summary.classic_created, "fournisseur classique créé", CREATED_MANY)]
    if summary.typed_created:
        parts.append(counted(summary.typed_created, "fiche créée avec le type du fichier",
                             "fiches créées avec le type du fichier"))
    if summary.completed:
        parts.append(counted(summary.completed, "fiche complétée", "fiches complétées"))
    return ", ".join(parts)


def _added_lead(summary: ImportSummary) -> str:
    """Who the import added (or would add) to the organisation: the start of its line."""
    if summary.dry_run:
        return "Personnes que l'import ajouterait à l'organisation"
    return "Personnes ajoutées à l'organisation"


def _buyer_word(*, seller: bool) -> str:
    """Who a spend line is recorded for: the buyer, or the seller's « commercial »."""
    return "commercial" if seller else "acheteur"


def _flagged(summary: ImportSummary) -> str:
    """``1 ligne signalée (4 remarques)``: lines, as rows and rejects, and the remarks on them."""
    lines = counted(summary.flagged, "ligne signalée", "lignes signalées")
    if summary.flag_remarks == summary.flagged:
        return lines
    return f"{lines} ({counted(summary.flag_remarks, 'remarque', 'remarques')})"


def _files_line(summary: ImportSummary) -> str:
    """``Fichier « a.csv » : Tableau libre… — encodage : UTF-8``; each file's own for several.

    Formats by the names the wizard shows, files by the names the report gives them
    (« sirene.zip — StockEtablissement.csv » for a table of an archive).
    """
    if len(summary.files) > 1:
        return "Fichiers : " + " ; ".join(_file_text(read) for read in summary.files)
    reading = (f"format : {format_short_label(summary.format)} — encodage : "
               f"{summary.encoding or 'sans objet'}")
    if not summary.files:
        return "F" + reading[1:]
    return f"Fichier « {summary.files[0].name} » — {reading}"


def _file_text(read: FileRead) -> str:
    """``latin1.csv : Tableau libre, Windows-1252`` (no encoding for a spreadsheet)."""
    label = format_short_label(read.format)
    return f"{read.name} : {', '.join(part for part in (label, read.encoding) if part)}"
