"""What the import merge accepts: normalised supplier and spend records, row issues, a summary.

Readers (in ``exchange``) produce these; the storage merge consumes them, so the types live here.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

from srm_inclusif.storage.changes import Changes

REJECTED = "rejected"
FLAGGED = "flagged"
CONFLICT = "conflict"
#: A row merged into an earlier row of the same import (counted as a merged duplicate).
MERGED = "merged"
#: A row read and left aside: a closed establishment (SIRENE), or one a directory lists beyond
#: what the app imports from it (FINESS: categories other than ESAT). Counted, never listed.
SKIPPED = "skipped"
OUT_OF_SCOPE = "out_of_scope"
#: A report's total or page line pasted with the data: neither a structure nor a purchase. Listed
#: with its line and counted apart; not a rejection, the file is not wrong to have it.
TOTAL = "total"


@dataclass(slots=True)
class RowIssue:
    """A rejected, flagged or conflicting row: file, line in the file, field, value and reason.

    ``structure_name`` is the name the row carries (the structure's, or the supplier's of a
    purchase line), so that the report says which one it is about; empty when the row has none.
    ``raw_cells``: on the first refusal of a rejected line, the line as its file has it, to fix
    and import again: JSON text that ``exchange.raw_lines`` writes and reads (storage keeps it
    as it is); None on any other issue. ``column``: the title of the file's column ``field`` was
    read from (« N° SIRET »), as the report names it; empty when it has none (the app's label).
    """

    file_name: str
    line: int | None
    field: str
    value: str
    reason: str
    severity: str = REJECTED
    structure_name: str = ""
    raw_cells: str | None = None
    column: str = ""


@dataclass
class ContactData:
    """A named person read with a structure (Marché de l'inclusion export from a need)."""

    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass
class SupplierRecord:
    """One normalised directory row, ready to merge."""

    file_name: str
    line: int
    name: str
    norm_name: str
    siret: str | None = None
    siret_status: str = "missing"
    brand: str | None = None
    kind: str | None = None
    #: ``Nature`` code (head office or antenna), None when the source does not say.
    nature: str | None = None
    legal_form: str | None = None
    address: str | None = None
    post_code: str | None = None
    city: str | None = None
    department_code: str | None = None
    region_code: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    social_website: str | None = None
    service_types: list[str] = field(default_factory=list)
    networks: list[str] = field(default_factory=list)
    offers: list[dict[str, Any]] = field(default_factory=list)
    #: Clients the structure names as references: ``{"name", "description"}`` each.
    client_references: list[dict[str, Any]] = field(default_factory=list)
    extra_sectors: list[str] = field(default_factory=list)
    sector_ids: list[int] = field(default_factory=list)
    headcount_insertion: float | None = None
    headcount_permanent: float | None = None
    capacity: str | None = None
    is_qpv: bool | None = None
    source_id: str | None = None
    #: The file's notes on the structure (« Notes », « Commentaire »), line breaks kept.
    notes: str | None = None
    contact: ContactData | None = None
    #: Label names (Marché de l'inclusion API pages): added to those the structure holds.
    labels: list[str] = field(default_factory=list)
    #: The source of its file (``marche``, ``generic``...), stored on a new structure: a
    #: structure is refreshed by a later import from its own source only.
    source: str = ""
    #: Its file lists inclusive structures only: a new structure it gives no kind is flagged.
    inclusive_directory: bool = False
    flags: list[RowIssue] = field(default_factory=list)


#: A supplier record's fields, in order: a big import's reader hands records over as the tuple
#: of their values (a tuple is built, pickled and unpickled several times faster than an object).
SUPPLIER_FIELDS = tuple(item.name for item in fields(SupplierRecord))
#: The tuple of a record's values, in ``SUPPLIER_FIELDS`` order.
supplier_values = operator.attrgetter(*SUPPLIER_FIELDS)


def supplier_record(values: tuple[Any, ...]) -> SupplierRecord:
    """The record of the values ``supplier_values`` gives.

    Readers may share one list between records (an empty ``offers``, the sector ids of a
    repeated cell): a record's lists are replaced, never changed in place, except ``flags``.
    """
    return SupplierRecord(*values)


@dataclass
class SpendRecord:
    """One normalised purchase line, ready to match and insert."""

    file_name: str
    line: int
    supplier_name: str | None
    siret: str | None
    siret_status: str
    amount_cents: int
    spend_date: date
    purchase_category: str | None = None
    buying_entity: str | None = None
    buyer_name: str | None = None
    invoice_number: str | None = None
    #: What the file says of the counterparty (kept when the import creates it, or fills an
    #: empty field of its card).
    kind: str | None = None
    post_code: str | None = None
    city: str | None = None
    department_code: str | None = None
    region_code: str | None = None
    flags: list[RowIssue] = field(default_factory=list)


@dataclass(frozen=True)
class FileRead:
    """How one file of an import was read: its name, format and encoding.

    The encoding is empty for a spreadsheet or a JSON file; a ZIP archive gives one per member.
    ``container`` is what the rows are read from (``text``, ``xlsx``, ``ods``, ``json``...): a
    sheet read apart is named « regions.xlsx — Rég. Sud », whose suffix says nothing. Not
    compared: a read is told by what the user sees of it, its name, format and encoding.
    """

    name: str
    format: str
    encoding: str
    container: str = field(default="", compare=False)
    #: The file's own column titles of the fields it gives (field → title), for the report.
    columns: tuple[tuple[str, str], ...] = field(default=(), compare=False)


@dataclass
class ImportSummary:
    """What an import did (or would do, in a dry run)."""

    target: str
    format: str
    encoding: str = ""
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    merged_duplicates: int = 0
    #: Lines rejected, and lines with at least one remark: lines, as ``rows``...
    rejected: int = 0
    flagged: int = 0
    #: ... and the remarks on the flagged lines (one line may have several: SIRET, e-mail...).
    flag_remarks: int = 0
    conflicts: int = 0
    skipped_closed: int = 0
    #: Rows of a directory outside what the app imports from it (FINESS: not an ESAT).
    skipped_other: int = 0
    #: Total and page lines (``TOTAL``).
    skipped_totals: int = 0
    matched: int = 0
    unmatched: int = 0
    #: Classic suppliers a spend import created for its unmatched lines (one per SIRET or name).
    classic_created: int = 0
    #: Lines without a buyer given to the person chosen for them (or the workspace's only one).
    #: Counterparties created with the kind a spend file gives (not classic), and stored ones
    #: whose empty kind, post code or city the file filled.
    typed_created: int = 0
    completed: int = 0
    default_buyer_lines: int = 0
    default_buyer_name: str = ""
    #: People added to the organisation for the buyers a spend file names that it lacked.
    people_added: list[str] = field(default_factory=list)
    #: The amount of every line read (unchanged ones included: ``--json``'s ``amount_total``)...
    amount_total_cents: int = 0
    #: ... of the lines added, and the new amount of the stored lines updated (a corrected
    #: invoice): what the import changed.
    amount_added_cents: int = 0
    amount_updated_cents: int = 0
    seconds: float = 0.0
    dry_run: bool = False
    applied: bool = True
    batch_id: int | None = None
    backup_path: str | None = None
    #: The import wrote no data (only its own batch): no copy is kept, nothing to go back on.
    nothing_changed: bool = False
    message: str = ""
    issues: list[RowIssue] = field(default_factory=list)
    #: How each file was read, in the order given.
    files: list[FileRead] = field(default_factory=list)
    #: Sentences on the files as a whole, in the UI language (a workbook's sheets not read):
    #: no line of a file, so neither counted nor listed with the lines.
    notes: list[str] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    #: The (severity, file, line) already counted: a line counts once per severity.
    _counted_lines: set[tuple[str, str, int | None]] = field(
        default_factory=set, init=False, repr=False, compare=False)

    def count_issue(self, issue: RowIssue) -> bool:
        """Keep an issue and count it under its severity: conflicts, or lines rejected, flagged.

        False for a further issue of a line already counted under its severity (a line
        rejected for its amount and its date is one rejected line).
        """
        self.issues.append(issue)
        if issue.severity == CONFLICT:
            self.conflicts += 1
            return True
        if issue.severity == MERGED:  # merged rows are counted by the merge itself
            return True
        if issue.severity == TOTAL:
            self.skipped_totals += 1
            return True
        first = self._first_on_its_line(issue)
        if issue.severity == REJECTED:
            self.rejected += first
        else:
            self.flag_remarks += 1
            self.flagged += first
        return bool(first)

    def _first_on_its_line(self, issue: RowIssue) -> int:
        """1 for the first issue of its severity on its line of its file, else 0."""
        line = (issue.severity, issue.file_name, issue.line)
        if line in self._counted_lines:
            return 0
        self._counted_lines.add(line)
        return 1

    def counts(self) -> dict[str, Any]:
        """The figures stored on the batch and printed by the CLI."""
        keys = ("rows", "inserted", "updated", "unchanged", "merged_duplicates", "rejected",
                "flagged", "flag_remarks", "conflicts", "skipped_closed", "skipped_other",
                "skipped_totals")
        data: dict[str, Any] = {key: getattr(self, key) for key in keys}
        if self.target == "spend":
            data |= {"matched": self.matched, "unmatched": self.unmatched,
                     "classic_created": self.classic_created,
                     "default_buyer_lines": self.default_buyer_lines,
                     "people_added": len(self.people_added),
                     "typed_created": self.typed_created, "completed": self.completed,
                     "amount_total_cents": self.amount_total_cents,
                     "amount_added_cents": self.amount_added_cents,
                     "amount_updated_cents": self.amount_updated_cents}
        if columns := {read.name: dict(read.columns) for read in self.files if read.columns}:
            data["columns"] = columns  # file → field → its title: remarks name the columns
        return data


def matching_siret(siret: str | None, status: str) -> str | None:
    """The SIRET a row is matched by: none when the value failed its check.

    Files fill the column with ``0``, ``123`` or a copied number: matching on those would merge
    unrelated structures into one. Such rows match by name and post code instead.
    """
    return siret if siret and status != "invalid" else None


#: What a reader hands to the merge, in file order.
ImportItem = SupplierRecord | SpendRecord | RowIssue
