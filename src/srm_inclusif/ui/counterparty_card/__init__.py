"""The counterparty card: every field editable, contacts, labels, sectors, history."""
