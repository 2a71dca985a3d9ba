"""Thin Qt table models, one per file."""
