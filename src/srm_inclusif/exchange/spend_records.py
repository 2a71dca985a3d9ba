"""Turn one mapped spend row (field → raw value) into a spend record, or its refusals."""

from __future__ import annotations

from datetime import date
from typing import Any

from srm_inclusif.core import clock
from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.geo import post_code_reason
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import read_amount, to_cents
from srm_inclusif.core.normalise import (
    EARLIEST_DAY,
    clean_text,
    is_footer_line,
    latest_day,
    parse_date,
    parse_year,
)
from srm_inclusif.exchange.cell_values import cell_text, short_text
from srm_inclusif.exchange.records import UNKNOWN_KIND, RecordBuilder
from srm_inclusif.exchange.siret_advice import with_padding_advice
from srm_inclusif.exchange.spend_totals import SUBTOTAL_NAME, is_total_line
from srm_inclusif.exchange.text_limits import SPEND_LIMITS as LIMITS
from srm_inclusif.storage.services.import_records import (
    FLAGGED,
    REJECTED,
    TOTAL,
    RowIssue,
    SpendRecord,
)

#: Reasons a spend row is refused (context "ImportReasons", as the structures' reasons).
NO_SIRET_NOR_NAME = QT_TRANSLATE_NOOP("ImportReasons", "Ni SIRET ni raison sociale.")
BAD_DATE = QT_TRANSLATE_NOOP("ImportReasons",
                             "Date illisible (attendu 31/12/2025 ou 2025-12-31).")
BAD_YEAR = QT_TRANSLATE_NOOP("ImportReasons", "Année illisible (attendu 2025).")
#: A date read but out of the range a purchase may have (``normalise.EARLIEST_DAY``,
#: ``normalise.latest_day``): a typo in its year would count its amount in another fiscal year.
DATE_TOO_EARLY = QT_TRANSLATE_NOOP(
    "ImportReasons", "Date invraisemblable : {day}, avant 1990. Une faute de frappe dans "
    "l'année ? Le montant compterait dans un autre exercice.")
DATE_TOO_LATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Date invraisemblable : {day}, plus d'un an après aujourd'hui ({today}). "
    "Une faute de frappe dans l'année ? Le montant compterait dans un autre exercice.")
#: The same, of the day chosen for the lines without a date (``import spend --date``).
DEFAULT_DAY_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Errors", "Date des lignes sans date invraisemblable : {day}, avant 1990. Une faute de "
    "frappe dans l'année ? Elles compteraient dans un autre exercice.")
DEFAULT_DAY_TOO_LATE = QT_TRANSLATE_NOOP(
    "Errors", "Date des lignes sans date invraisemblable : {day}, plus d'un an après "
    "aujourd'hui ({today}). Une faute de frappe dans l'année ? Elles compteraient dans un autre "
    "exercice.")
NO_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Date absente : ligne datée du {day} (date choisie pour les lignes sans "
    "date).")
FOOTER_NOT_PURCHASE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne de total ou de pagination, pas un achat.")
#: « Total Energies » without SIRET, adding up no lines above it, with a purchase's date: a company
#: so named, or an ERP's subtotal of one supplier (``spend_totals``): imported, flagged.
PROBABLE_SUBTOTAL = QT_TRANSLATE_NOOP(
    "ImportReasons", "Nom commençant par « Total », sans SIRET : importée comme un achat. Si "
    "c'est un sous-total et non un fournisseur, retirez la ligne du fichier : son montant "
    "compterait deux fois.")


def spend_record(builder: RecordBuilder, line: int,
                 values: dict[str, Any]) -> SpendRecord | list[RowIssue]:
    """A spend record, or every reason the row is rejected (each its own issue).

    All of a line's refusals are given at once: fixed one by one, each re-import would
    meet the next. A total line is only that (its other cells are the total's, not wrong).
    """
    name = _kept(values, "supplier_name")
    raw_siret = values.get("siret")
    amount = read_amount(values.get("amount"))
    sums = builder.spend_sums
    if is_footer_line(name, raw_siret) or is_total_line(name, raw_siret, amount, values, sums):
        sums.total_met()  # its amount adds up the lines above
        field_name, value = ("supplier_name", name) if name else ("amount", values.get("amount"))
        return [builder.issue(line, field_name, value, FOOTER_NOT_PURCHASE, TOTAL, name)]
    refusals: list[RowIssue] = []
    check = with_padding_advice(builder.siret_check(raw_siret))
    if isinstance(amount, str):  # why it is refused: unreadable, TTC, ambiguous...
        refusals.append(builder.issue(line, "amount", values.get("amount"), amount, REJECTED,
                                      name))
    if not name and check.value is None:
        refusals.append(builder.issue(line, "siret", raw_siret, NO_SIRET_NOR_NAME, REJECTED,
                                      None))
    spend_date = _spend_date(builder, line, values, name)
    if isinstance(spend_date, RowIssue):
        refusals.append(spend_date)
    if refusals or isinstance(amount, str) or isinstance(spend_date, RowIssue):
        if check.reason:  # said too: fixed with the rest, the line is not refused again
            refusals.insert(0, builder.issue(line, "siret", cell_text(raw_siret),
                                             check.reason, REJECTED, name))
        return refusals  # (the last two are refusals too: said for the type checker)
    record = SpendRecord(
        builder.file_name, line, name, check.value, check.status.value, to_cents(amount),
        spend_date, _kept(values, "purchase_category"),
        _kept(values, "buying_entity"), _kept(values, "buyer"),
        _kept(values, "invoice_number"))
    if check.reason:
        record.flags.append(builder.issue(line, "siret", cell_text(raw_siret), check.reason,
                                          FLAGGED, name))
    if _without_date(values):  # its column is empty there: the day chosen is not the file's
        column = "spend_date" if "spend_date" in values else "year"
        record.flags.append(builder.issue(
            line, column, cell_text(values[column]),
            NO_DATE.format(day=spend_date.strftime("%d/%m/%Y")), FLAGGED, name))
    sums.add(amount)
    if name and check.value is None and SUBTOTAL_NAME.match(name):
        record.flags.append(builder.issue(line, "supplier_name", name, PROBABLE_SUBTOTAL,
                                          FLAGGED, name))
    _counterparty_details(builder, record, values)
    return record


