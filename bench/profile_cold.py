"""Profile cold requests (every cache a dummy) with cProfile: `python bench/profile_cold.py DATABASE_URL [N]`.

Prints, per page type, the median CPU milliseconds of N requests through Django's test client (after one warm-up
request that fills the per-process caches, as on a running server), the SQL query count, and the top entries
of cProfile sorted by cumulative time within the project's code and by own time overall.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/en/",
    "section": "/en/who-we-are/",
    "article": "/en/news/international-migrants-day-statement-2021/",
    "news": "/en/news/",
    "search": "/en/search/?q=migration",
}


def counting(queries, execute_sql):
    """SQLCompiler.execute_sql, counting its calls in `queries`."""

    def execute(compiler, *args, **kwargs):
        queries.append(1)
        return execute_sql(compiler, *args, **kwargs)

    return execute


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database_url")
    parser.add_argument("-n", type=int, default=20)
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--pages", default=",".join(PAGES))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings_cold",
        DATABASE_URL=args.database_url,
        SECRET_KEY=os.environ.get("SECRET_KEY", "profile-" + "x" * 50),
        WAGTAILADMIN_BASE_URL="https://bench.example.org",
        ALLOWED_HOSTS="testserver,127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        LOG_LEVEL="ERROR",
    )
    import django

    django.setup()
    from django.db.models.sql.compiler import SQLCompiler
    from django.test import Client

    client = Client()
    execute_sql = SQLCompiler.execute_sql
    for name in args.pages.split(","):
        url = PAGES[name]
        if client.get(url).status_code != 200:
            raise SystemExit(f"{url} did not answer 200")
        queries = []
        # Requests may run in another thread than this one: queries are counted at the compiler.
        SQLCompiler.execute_sql = counting(queries, execute_sql)
        try:
            client.get(url)
        finally:
            SQLCompiler.execute_sql = execute_sql
        times = []
        profiler = cProfile.Profile()
        for _ in range(args.n):
            started = time.process_time()
            profiler.enable()
            client.get(url)
            profiler.disable()
            times.append((time.process_time() - started) * 1000)
        times.sort()
        print(
            f"\n=== {name} {url}: median {times[len(times) // 2]:.1f} ms CPU (profiled), {len(queries)} queries"
        )
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("cumulative").print_stats(rf"{ROOT}/(?!\.venv)", args.top)
        stats.sort_stats("tottime").print_stats(args.top)
        lines = [line for line in out.getvalue().splitlines() if line.strip()]
        print("\n".join(line for line in lines if not line.startswith(("   Ordered", "   List reduced"))))


if __name__ == "__main__":
    main()
