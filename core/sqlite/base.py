"""Django's SQLite backend, except that it never makes an empty database in place of a missing one.

SQLite creates any file it is asked to open. A database file that was deleted, moved or not mounted would then be
replaced, silently, by an empty database on the next request: the site would answer from nothing (and the health
check with it) while the real data sits elsewhere. Here the file is opened with SQLite's `mode=rw`: an existing
database, or an error. While it is missing, every request gets the site's 503 page (core/faults.py) and the health
check fails; the file is created only by `manage.py migrate`, which says so (ops/management/commands/migrate.py).

Settings use this backend for every SQLite DATABASE_URL (website/settings/base.py). In-memory databases (the test
suite's) are left as they are.
"""

import sqlite3
from pathlib import Path

from django.db.backends.sqlite3 import base


def database_path(settings_dict):
    """The file of a SQLite database, or None for an in-memory one or a `file:` URI."""
    name = str(settings_dict["NAME"])
    if name == ":memory:" or name.startswith("file:") or "mode=memory" in name:
        return None
    return Path(name).resolve()


class DatabaseWrapper(base.DatabaseWrapper):
    def get_connection_params(self):
        params = super().get_connection_params()
        path = database_path(self.settings_dict)
        if path is not None and not self.is_in_memory_db():
            params["database"] = f"{path.as_uri()}?mode=rw"  # Django opens SQLite with uri=True
        return params

    def get_new_connection(self, conn_params):
        path = database_path(self.settings_dict)
        if path is not None and not path.exists():
            raise sqlite3.OperationalError(
                f"The SQLite database {path} does not exist. It is not created here: restore it from a backup, "
                "or run `manage.py migrate` to make a new, empty one."
            )
        return super().get_new_connection(conn_params)