def _counterparty_details(builder: RecordBuilder, record: SpendRecord,
                          values: dict[str, Any]) -> None:
    """The kind, post code and city a spend line gives its counterparty, if any."""
    record.kind, unknown = builder.kind_of(values.get("kind"))
    if unknown:
        record.flags.append(builder.issue(record.line, "kind", clean_text(values.get("kind")),
                                          UNKNOWN_KIND, FLAGGED, record.supplier_name))
    if not builder.set_place(record, values):
        raw = values.get("post_code")
        record.flags.append(builder.issue(record.line, "post_code", raw, post_code_reason(raw),
                                          FLAGGED, record.supplier_name))


def _without_date(values: dict[str, Any]) -> bool:
    """Whether a line has a date or year column but no date nor year in it."""
    dated = [values[key] for key in ("spend_date", "year") if key in values]
    return bool(dated) and all(clean_text(raw) is None and not isinstance(raw, date)
                               for raw in dated)


def _spend_date(builder: RecordBuilder, line: int, values: dict[str, Any],
                name: str | None) -> date | RowIssue:
    """The line's date, else the end of its year, else the default; unreadable: rejected."""
    raw = values.get("spend_date")
    if clean_text(raw) is not None or isinstance(raw, date):
        read, field_name, reason = parse_date(raw), "spend_date", BAD_DATE
    elif clean_text(raw := values.get("year")) is not None:
        year = parse_year(raw)
        read = date(year, 12, 31) if year is not None else None
        field_name, reason = "year", BAD_YEAR
    else:
        return builder.options.default_spend_date
    if read is not None and (implausible := _implausible(read, year=field_name == "year")):
        reason, read = implausible, None
    return read or builder.issue(line, field_name, raw, reason, REJECTED, name)


def check_default_day(day: date) -> None:
    """Raise a ``ValidationError`` (field ``spend_date``) when ``day`` cannot date undated lines.

    The rule of the dates read in a file: a typo in its year would count their amounts in
    another fiscal year. Checked before anything is read (the command line's ``--date``, the
    wizard's date field).
    """
    if reason := _out_of_range(day, (DEFAULT_DAY_TOO_EARLY, DEFAULT_DAY_TOO_LATE), year=False):
        raise ValidationError.of(reason, field="spend_date", day=day.strftime("%d/%m/%Y"),
                                 today=clock.system_today().strftime("%d/%m/%Y"))


def _implausible(day: date, *, year: bool) -> str | None:
    """Why a purchase cannot be of ``day`` (named as the file gives it: a year alone), if so."""
    if (reason := _out_of_range(day, (DATE_TOO_EARLY, DATE_TOO_LATE), year=year)) is None:
        return None
    return reason.format(day=str(day.year) if year else day.strftime("%d/%m/%Y"),
                         today=clock.system_today().strftime("%d/%m/%Y"))


def _out_of_range(day: date, reasons: tuple[str, str], *, year: bool) -> str | None:
    """The first of ``reasons`` for a day before 1990, the second for one over a year ahead.

    A year alone is dated on its last day, but may be of any of its days: next year is fine.
    """
    if day < EARLIEST_DAY:
        return reasons[0]
    if (day.replace(month=1, day=1) if year else day) > latest_day(clock.system_today()):
        return reasons[1]
    return None


def _kept(values: dict[str, Any], field: str) -> str | None:
    """A short text field of a line, on one line and cut to what the workspace keeps."""
    return short_text(values.get(field), LIMITS[field])
