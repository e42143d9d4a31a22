"""Store: SQLAlchemy 2 models and Alembic migrations.

SQLite (WAL) is the embedded default and PostgreSQL the server backend; both
are chosen by one URL, and nothing outside this package knows which it is."""
