"""Turn one mapped row (field → raw value) into a normalised record, or a rejected row issue."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from srm_inclusif.core.geo import post_code_reason
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import names_siae_family, parse_kind
from srm_inclusif.core.normalise import (
    clean_text,
    is_footer_line,
    normalise_email,
    normalise_name,
    normalise_phone,
    normalise_website,
)
from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.core.siret import SiretCheck, fast_check_siret, is_plain_valid_siret
from srm_inclusif.core.vocabulary import SiretStatus
from srm_inclusif.exchange.cell_values import (
    cell_text,
    client_references,
    head_office_nature,
    label_names,
    nature_of,
    number_of,
    place_of,
    short_text,
    text_list,
)
from srm_inclusif.exchange.formats import FormatSpec
from srm_inclusif.exchange.siret_columns import other_siret_remarks
from srm_inclusif.exchange.spend_totals import RunningSums
from srm_inclusif.exchange.text_limits import SUPPLIER_LIMITS as LIMITS
from srm_inclusif.exchange.text_limits import full_address
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    REJECTED,
    TOTAL,
    ContactData,
    RowIssue,
    SpendRecord,
    SupplierRecord,
)

#: Reasons of row issues, stored in French with the issue; the UI translates them
#: (context "ImportReasons") with ``reason_text``.
NO_NAME = QT_TRANSLATE_NOOP("ImportReasons", "Raison sociale manquante.")
BAD_PHONE = QT_TRANSLATE_NOOP("ImportReasons", "Numéro de téléphone non reconnu (gardé tel quel).")
BAD_EMAIL = QT_TRANSLATE_NOOP("ImportReasons", "Adresse e-mail invalide (gardée telle quelle).")
BAD_WEBSITE = QT_TRANSLATE_NOOP(
    "ImportReasons",
    "Pas une adresse de site web (sans point ou avec des espaces) : non enregistrée.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("ImportReasons", "Type de structure inconnu : ignoré.")
#: Why « SIAE » is no kind: it names a family of five (said instead of ``UNKNOWN_KIND``).
SIAE_FAMILY = QT_TRANSLATE_NOOP(
    "ImportReasons", "SIAE ne dit pas quel type : EI, ACI, AI, ETTI ou EITI ? Type ignoré "
    "(« Classique » pour une nouvelle fiche), à préciser.")
CONTACT_WITHOUT_NAME = QT_TRANSLATE_NOOP("ImportReasons", "Contact sans nom : non enregistré.")
UNKNOWN_NATURE = QT_TRANSLATE_NOOP("ImportReasons", "Ni siège ni antenne : valeur ignorée.")
UNKNOWN_SECTOR = QT_TRANSLATE_NOOP(
    "ImportReasons", "Secteur absent de la liste de référence : gardé en texte.")
SIRET_IS_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Date à la place du SIRET (cellule au format date du tableur) : ignorée.")
BAD_NUMBER = QT_TRANSLATE_NOOP("ImportReasons", "Nombre illisible (attendu 12 ou 12,5) : ignoré.")
#: Supplier fields holding a count (a headcount, full-time equivalents).
NUMBER_FIELDS = ("headcount_insertion", "headcount_permanent")
FOOTER_NOT_STRUCTURE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne de total ou de pagination, pas une structure.")


def notes_text(raw: Any) -> str | None:
    """The notes of a row: its notes cells (« Notes », « Commentaire »), each on its own line.

    Line breaks inside a cell are kept: notes are free text, not one-line values.
    """
    cells = raw if isinstance(raw, (list, tuple)) else (raw,)
    texts = [text for cell in cells if (text := clean_text(cell))]
    return "\n".join(dict.fromkeys(texts)) or None


@dataclass
class ReadOptions:
    """Choices the user makes about how to read values."""

    pad_siret_zeros: bool = False
    default_spend_date: date = field(default_factory=date.today)


class RecordBuilder:
    """Normalises mapped rows of one file (of the layout ``spec``, when known)."""

    def __init__(self, file_name: str, sectors: SectorIndex, options: ReadOptions,
                 spec: FormatSpec | None = None) -> None:
        self.file_name = file_name
        self.sectors = sectors
        self.options = options
        #: The source its structures are stored from, and whether it lists inclusive ones only.
        self.source = spec.source_name if spec else ""
        self.inclusive_directory = spec.inclusive_directory if spec else False
        self._kinds: dict[Any, tuple[str | None, bool]] = {}
        self._places: dict[Any, tuple[Any, Any, Any] | None] = {None: (None, None, None)}
        self._sector_memo: dict[Any, tuple[list[int], list[str]]] = {}
        #: The amounts of a spend file's purchases so far (its total lines add them up).
        self.spend_sums = RunningSums()

    def issue(self, line: int, field_name: str, value: Any, reason: str, severity: str,
              structure_name: str | None) -> RowIssue:
        """A row issue of this file, about the structure (or supplier) the row names, if any.

        A type naming no kind says why when it names the SIAE family (every reader of a kind,
        directory rows one by one or by blocks, purchase lines, raises ``UNKNOWN_KIND`` here).
        """
        text = "" if value is None else str(value)
        if reason == UNKNOWN_KIND and names_siae_family(text):
            reason = SIAE_FAMILY
        return RowIssue(self.file_name, line, field_name, text, reason, severity,
                        structure_name or "")

    def _flag(self, record: SupplierRecord, field_name: str, value: Any, reason: str) -> None:
        record.flags.append(self.issue(record.line, field_name, value, reason, FLAGGED,
                                       record.name))

    def supplier(self, line: int, values: dict[str, Any]) -> SupplierRecord | RowIssue:
        """A supplier record, or the reason the row is rejected."""
        name = short_text(values.get("name"), LIMITS["name"]) or short_text(
            values.get("brand"), LIMITS["brand"])
        if not name:
            return self.issue(line, "name", values.get("name"), NO_NAME, REJECTED, None)
        siret = values.get("siret")
        siret = siret if clean_text(siret) else values.get("siret_alt")
        if is_footer_line(name, siret):
            return self.issue(line, "name", name, FOOTER_NOT_STRUCTURE, TOTAL, name)
        record = SupplierRecord(self.file_name, line, name, normalise_name(name),
                                source=self.source,
                                inclusive_directory=self.inclusive_directory)
        record.brand = short_text(values.get("brand"), LIMITS["brand"])
        if record.brand == record.name:
            record.brand = None
        self._siret(record, siret)
        second = values.get("siret_alt") if clean_text(values.get("siret")) else None
        for field_name, value, reason in other_siret_remarks(record.siret, values.get("siren"),
                                                             second):
            self._flag(record, field_name, value, reason)
        self._place(record, values)
        self._contact_points(record, values)
        self._kind(record, values.get("kind"))
        self._sector_list(record, values.get("sectors"))
        self._nature(record, values)
        self._misc(record, values)
        return record

    def _siret(self, record: SupplierRecord, raw: Any) -> None:
        if type(raw) is str and len(raw) == 14 and is_plain_valid_siret(raw):
            record.siret, record.siret_status = raw, "valid"
            return
        if clean_text(raw) is None:
            return
        check = self.siret_check(raw)
        record.siret, record.siret_status = check.value, check.status.value
        if check.reason:
            self._flag(record, "siret", cell_text(raw), check.reason)

    def siret_check(self, raw: Any) -> SiretCheck:
        """The SIRET of a cell; a spreadsheet's date cell is none (its digits are no SIRET)."""
        if isinstance(raw, (date, time)):
            return SiretCheck(None, SiretStatus.MISSING, SIRET_IS_DATE)
        return fast_check_siret(raw, self.options.pad_siret_zeros)

    def _place(self, record: SupplierRecord, values: dict[str, Any]) -> None:
        address = full_address(values)
        record.address = address[:LIMITS["address"]] if address else None
        if not self.set_place(record, values):
            raw = values.get("post_code")
            self._flag(record, "post_code", raw, post_code_reason(raw))

    def set_place(self, record: SupplierRecord | SpendRecord, values: dict[str, Any]) -> bool:
        """Put a row's city and post code (department and region with it) on ``record``.

        False when the post code is unreadable: it is left out, for the caller to flag.
        """
        record.city = short_text(values.get("city"), LIMITS["city"])
        place = self.place_for(values.get("post_code"))
        if place is None:
            return False
        record.post_code, record.department_code, record.region_code = place
        return True

    def place_for(self, raw: Any) -> tuple[Any, Any, Any] | None:
        """(post code, department, region) of a raw cell, None if unreadable (memoised)."""
        if raw not in self._places:
            self._places[raw] = place_of(raw)
        return self._places[raw]

    def _contact_points(self, record: SupplierRecord, values: dict[str, Any]) -> None:
        for name, reader, reason in (
            ("phone", normalise_phone, BAD_PHONE),
            ("email", normalise_email, BAD_EMAIL),
        ):
            value, valid = reader(values.get(name))
            setattr(record, name, value[:LIMITS[name]] if value else None)
            if not valid:
                self._flag(record, name, values.get(name), reason)
        record.website = self._website(record, values.get("website"))
        record.social_website = short_text(values.get("social_website"),
                                           LIMITS["social_website"])
        record.contact = self._contact(record, values)

    def _website(self, record: SupplierRecord, raw: Any) -> str | None:
        """A web address cut to its limit; a text that is none is flagged and left out."""
        website, valid = normalise_website(raw)
        if not valid:
            self._flag(record, "website", raw, BAD_WEBSITE)
        return short_text(website, LIMITS["website"]) if valid else None

    def _contact(self, record: SupplierRecord, values: dict[str, Any]) -> ContactData | None:
        """The named contact of a row; without a name, its points are the structure's own."""
        first = short_text(values.get("contact_first_name"), LIMITS["contact_first_name"])
        last = short_text(values.get("contact_last_name"), LIMITS["contact_last_name"])
        if not (first or last):
            self._unnamed_contact(record, values)
            return None
        email, email_ok = normalise_email(values.get("contact_email"))
        phone, phone_ok = normalise_phone(values.get("contact_phone"))
        if not phone_ok:
            self._flag(record, "contact_phone", values.get("contact_phone"), BAD_PHONE)
        if not email_ok:
            self._flag(record, "contact_email", values.get("contact_email"), BAD_EMAIL)
        return ContactData(first, last, email, phone)

    def _unnamed_contact(self, record: SupplierRecord, values: dict[str, Any]) -> None:
        """A nameless contact's e-mail and phone: the structure's own (the Marché's columns).

        They merge as its other fields do; one is flagged unkept where the row gives another.
        """
        unkept: list[str] = []
        for name, reader, reason in (("email", normalise_email, BAD_EMAIL),
                                     ("phone", normalise_phone, BAD_PHONE)):
            raw = values.get(f"contact_{name}")
            value, valid = reader(raw)
            if value is None:
                continue
            if getattr(record, name) not in (None, value[:LIMITS[name]]):
                unkept.append(str(clean_text(raw)))
                continue
            setattr(record, name, value[:LIMITS[name]])
            if not valid:
                self._flag(record, name, raw, reason)
        if unkept:
            self._flag(record, "contact_last_name", ", ".join(unkept), CONTACT_WITHOUT_NAME)

    def kind_of(self, raw: Any) -> tuple[str | None, bool]:
        """(kind, whether the text names no known kind) of a raw cell (memoised).

        An empty cell, or a text naming no kind, gives None: no value, that the merge never
        writes over a known kind (a new structure without one is classic).
        """
        if raw not in self._kinds:
            text = clean_text(raw)
            kind = parse_kind(text) if text else None
            self._kinds[raw] = (str(kind) if kind else None, bool(text) and kind is None)
        return self._kinds[raw]

    def _kind(self, record: SupplierRecord, raw: Any) -> None:
        record.kind, unknown = self.kind_of(raw)
        if unknown:
            self._flag(record, "kind", clean_text(raw), UNKNOWN_KIND)

    def sectors_of(self, raw: Any) -> tuple[list[int], list[str]]:
        """(reference sector ids, unknown sector texts) of a raw cell (memoised)."""
        key = tuple(raw) if isinstance(raw, list) else raw
        if key not in self._sector_memo:
            self._sector_memo[key] = self._read_sectors(raw)
        return self._sector_memo[key]

    def _sector_list(self, record: SupplierRecord, raw: Any) -> None:
        ids, extras = self.sectors_of(raw)
        record.sector_ids = list(ids)
        record.extra_sectors = list(extras)
        for item in extras:
            self._flag(record, "sectors", item, UNKNOWN_SECTOR)

    def _read_sectors(self, raw: Any) -> tuple[list[int], list[str]]:
        """A list's item may be a sector's texts (API name, slug): the slug tried first."""
        ids: list[int] = []
        extras: list[str] = []
        for item in self.sectors.items(raw) if not isinstance(raw, list) else raw:
            texts = item if isinstance(item, tuple) else (item,)
            found = (self.sectors.find(text) for text in reversed(texts))
            sector_id = next((i for i in found if i is not None), None)
            if sector_id is not None:
                if sector_id not in ids:
                    ids.append(sector_id)
            elif texts[0] not in extras:
                extras.append(texts[0])
        return ids, extras

    def _nature(self, record: SupplierRecord, values: dict[str, Any]) -> None:
        """From a nature cell, or from SIRENE's head office flag where the file has one."""
        name, read = ("head_office", head_office_nature) if "head_office" in values else (
            "nature", nature_of)
        record.nature, unknown = read(values.get(name))
        if unknown:
            self._flag(record, name, clean_text(values.get(name)), UNKNOWN_NATURE)

    def _misc(self, record: SupplierRecord, values: dict[str, Any]) -> None:
        get = values.get
        for name in NUMBER_FIELDS:
            if name in values:
                number, unreadable = number_of(get(name))
                setattr(record, name, number)
                if unreadable:
                    self._flag(record, name, clean_text(get(name)), BAD_NUMBER)
        if "legal_form" in values:
            record.legal_form = short_text(get("legal_form"), LIMITS["legal_form"])
        if "source_id" in values:
            record.source_id = short_text(get("source_id"), LIMITS["source_id"])
        if "notes" in values:
            record.notes = notes_text(get("notes"))
        if "service_types" in values:
            record.service_types = text_list(get("service_types"))
        if "networks" in values:
            record.networks = text_list(get("networks"))
        record.offers = get("offers") or []
        if "client_references" in values:
            record.client_references = client_references(get("client_references"))
        if "labels" in values:
            record.labels = label_names(get("labels"))
        record.is_qpv = get("is_qpv")
