"""Django's `migrate`, which also creates the SQLite database file when there is none, and says so.

The site never creates a SQLite database while it runs (core/sqlite/base.py): a missing file is an outage, not an
empty site. Making a new, empty database is a deliberate step, and this is it: the first `make run`, a fresh
deployment, a benchmark's scratch database.
"""

import sqlite3

from django.core.management.base import OutputWrapper
from django.core.management.commands import migrate
from django.db import DEFAULT_DB_ALIAS, connections

from core.sqlite.base import database_path


class Command(migrate.Command):
    help = f"{migrate.Command.help} Creates the SQLite database file first if there is none (and says so)."

    def execute(self, *args, **options):
        # Before the system checks, which connect to the database already.
        connection = connections[options.get("database") or DEFAULT_DB_ALIAS]
        if connection.vendor == "sqlite":
            path = database_path(connection.settings_dict)
            if path is not None and not path.exists():
                stdout = OutputWrapper(options["stdout"]) if options.get("stdout") else self.stdout
                stdout.write(
                    self.style.WARNING(f"There is no SQLite database at {path}: creating a new, empty one.")
                )
                path.parent.mkdir(parents=True, exist_ok=True)
                sqlite3.connect(path).close()
        return super().execute(*args, **options)
