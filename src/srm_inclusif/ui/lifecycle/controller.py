"""Lifecycle actions shared by the pages: open the dialog, then run one named undo step."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from srm_inclusif.core.money import amount_text
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import (
    Decision,
    Stage,
)
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import contract_decisions as decision_service
from srm_inclusif.storage.services import contract_starts
from srm_inclusif.storage.services import contracts as contract_service
from srm_inclusif.storage.services import relationships as relationship_service
from srm_inclusif.storage.services.counterparties import list_counterparties
from srm_inclusif.storage.services.people import list_people
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.contract_dialog import ContractDialog
from srm_inclusif.ui.lifecycle.decision_dialog import DecisionDialog
from srm_inclusif.ui.lifecycle.feedback_steps import FeedbackAndActionSteps
from srm_inclusif.ui.lifecycle.offers import decision_refusal
from srm_inclusif.ui.lifecycle.relationship_dialog import RelationshipDialog
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog
from srm_inclusif.ui.prompts import ask_text, asked

Accepted = QDialog.DialogCode.Accepted


class LifecycleController(FeedbackAndActionSteps, QObject):
    """Every lifecycle change the user can make; each is one named, undoable step."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The page the controller acts for: its dialogs and messages are its children.
        self.page = parent

    @property
    def engine(self):  # noqa: ANN201
        """The workspace engine."""
        return self.ctx.engine

    def _step(self, text: str, do, undo) -> bool:  # noqa: ANN001
        return run_step(self.ctx, self.page, text, do, undo)

    # -- relationships --------------------------------------------------------------------------
    def new_relationship(self, counterparty_id: int | None = None) -> bool:
        """Start following a counterparty, at « Sourcing » since the day chosen (today first)."""
        dialog = RelationshipDialog(list_counterparties(self.engine, limit=100_000),
                                    list_people(self.engine), self.tr("Nouvelle relation"),
                                    self.page, relationships=relationship_service
                                    .list_relationships(self.engine), today=self.ctx.today())
        if counterparty_id is not None:
            dialog.select_counterparty(counterparty_id)
        if dialog.exec() != Accepted or (request := dialog.request()) is None:
            return False
        state: dict = {}

        def do() -> Changes:
            if "removed" in state:
                return relationship_service.restore_relationship(
                    self.engine, removed=state.pop("removed"))
            created = relationship_service.create_relationship(
                self.engine, counterparty_id=request.counterparty_id, on=request.on,
                person_id=request.person_id, today=self.ctx.today())
            state["id"] = created.id
            return created.changes

        def undo() -> Changes:
            state["removed"] = relationship_service.delete_relationship(
                self.engine, relationship_id=state["id"])
            return state["removed"].changes

        return self._step(self.tr("Nouvelle relation"), do, undo)

    def change_stage(self, relationship_id: int, target: Stage | None = None) -> bool:
        """Move a relationship to another stage (dialog for the date and the reason)."""
        row = relationship_service.get_relationship(self.engine, relationship_id)
        has_contract = bool(contract_service.list_contracts(
            self.engine, relationship_id=relationship_id))
        since = relationship_service.latest_stage_day(self.engine, relationship_id=relationship_id)
        dialog = StageChangeDialog(row.counterparty_name, Stage(row.stage), target,
                                   self.ctx.today(), self.page, has_contract=has_contract,
                                   since=since)
        if dialog.exec() != Accepted:
            return False
        request = dialog.request()
        state: dict = {}

        def do() -> Changes:
            state["moved"] = relationship_service.move_stage(
                self.engine, relationship_id=relationship_id, to_stage=request.stage,
                on=request.on, reason=request.reason)
            return state["moved"].changes

        def undo() -> Changes:
            return relationship_service.restore_stage(self.engine, moved=state["moved"])

        return self._step(self.tr("Passer à « {stage} »").format(stage=request.stage.label),
                          do, undo)

    # -- contracts ------------------------------------------------------------------------------
    def start_test(self, relationship_id: int) -> bool:
        """Create a marché test for a relationship."""
        dialog = ContractDialog(self.tr("Nouveau marché test"), contract_service.ContractFields(
            "", kind=contract_service.ContractKind.MARCHE_TEST, start_date=self.ctx.today()),
            fixed_kind=True, subject=self._name_of(relationship_id), parent=self.page)
        if dialog.exec() != Accepted or (values := dialog.result_fields()) is None:
            return False
        return self._start_contract(self.tr("Nouveau marché test"), relationship_id, values)

    def new_contract(self, relationship_id: int,
                     test: contract_service.ContractRow | None = None) -> bool:
        """Create a contract for a relationship (an earlier one moves to « Contrat en cours »).

        A contract beginning later moves it on its first day. After a go on ``test``, the
        contract follows it: linked to it (a renewal in the indicators), proposed from the day
        after the test's end.
        """
        values = contract_service.ContractFields("", start_date=self.ctx.today())
        note = ""
        if test is not None:
            values = contract_service.proposal_after_test(self.engine, test.id,
                                                          self.ctx.today())
            note = self.tr("Fait suite au marché test « {title} ».").format(title=test.title)
        dialog = ContractDialog(self.tr("Nouveau contrat"), values,
                                subject=self._name_of(relationship_id), note=note,
                                parent=self.page)
        if dialog.exec() != Accepted or (values := dialog.result_fields()) is None:
            return False
        return self._start_contract(self.tr("Nouveau contrat"), relationship_id, values,
                                    previous_id=None if test is None else test.id)

    def _start_contract(self, text: str, relationship_id: int,
                        values: contract_service.ContractFields,
                        previous_id: int | None = None) -> bool:
        """Create a contract or marché test, moving the relationship on, as one undo step."""
        today = self.ctx.today()
        state: dict = {}

        def do() -> Changes:
            state["started"] = contract_service.start_contract(
                self.engine, relationship_id=relationship_id, values=values, on=today,
                previous_contract_id=previous_id)
            # Redone after its first day: the relationship moves on now, as it did then.
            return state["started"].changes | contract_starts.move_started_contracts(
                self.engine, today=self.ctx.today())

        def undo() -> Changes:
            return contract_service.undo_start_contract(self.engine, started=state["started"])

        return self._step(text, do, undo)

    def _renew(self, previous_id: int, values: contract_service.ContractFields,
               override: str | None) -> bool:
        """Create the renewal; a renewed marché test moves the relationship on (dated)."""
        today = self.ctx.today()
        state: dict = {}

        def do() -> Changes:
            state["started"] = contract_service.start_renewal(
                self.engine, contract_id=previous_id, values=values, on=today,
                override_reason=override)
            return state["started"].changes

        def undo() -> Changes:
            return contract_service.undo_start_contract(self.engine, started=state["started"])

        return self._step(self.tr("Renouveler le contrat"), do, undo)

    def edit_contract(self, contract_id: int) -> bool:
        """Edit a contract's fields (clause sociale hours included)."""
        previous = contract_service.get_contract_fields(self.engine, contract_id)
        dialog = ContractDialog(self.tr("Modifier le contrat"), previous,
                                subject=self._contract_row(contract_id).counterparty_name,
                                parent=self.page)
        if dialog.exec() != Accepted or (values := dialog.result_fields()) is None:
            return False
        return self._step(
            self.tr("Modifier le contrat"),
            lambda: contract_service.update_contract(self.engine, contract_id=contract_id,
                                                     values=values),
            lambda: contract_service.update_contract(self.engine, contract_id=contract_id,
                                                     values=previous))

    def renew_contract(self, contract_id: int) -> bool:
        """Create the next contract linked to this one (asks why when there is no feedback)."""
        row = self._contract_row(contract_id)
        override = None
        if not self._chain_has_feedback(contract_id):
            override = self._ask_override_reason(row.title)
            if override is None:
                return False
        proposal = contract_service.renewal_proposal(self.engine, contract_id)
        if proposal.start_date is None:  # the renewed contract's end is unknown
            proposal = replace(proposal, start_date=self.ctx.today())
        dialog = ContractDialog(self.tr("Renouveler le contrat"), proposal,
                                subject=row.counterparty_name, note=self._renewed_text(row),
                                parent=self.page)
        if dialog.exec() != Accepted or (values := dialog.result_fields()) is None:
            return False
        return self._renew(contract_id, values, override)

    def _renewed_text(self, row: contract_service.ContractRow) -> str:
        """The contract a renewal renews: title, dates and amount HT, as far as known."""
        amount = "" if row.amount_cents is None else self.tr("{amount} HT").format(
            amount=amount_text(row.amount_cents))
        details = ", ".join(p for p in (self._period_text(row.start_date, row.end_date), amount)
                            if p)
        if not details:
            return self.tr("Renouvelle « {title} ».").format(title=row.title)
        return self.tr("Renouvelle « {title} », {details}.").format(title=row.title,
                                                                   details=details)

    def _period_text(self, start: date | None, end: date | None) -> str:
        """« du … au … », or the one date known, or nothing."""
        if start and end:
            return self.tr("du {start} au {end}").format(start=day_text(start),
                                                        end=day_text(end))
        if start:
            return self.tr("depuis le {start}").format(start=day_text(start))
        if end:
            return self.tr("jusqu'au {end}").format(end=day_text(end))
        return ""

    def _ask_override_reason(self, title: str) -> str | None:
        """Why renew without feedback, asked again until given; None when cancelled."""
        question = self.tr("Aucun retour d'expérience sur « {title} ».\nPourquoi le "
                           "renouveler quand même ?").format(title=title)
        label = question
        while True:
            reason, ok = ask_text(self.page, self.tr("Renouveler sans retour d'expérience"),
                                  label)
            if not ok:
                return None
            if reason.strip():
                return reason.strip()
            label = self.tr("{question}\nLa raison est obligatoire pour renouveler sans "
                            "retour.").format(question=question)

    def _name_of(self, relationship_id: int) -> str:
        return relationship_service.get_relationship(self.engine, relationship_id).counterparty_name

    def _contract_row(self, contract_id: int) -> contract_service.ContractRow:
        return next(c for c in contract_service.list_contracts(self.engine)
                    if c.id == contract_id)

    def _chain_has_feedback(self, contract_id: int) -> bool:
        rows = {c.id: c for c in contract_service.list_contracts(self.engine)}
        current = rows.get(contract_id)
        while current is not None:
            if current.feedback_count:
                return True
            current = rows.get(current.previous_contract_id)  # type: ignore[arg-type]
        return False

    def decide(self, contract_id: int) -> bool:
        """Go / no-go at the end of a marché test (refused, said, on any other contract)."""
        row = self._contract_row(contract_id)
        why = decision_refusal(row)  # said before the form is filled, not after
        if why:
            self.warn(self.tr("Décision go / no go"), why)
            return False
        dialog = DecisionDialog(row.title, row.feedback_count, self.ctx.today(), self.page,
                                start=row.start_date)
        if dialog.exec() != Accepted:
            return False
        request = dialog.request()
        state: dict = {}

        def do() -> Changes:
            state["decided"] = decision_service.decide_test(
                self.engine, contract_id=contract_id, decision=request.decision, on=request.on,
                reason=request.reason, override_reason=request.override_reason)
            return state["decided"].changes

        def undo() -> Changes:
            return decision_service.undo_decision(self.engine, decided=state["decided"])

        decided = self._step(self.tr("Décision « {d} »").format(d=request.decision.label),
                             do, undo)
        if decided and request.decision is Decision.GO:
            self._follow_go(row)
        return decided

    def _follow_go(self, test: contract_service.ContractRow) -> None:
        """After a go, the contract now, or a to-do to create it (the stage waits for it)."""
        if self._contract_wanted(test) and self.new_contract(test.relationship_id, test):
            return
        self._action_step(self.tr("Action « Créer le contrat »"), self.tr(
            "Créer le contrat qui suit le marché test « {title} »").format(title=test.title),
            relationship_id=test.relationship_id, due_date=self.ctx.today())

    def _contract_wanted(self, test: contract_service.ContractRow) -> bool:
        """After a go: create the contract now? The relationship moves on when it begins."""
        return asked(self.page, self.tr("Décision « Go »"), self.tr(
            "Go enregistré sur « {title} ». La relation avec {name} passera à « {stage} » "
            "au début du contrat.\nCréer le contrat maintenant ?").format(
                title=test.title, name=test.counterparty_name,
                stage=Stage.CONTRAT_EN_COURS.label),
            default_yes=True)

    def warn(self, title: str, text: str) -> None:
        """Show a problem to the user."""
        QMessageBox.warning(self.page, title, text)
