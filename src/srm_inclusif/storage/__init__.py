"""Storage: SQLModel tables, the engine, migrations, backups and the service functions. No Qt."""
