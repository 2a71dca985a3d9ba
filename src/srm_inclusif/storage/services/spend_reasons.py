"""Why an imported spend line is reported: the remarks stored with it, in French.

Stored in French; the UI translates them (context "ImportReasons"). A structure inclusive's
spend lines are her sales to her clients: her remarks say so.
"""

from __future__ import annotations

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import FRENCH
from srm_inclusif.core.vocabulary import SPEND_BASIS_LABELS, SpendBasis
from srm_inclusif.storage.services.import_records import RowIssue
from srm_inclusif.storage.services.spend_counterparty import (
    CLIENT_CREATED_FROM_FILE,
    CLIENT_CREATED_FROM_FILE_LINES,
    CREATED_FROM_FILE,
    CREATED_FROM_FILE_LINES,
)

#: Why a spend line is flagged (stored in French; the UI translates, context "ImportReasons").
UNKNOWN_SUPPLIER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur absent de l'espace : dépense rattachée à un fournisseur "
    "classique créé pour l'occasion.")
#: The same, on the first of several lines of the supplier (said on that line only).
UNKNOWN_SUPPLIER_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Fournisseur absent de l'espace : fournisseur classique créé pour "
    "l'occasion, auquel sont rattachées ses {lines} lignes de l'import (remarque sur la première "
    "seulement).")
UNKNOWN_BUYER = QT_TRANSLATE_NOOP(
    "ImportReasons", "Acheteur inconnu dans l'espace : la ligne est importée sans acheteur.")
#: The same, on the first of several lines naming the buyer (said on that line only).
UNKNOWN_BUYER_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Acheteur inconnu dans l'espace : les {lines} lignes de l'import qui le "
    "nomment sont importées sans acheteur (remarque sur la première seulement).")
#: The same, on a line already stored, unchanged, that a re-import finds still without its buyer.
UNKNOWN_BUYER_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Acheteur inconnu dans l'espace : ligne déjà importée, inchangée, toujours "
    "sans acheteur.")
UNKNOWN_BUYER_KEPT_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Acheteur inconnu dans l'espace : les {lines} lignes déjà importées qui le "
    "nomment, inchangées, restent sans acheteur (remarque sur la première seulement).")
UNKNOWN_SALESPERSON_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Commercial inconnu dans l'espace : vente déjà importée, inchangée, "
    "toujours sans commercial.")
UNKNOWN_SALESPERSON_KEPT_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Commercial inconnu dans l'espace : les {lines} ventes déjà importées qui "
    "le nomment, inchangées, restent sans commercial (remarque sur la première seulement).")
#: The same, in a structure inclusive's words: her lines are sales to her clients.
UNKNOWN_CLIENT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Client absent de l'espace : vente rattachée à un client créé pour "
    "l'occasion.")
UNKNOWN_CLIENT_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Client absent de l'espace : client créé pour l'occasion, auquel sont "
    "rattachées ses {lines} ventes de l'import (remarque sur la première seulement).")
UNKNOWN_SALESPERSON = QT_TRANSLATE_NOOP(
    "ImportReasons", "Commercial inconnu dans l'espace : la ligne est importée sans commercial.")
UNKNOWN_SALESPERSON_LINES = QT_TRANSLATE_NOOP(
    "ImportReasons", "Commercial inconnu dans l'espace : les {lines} ventes de l'import qui le "
    "nomment sont importées sans commercial (remarque sur la première seulement).")
IMPLAUSIBLE_AMOUNT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Un milliard d'euros ou plus sur une seule ligne : montant gardé, "
    "vérifiez-le.")
INVOICE_UPDATED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette "
    "date prend le montant et les autres valeurs du fichier.")
#: The same, when the amount changes: the user sees the correction (« 1 780 € → 1 870 € »).
INVOICE_AMOUNT_UPDATED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà importée pour ce fournisseur : la ligne enregistrée à cette "
    "date passe de {old} à {new} HT et prend les autres valeurs du fichier.")
CLIENT_INVOICE_AMOUNT_UPDATED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà importée pour ce client : la ligne enregistrée à cette "
    "date passe de {old} à {new} HT et prend les autres valeurs du fichier.")
#: An invoice (same supplier, number, amount) stored under another basis: a file imported once
#: as paid, once as invoiced, is in both (the same words for a seller's sales).
OTHER_BASIS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà importée en base « {basis} » à la date du {day}, au même "
    "montant : cette ligne l'ajoute en base « {new_basis} ». Si vous ne suivez qu'une base, "
    "annulez cet import et importez à nouveau le fichier dans la première.")
