"""Pure domain: kinds, stages, rules and maths. No Qt, no SQL."""
