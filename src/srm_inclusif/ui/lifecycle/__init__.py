"""Dialogs and the controller of the relationship lifecycle (stages, tests, feedback, contracts)."""
