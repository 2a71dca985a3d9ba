"""Service functions: keyword-only verbs, one short session each, plain results."""
