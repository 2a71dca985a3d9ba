"""Read-only parts of the card: follow-up (timeline, contracts, spend, feedback) and provenance."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from srm_inclusif.core.errors import NotFoundError
from srm_inclusif.core.money import amount_text, format_eur
from srm_inclusif.core.numbers import day_text, score_text
from srm_inclusif.core.vocabulary import ContractKind, Profile, SpendBasis, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_card import CounterpartyCard, load_card
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.field_labels import FIELD_LABELS, field_label
from srm_inclusif.ui.lifecycle.stage_reasons import stage_reason_text
from srm_inclusif.ui.mnemonics import give_letters, list_title

#: Hand-edited fields are listed in the order of the card.
FIELD_ORDER = {field: position for position, field in enumerate(FIELD_LABELS)}


class FollowUpPanel(QWidget):
    """The card's Suivi tab: the feedback average, then lists each under its bold title.

    « Achats… » beside the yearly spend opens the purchases of the structure, to type some;
    the yearly spend is read again whenever spend changes while the card is open.
    """

    def __init__(self, card: CounterpartyCard, profile: Profile,
                 ctx: WorkspaceContext | None = None) -> None:
        super().__init__()
        self.setObjectName("followUp")
        self.card = card
        self.profile = profile
        self.ctx: WorkspaceContext | None = None
        self.titles: list[QLabel] = []
        #: The titles and buttons given an Alt letter, in reading order.
        self._lettered: list[QLabel | QPushButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(FeedbackAverageLabel(card))
        self.spend_button = QPushButton(
            QCoreApplication.translate("CounterpartyCard", "Achats…")
            if profile is Profile.ACHETEUR
            else QCoreApplication.translate("CounterpartyCard", "Ventes…"))
        self.spend_button.setObjectName("spendEntry")
        self.spend_button.setToolTip(QCoreApplication.translate(
            "CounterpartyCard", "Voir, saisir, modifier ou supprimer les montants HT de la "
            "structure, un par facture, commande ou paiement.") if profile is Profile.ACHETEUR
            else QCoreApplication.translate(
            "CounterpartyCard", "Voir, saisir, modifier ou supprimer les montants HT vendus à "
            "ce client, un par facture, commande ou paiement."))
        self.spend_button.clicked.connect(self._on_spend)
        if ctx is not None:
            self._attach(ctx)

    def add_list(self, title: str, name: str, lines: list[str],
                 button: QPushButton | None = None) -> QListWidget:
        """A read-only list under its title (its Alt letter leads to the list), a button beside."""
        label = list_title(title)
        items = QListWidget()
        items.setObjectName(name)
        items.addItems(lines)
        label.setBuddy(items)
        self.titles.append(label)
        self._lettered.append(label)
        heading = QHBoxLayout()
        heading.addWidget(label)
        heading.addStretch(1)
        if button is not None:
            heading.addWidget(button)
            self._lettered.append(button)
        box = QWidget()
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addLayout(heading)
        box_layout.addWidget(items)
        self._layout.addWidget(box)
        return items

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """Alt letters for the lists' titles and buttons, none of ``taken`` (the card's tabs)."""
        give_letters(self._lettered, taken)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 — Qt's name
        """Once in its card, follow the workspace's changes (the card holds the context)."""
        if self.ctx is None and isinstance(ctx := getattr(self.window(), "ctx", None),
                                           WorkspaceContext):
            self._attach(ctx)
        super().showEvent(event)

    def _attach(self, ctx: WorkspaceContext) -> None:
        self.ctx = ctx
        ctx.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, changes: Changes) -> None:
        if self.ctx is None or not changes.touches("spend"):
            return
        try:
            self.card = load_card(self.ctx.engine, counterparty_id=self.card.id)
        except NotFoundError:  # merged into another one: the card says so when saved
            return
        spend = self.findChild(QListWidget, "spendByYear")
        spend.clear()
        spend.addItems(spend_texts(self.card))

    def _on_spend(self) -> None:
        if self.ctx is None:
            return
        from srm_inclusif.ui.spend_dialog import SpendDialog

        dialog = SpendDialog(self.ctx, self.card.id, str(self.card.values.get("name") or ""),
                             self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def spend_texts(card: CounterpartyCard) -> list[str]:
    """The card's spend, one line a year (or a line saying there is none)."""
    return year_totals_texts(card.spend_by_year) or [
        QCoreApplication.translate("CounterpartyCard", "Aucun montant enregistré.")]


def year_totals_texts(totals: Iterable[tuple[int, str, int]]) -> list[str]:
    """One line a year, newest first, its bases in their order, never added together.

    « 2026 : facturé 1 000,50 € · payé −150 € »: the card's Suivi tab and the purchases dialog
    say the year's totals so, cents shown when there are some.
    """
    order = list(SpendBasis)
    years: dict[int, list[str]] = {}
    for year, basis, cents in sorted(totals, key=lambda t: (-t[0], order.index(SpendBasis(t[1])))):
        years.setdefault(year, []).append(
            QCoreApplication.translate("CounterpartyCard", "{basis} {amount}").format(
                basis=SpendBasis(basis).label.lower(), amount=amount_text(cents)))
    return [QCoreApplication.translate("CounterpartyCard", "{year} : {totals}").format(
        year=year, totals=" · ".join(amounts)) for year, amounts in years.items()]


def follow_up_widget(card: CounterpartyCard, profile: Profile,
                     ctx: WorkspaceContext | None = None) -> FollowUpPanel:
    """Timeline, contracts, spend per year and the average feedback score of a card.

    Without ``ctx``, the panel takes its card's once shown.
    """
    widget = FollowUpPanel(card, profile, ctx)
    widget.add_list(
        QCoreApplication.translate("CounterpartyCard", "Achats par année (HT)")
        if profile is Profile.ACHETEUR
        else QCoreApplication.translate("CounterpartyCard", "Ventes par année (HT)"),
        "spendByYear", spend_texts(card), widget.spend_button,
    )
    widget.add_list(
        QCoreApplication.translate("CounterpartyCard", "Contrats"),
        "cardContracts",
        [
            f"{c.title} – {ContractKind(c.kind).label}"
            f"{' – ' + format_eur(c.amount_cents) if c.amount_cents is not None else ''}"
            f"{_ends_on(c.end_date) if c.end_date else ''}"
            for c in card.contracts
        ]
        or [QCoreApplication.translate("CounterpartyCard", "Aucun contrat.")],
    )
    widget.add_list(
        QCoreApplication.translate("CounterpartyCard", "Historique de la relation"),
        "cardTimeline",
        [
            QCoreApplication.translate("CounterpartyCard", "{day} : {stage}").format(
                day=day_text(e.changed_on), stage=Stage(e.to_stage).label)
            + f"{_coming_from(Stage(e.from_stage).label) if e.from_stage else ''}"
            f"{' – ' + stage_reason_text(e.reason) if e.reason else ''}"
            for e in card.timeline
        ]
        or [QCoreApplication.translate("CounterpartyCard", "Aucune étape enregistrée.")],
    )
    return widget


def _ends_on(day: date) -> str:
    return QCoreApplication.translate("CounterpartyCard", " – fin le {day}").format(
        day=day_text(day))


def _coming_from(stage: str) -> str:
    return QCoreApplication.translate("CounterpartyCard", " (depuis {stage})").format(stage=stage)


class FeedbackAverageLabel(QLabel):
    """The average feedback score of a card and how many feedbacks it rests on."""

    def __init__(self, card: CounterpartyCard) -> None:
        super().__init__()
        self.setObjectName("feedbackAverage")
        if card.feedback_average is None:
            self.setText(self.tr(
                "Note moyenne des retours d'expérience : aucun retour pour l'instant."))
            return
        average = score_text(card.feedback_average)
        # tr() rather than QCoreApplication.translate: lupdate only sees the plural in tr().
        self.setText(self.tr("Note moyenne des retours d'expérience : %1 (%n retour(s))",
                             "", card.feedback_count).replace("%1", average))


def provenance_text(card: CounterpartyCard) -> str:
    """Where the record comes from and which fields were changed by hand."""
    lines = [
        QCoreApplication.translate("CounterpartyCard", "Créée le %1").replace(
            "%1", day_text(card.created_at)
        )
    ]
    if card.source:
        source = (
            card.source
            if card.source != "saisie"
            else QCoreApplication.translate("CounterpartyCard", "saisie manuelle")
        )
        lines.append(
            QCoreApplication.translate("CounterpartyCard", "Source : %1").replace("%1", source)
            + (" " + QCoreApplication.translate("CounterpartyCard", "(réf. %1)").replace(
                "%1", str(card.source_id)) if card.source_id else "")
        )
    if card.imported_at:
        lines.append(
            QCoreApplication.translate("CounterpartyCard", "Dernier import : %1").replace(
                "%1", day_text(card.imported_at)
            )
        )
    if card.siret_status != "valid":
        status = {
            "missing": QCoreApplication.translate("CounterpartyCard", "absent"),
            "invalid": QCoreApplication.translate("CounterpartyCard", "invalide"),
            "unverified": QCoreApplication.translate("CounterpartyCard", "à vérifier"),
        }.get(card.siret_status, card.siret_status)
        lines.append(
            QCoreApplication.translate("CounterpartyCard", "SIRET : %1").replace("%1", status)
        )
    if card.edited_fields:
        lines.append(
            QCoreApplication.translate(
                "CounterpartyCard", "Champs modifiés à la main (protégés des imports) : %1"
            ).replace("%1", ", ".join(field_label(f) for f in sorted(
                card.edited_fields, key=lambda f: (FIELD_ORDER.get(f, len(FIELD_ORDER)), f))))
        )
    return "\n".join(lines)