#: A SIRET that failed its check is not written on the card an import creates (as typed by hand,
#: it would be refused): the card goes by its name.
SIRET_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "SIRET invalide non repris sur la fiche du nouveau fournisseur : "
    "corrigez-le sur sa fiche.")
CLIENT_SIRET_NOT_KEPT = QT_TRANSLATE_NOOP(
    "ImportReasons", "SIRET invalide non repris sur la fiche du nouveau client : "
    "corrigez-le sur sa fiche.")
HAND_LINE_REPLACED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Achat saisi à la main remplacé par la ligne du fichier (même n° de facture, "
    "même date) : il en prend le montant et les autres valeurs et compte désormais comme "
    "importé ; son contrat est gardé.")
SAME_DAY_LINE_LEFT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne ajoutée, mais ce fournisseur a déjà à cette date une dépense absente "
    "du fichier : sans n° de facture, l'une ne remplace pas l'autre. Si c'est une correction, "
    "les deux sont comptées.")
#: A line read twice by one import: in an earlier file (the same file given twice), or with its
#: invoice number earlier in its file. Merged: the purchase counts once.
SAME_PURCHASE_OF_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même achat que la ligne {line} de « {file} », déjà lue dans cet import : "
    "compté une fois.")
SAME_PURCHASE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même achat que la ligne {line} (même facture, même date, même montant) : "
    "compté une fois.")
#: Without an invoice number, two identical lines of a file may be two purchases: both kept.
SAME_LINE_NO_INVOICE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même fournisseur, même date et même montant que la ligne {line}, sans n° "
    "de facture : ligne ajoutée, les deux achats sont comptés. Si c'est un doublon, retirez-la "
    "du fichier.")
#: An invoice number and amount stored or read at another date: a re-export, or a monthly order.
INVOICE_OTHER_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà comptée pour ce fournisseur, au même montant, à la date du "
    "{day} : cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, "
    "retirez l'une des deux lignes.")
#: A line matched by name only, when several stored counterparties bear that name and its post
#: code or city does not pick one (``{candidates}``: each one's name and place).
HOMONYMS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs structures portent ce nom : {candidates}. Ajoutez le SIRET ou "
    "le code postal sur la ligne.")
HOMONYMS_AT_PLACE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs structures portent ce nom à {place} : {candidates}. Ajoutez le "
    "SIRET sur la ligne.")
HOMONYMS_ELSEWHERE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs structures portent ce nom, aucune à {place} : {candidates}. "
    "Corrigez le code postal ou ajoutez le SIRET sur la ligne.")
#: The same three, in a structure inclusive's words.
CLIENT_HOMONYMS = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs clients portent ce nom : {candidates}. Ajoutez le SIRET ou "
    "le code postal sur la ligne.")
CLIENT_HOMONYMS_AT_PLACE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs clients portent ce nom à {place} : {candidates}. Ajoutez le "
    "SIRET sur la ligne.")
CLIENT_HOMONYMS_ELSEWHERE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Plusieurs clients portent ce nom, aucun à {place} : {candidates}. "
    "Corrigez le code postal ou ajoutez le SIRET sur la ligne.")
#: The reasons with candidates filled in (the UI reads them back to their template).
HOMONYM_REASONS = (HOMONYMS, HOMONYMS_AT_PLACE, HOMONYMS_ELSEWHERE, CLIENT_HOMONYMS,
                   CLIENT_HOMONYMS_AT_PLACE, CLIENT_HOMONYMS_ELSEWHERE)
#: The four of a line read twice or re-dated, in a structure inclusive's words.
SAME_SALE_OF_FILE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même vente que la ligne {line} de « {file} », déjà lue dans cet import : "
    "comptée une fois.")
SAME_SALE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même vente que la ligne {line} (même facture, même date, même montant) : "
    "comptée une fois.")
SAME_SALE_NO_INVOICE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Même client, même date et même montant que la ligne {line}, sans n° de "
    "facture : ligne ajoutée, les deux ventes sont comptées. Si c'est un doublon, retirez-la du "
    "fichier.")
CLIENT_INVOICE_OTHER_DATE = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà comptée pour ce client, au même montant, à la date du {day} : "
    "cette ligne la compte une deuxième fois. Si elle a été réexportée à une autre date, retirez "
    "l'une des deux lignes.")
#: The same three, in a structure inclusive's words.
CLIENT_INVOICE_UPDATED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Facture déjà importée pour ce client : la ligne enregistrée à cette "
    "date prend le montant et les autres valeurs du fichier.")
