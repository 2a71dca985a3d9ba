"""The feedback and action steps of ``LifecycleController``: feedback, replies, criteria, to-dos.

A base of the controller (which gives ``ctx``, ``engine``, ``page`` and ``_step``); its texts
keep the controller's translation context.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog

from srm_inclusif.core.vocabulary import FeedbackDirection
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import actions as action_service
from srm_inclusif.storage.services import feedback as feedback_service
from srm_inclusif.storage.services.people import list_people, people_with
from srm_inclusif.ui.lifecycle.action_dialog import ActionDialog
from srm_inclusif.ui.lifecycle.criteria_dialog import CriteriaDialog
from srm_inclusif.ui.lifecycle.feedback_dialog import FeedbackDialog

Accepted = QDialog.DialogCode.Accepted


class FeedbackAndActionSteps:
    """Feedback on a contract, the reply, the criteria, and action items: each one undo step."""

    ctx: Any
    page: Any
    engine: Any
    _step: Any
    _contract_row: Any

    def give_feedback(self, contract_id: int) -> bool:
        """Record a feedback on a contract (the client's feedback received, for a seller)."""
        row = self._contract_row(contract_id)
        received = self.ctx.settings.profile.is_seller
        direction = FeedbackDirection.RECEIVED if received else FeedbackDirection.GIVEN
        dialog = FeedbackDialog(row.title, feedback_service.list_criteria(self.engine),
                                self.ctx.today(), direction=direction, parent=self.page,
                                starts_on=row.start_date)
        if dialog.exec() != Accepted:
            return False
        request = dialog.request()
        state: dict = {}

        def do() -> Changes:
            if "removed" in state:
                return feedback_service.restore_feedback(self.engine,
                                                         removed=state.pop("removed"))
            created = feedback_service.record_feedback(
                self.engine, contract_id=contract_id, given_on=request.given_on,
                scores=request.scores, author=request.author, direction=request.direction,
                overall_comment=request.overall_comment, would_recommend=request.would_recommend,
                today=self.ctx.today())
            state["id"] = created.id
            return created.changes

        def undo() -> Changes:
            state["removed"] = feedback_service.delete_feedback(self.engine,
                                                                feedback_id=state["id"])
            return state["removed"].changes

        text = (QCoreApplication.translate("LifecycleController", "Retour d'expérience reçu")
                if received else
                QCoreApplication.translate("LifecycleController", "Retour d'expérience"))
        return self._step(text, do, undo)

    def record_reply(self, feedback_id: int, reply: str, reply_on) -> bool:  # noqa: ANN001
        """Store the counterparty's reply to a feedback."""
        previous = feedback_service.get_feedback(self.engine, feedback_id)
        return self._step(
            QCoreApplication.translate("LifecycleController", "Réponse au retour d'expérience"),
            lambda: feedback_service.record_reply(self.engine, feedback_id=feedback_id,
                                                  reply=reply, reply_on=reply_on),
            lambda: feedback_service.record_reply(self.engine, feedback_id=feedback_id,
                                                  reply=previous.reply,
                                                  reply_on=previous.reply_on))

    def edit_criteria(self) -> bool:
        """Edit the workspace's feedback criteria."""
        previous = feedback_service.list_criteria(self.engine, active_only=False)
        dialog = CriteriaDialog(feedback_service.list_criteria(self.engine), self.page)
        if dialog.exec() != Accepted:
            return False
        criteria = dialog.criteria()
        return self._step(
            QCoreApplication.translate("LifecycleController", "Modifier les critères"),
            lambda: feedback_service.save_criteria(self.engine, criteria=criteria),
            lambda: feedback_service.save_criteria(
                self.engine, criteria=[c for c in previous if c.active]))

    def new_action(self, *, relationship_id: int | None = None,
                   feedback_id: int | None = None) -> bool:
        """Add an action item to a relationship or a feedback."""
        dialog = ActionDialog(list_people(self.engine), parent=self.page)
        if dialog.exec() != Accepted:
            return False
        request = dialog.request()
        return self._action_step(QCoreApplication.translate(
                                     "LifecycleController", "Nouvelle action"), request.text,
                                 relationship_id=relationship_id, feedback_id=feedback_id,
                                 owner_id=request.owner_id, due_date=request.due_date)

    def _action_step(self, label: str, text: str, **where: Any) -> bool:
        """Add an action (``where``: relationship or feedback, owner, due date), one undo step."""
        state: dict = {}

        def do() -> Changes:
            if "removed" in state:
                return action_service.restore_action(self.engine, removed=state.pop("removed"))
            created = action_service.create_action(self.engine, text=text, **where)
            state["id"] = created.id
            return created.changes

        def undo() -> Changes:
            state["removed"] = action_service.delete_action(self.engine, action_id=state["id"])
            return state["removed"].changes

        return self._step(label, do, undo)

    def edit_action(self, action: action_service.ActionRow) -> bool:
        """Change an action's text, owner or due date."""
        dialog = ActionDialog(people_with(self.engine, action.owner_id), text=action.text,
                              owner_id=action.owner_id, due_date=action.due_date,
                              parent=self.page)
        if dialog.exec() != Accepted:
            return False
        request = dialog.request()
        return self._step(
            QCoreApplication.translate("LifecycleController", "Modifier l'action"),
            lambda: action_service.update_action(
                self.engine, action_id=action.id, text=request.text, owner_id=request.owner_id,
                due_date=request.due_date),
            lambda: action_service.update_action(
                self.engine, action_id=action.id, text=action.text, owner_id=action.owner_id,
                due_date=action.due_date))

    def set_action_done(self, action: action_service.ActionRow, done: bool) -> bool:
        """Tick or untick an action."""
        text = QCoreApplication.translate(
            "LifecycleController", "Action faite") if done else QCoreApplication.translate(
            "LifecycleController", "Action à refaire")
        today = self.ctx.today()
        return self._step(
            text,
            lambda: action_service.set_action_done(self.engine, action_id=action.id, done=done,
                                                   done_on=today),
            lambda: action_service.set_action_done(self.engine, action_id=action.id,
                                                   done=action.done, done_on=action.done_on))

