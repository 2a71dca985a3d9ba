"""Finding structures: the facet panel, the need form and its ranked shortlist."""