HAND_SALE_REPLACED = QT_TRANSLATE_NOOP(
    "ImportReasons", "Vente saisie à la main remplacée par la ligne du fichier (même n° de "
    "facture, même date) : elle en prend le montant et les autres valeurs et compte désormais "
    "comme importée ; son contrat est gardé.")
SAME_DAY_SALE_LEFT = QT_TRANSLATE_NOOP(
    "ImportReasons", "Ligne ajoutée, mais ce client a déjà à cette date une vente absente "
    "du fichier : sans n° de facture, l'une ne remplace pas l'autre. Si c'est une correction, "
    "les deux sont comptées.")

#: Each remark in a structure inclusive's words: her spend lines are her sales to her clients.
SELLER_REASONS = {
    UNKNOWN_SUPPLIER: UNKNOWN_CLIENT, UNKNOWN_BUYER: UNKNOWN_SALESPERSON,
    CREATED_FROM_FILE: CLIENT_CREATED_FROM_FILE, INVOICE_UPDATED: CLIENT_INVOICE_UPDATED,
    UNKNOWN_SUPPLIER_LINES: UNKNOWN_CLIENT_LINES, UNKNOWN_BUYER_LINES: UNKNOWN_SALESPERSON_LINES,
    CREATED_FROM_FILE_LINES: CLIENT_CREATED_FROM_FILE_LINES,
    HAND_LINE_REPLACED: HAND_SALE_REPLACED, SAME_DAY_LINE_LEFT: SAME_DAY_SALE_LEFT,
    HOMONYMS: CLIENT_HOMONYMS, HOMONYMS_AT_PLACE: CLIENT_HOMONYMS_AT_PLACE,
    HOMONYMS_ELSEWHERE: CLIENT_HOMONYMS_ELSEWHERE,
    SAME_PURCHASE_OF_FILE: SAME_SALE_OF_FILE, SAME_PURCHASE: SAME_SALE,
    SAME_LINE_NO_INVOICE: SAME_SALE_NO_INVOICE, INVOICE_OTHER_DATE: CLIENT_INVOICE_OTHER_DATE,
    INVOICE_AMOUNT_UPDATED: CLIENT_INVOICE_AMOUNT_UPDATED,
    SIRET_NOT_KEPT: CLIENT_SIRET_NOT_KEPT, UNKNOWN_BUYER_KEPT: UNKNOWN_SALESPERSON_KEPT,
    UNKNOWN_BUYER_KEPT_LINES: UNKNOWN_SALESPERSON_KEPT_LINES,
}
#: The remarks of this module and ``spend_counterparty`` with a part filled in (the UI reads
#: them back to their template), homonyms aside.
FILLED_SPEND_REASONS = (
    UNKNOWN_SUPPLIER_LINES, UNKNOWN_CLIENT_LINES, CREATED_FROM_FILE_LINES,
    CLIENT_CREATED_FROM_FILE_LINES, SAME_PURCHASE_OF_FILE, SAME_PURCHASE, SAME_LINE_NO_INVOICE,
    INVOICE_OTHER_DATE, SAME_SALE_OF_FILE, SAME_SALE, SAME_SALE_NO_INVOICE,
    CLIENT_INVOICE_OTHER_DATE, UNKNOWN_BUYER_LINES, UNKNOWN_SALESPERSON_LINES,
    INVOICE_AMOUNT_UPDATED, CLIENT_INVOICE_AMOUNT_UPDATED, OTHER_BASIS,
    UNKNOWN_BUYER_KEPT_LINES, UNKNOWN_SALESPERSON_KEPT_LINES)


def count_text(count: int) -> str:
    """A count as a stored remark writes it, in French whatever the UI: « 15 031 »."""
    return f"{count:,}".replace(",", FRENCH.thousands)


def basis_word(basis: str) -> str:
    """A spend basis as a stored remark names it, in French: « payé », « facturé »."""
    return SPEND_BASIS_LABELS[SpendBasis(basis)].lower()


class CountedRemark:
    """A remark said on the first line of several only, with their number kept up to date.

    « Fournisseur absent » or « Acheteur inconnu » on each line of a big extract drowned the
    report: it is said once, on the first line, and counts the lines it is about.
    """

    def __init__(self, issue: RowIssue, counted: str) -> None:
        self.issue = issue
        self.counted = counted  # the remark with ``{lines}``, in the workspace's words
        self.lines = 1

    def one_more_line(self) -> None:
        """Count a further line the remark is about."""
        self.lines += 1
        self.issue.reason = self.counted.format(lines=count_text(self.lines))
