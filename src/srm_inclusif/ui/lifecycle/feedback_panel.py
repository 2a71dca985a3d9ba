"""Feedback of the selected contract: list, reply, exchange file out and in, PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.numbers import day_text, score_text
from srm_inclusif.exchange.feedback_document import feedback_html
from srm_inclusif.exchange.feedback_exchange import check_reply_matches, export_feedback, read_reply
from srm_inclusif.storage.services.feedback import FeedbackDetail, get_feedback, list_feedback
from srm_inclusif.ui import file_dialogs, read_only_banner
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.offers import offer

ID_ROLE = Qt.ItemDataRole.UserRole


class FeedbackPanel(QWidget):
    """The feedbacks of one contract and what can be done with each."""

    def __init__(self, ctx: WorkspaceContext, controller: LifecycleController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.controller = ctx, controller
        self.contract_id: int | None = None
        self.list = QListWidget()
        self.list.setObjectName("feedbackList")
        self.view = QTextBrowser()
        self.view.setObjectName("feedbackView")
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text in (("new", self.tr("Nouveau retour…")),
                          ("export", self.tr("Envoyer pour réponse…")),
                          ("import", self.tr("Importer la réponse…")),
                          ("pdf", self.tr("PDF…")), ("action", self.tr("Action…"))):
            button = QPushButton(text)
            button.setObjectName(f"feedback_{key}")
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Retours d'expérience du contrat</b>")))
        layout.addLayout(row)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        body.addWidget(self.view, 2)
        layout.addLayout(body)
        self._connect_signals()
        self.show_contract(None)

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._on_current)
        self.buttons["new"].clicked.connect(
            lambda: self.contract_id and self.controller.give_feedback(self.contract_id))
        self.buttons["export"].clicked.connect(self._on_export)
        self.buttons["import"].clicked.connect(self._on_import)
        self.buttons["pdf"].clicked.connect(self._on_pdf)
        self.buttons["action"].clicked.connect(self._on_action)

    def show_contract(self, contract_id: int | None) -> None:
        """List the feedbacks of a contract."""
        self.contract_id = contract_id
        current = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        feedbacks = [] if contract_id is None else list_feedback(self.ctx.engine,
                                                                 contract_id=contract_id)
        for detail in feedbacks:
            self.list.addItem(self._item(detail))
        self.list.blockSignals(False)
        ids = [f.id for f in feedbacks]
        if ids:
            self.list.setCurrentRow(ids.index(current) if current in ids else len(ids) - 1)
        else:
            self.view.clear()
        # the empty panel says why it is empty and what to do
        self.view.setPlaceholderText(
            self.tr("Choisissez un contrat dans la liste pour voir ses retours d'expérience.")
            if contract_id is None else self._no_feedback_text())
        self._offer_actions(has_feedback=bool(ids))

    def _no_feedback_text(self) -> str:
        """A contract without feedback: which button gives one (none in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucun retour d'expérience pour ce contrat.")
        return self.tr("Aucun retour d'expérience pour ce contrat : « Nouveau retour… » en saisit "
                       "un.")

    def _offer_actions(self, *, has_feedback: bool) -> None:
        """The buttons act on the contract chosen and its feedback; their tooltips say why not."""
        choose = self.tr("Choisissez un contrat dans la liste.")
        offer(self.buttons["new"], choose if self.contract_id is None else None)
        why_not = None
        if self.contract_id is None:
            why_not = choose
        elif not has_feedback:
            why_not = self._no_feedback_yet()
        for key in ("export", "import", "pdf", "action"):
            offer(self.buttons[key], why_not)
        read_only_banner.refuse_writing(self)  # last: read-only, they stay off

    def _no_feedback_yet(self) -> str:
        """Why a contract's feedback cannot be sent or printed: there is none (nor can be)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Ce contrat n'a pas encore de retour d'expérience.")
        return self.tr("Ce contrat n'a pas encore de retour d'expérience : « Nouveau "
                       "retour… » en saisit un.")

    def writing_buttons(self) -> list[QPushButton]:
        """The buttons that add a feedback, its reply or an action (sending it out writes none)."""
        return [self.buttons[key] for key in ("new", "import", "action")]

    def _item(self, detail: FeedbackDetail) -> QListWidgetItem:
        score = "—" if detail.score is None else score_text(detail.score)
        who = detail.author or self.tr("sans nom")
        replied = self.tr(" · réponse reçue") if detail.reply else ""
        item = QListWidgetItem(f"{day_text(detail.given_on)} · {who} · {score}{replied}")
        item.setData(ID_ROLE, detail.id)
        return item

    def selected_id(self) -> int | None:
        """The feedback selected."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(ID_ROLE))

    def _on_current(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            self.view.clear()
            return
        detail = get_feedback(self.ctx.engine, int(item.data(ID_ROLE)))
        self.view.setHtml(feedback_html(detail))

    def _on_export(self) -> None:
        feedback_id = self.selected_id()
        if feedback_id is None:
            return
        detail = get_feedback(self.ctx.engine, feedback_id)
        name = f"retour-{detail.counterparty_name}-{detail.given_on:%Y%m%d}.xlsx"
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Envoyer pour réponse"), name,
                                                  self.tr("Classeur (*.xlsx);;JSON (*.json)"))
        if path:
            written = export_feedback(detail, Path(path))
            QMessageBox.information(self, self.tr("Fichier d'échange"), self.tr(
                "« {name} » est prêt : envoyez-le à {who}, qui complète la section "
                "« Votre réponse » et vous le renvoie.").format(name=written.name,
                                                              who=detail.counterparty_name))

    def _on_import(self) -> None:
        path, _ = file_dialogs.get_open_file_name(self, self.tr("Importer la réponse"), "",
                                                  self.tr("Réponses (*.xlsx *.json)"))
        if not path:
            return
        try:
            reply = read_reply(Path(path))
            check_reply_matches(reply, get_feedback(self.ctx.engine, reply.feedback_id))
        except SrmError as error:
            QMessageBox.warning(self, self.tr("Importer la réponse"), error_text(error))
            return
        self.controller.record_reply(reply.feedback_id, reply.stored_text,
                                     reply.replied_on or self.ctx.today())

    def _on_pdf(self) -> None:
        from srm_inclusif.ui.feedback_pdf import print_feedback_pdf

        feedback_id = self.selected_id()
        if feedback_id is None:
            return
        detail = get_feedback(self.ctx.engine, feedback_id)
        name = f"retour-{detail.counterparty_name}-{detail.given_on:%Y%m%d}.pdf"
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Enregistrer en PDF"), name,
                                                  self.tr("PDF (*.pdf)"))
        if path:
            print_feedback_pdf(detail, Path(path),
                               organisation=self.ctx.settings.organisation_name)

    def _on_action(self) -> None:
        feedback_id = self.selected_id()
        if feedback_id is not None:
            self.controller.new_action(feedback_id=feedback_id)
