"""Article creation through Wagtail's own path, in pages per second: `python bench/create_pages.py N`.

Runs in the benchmark's environment (settings and database from it; the data it adds is thrown away with that
database). Each article: `news_index.add_child(instance=StatementPage(...))`, then
`save_revision().publish()`; the search index and the reference index are updated by Wagtail's signal handlers
through the configured task backend (printed). One transaction per article (autocommit), as in the admin.
Prints one JSON object.
"""

import datetime
import json
import sys
import time
from pathlib import Path

import django

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
django.setup()

from django.conf import settings  # noqa: E402
from django.db import transaction  # noqa: E402

from news.models import NewsIndexPage, StatementPage  # noqa: E402


def task_backend():
    try:
        from django_tasks import task_backends
    except ImportError:
        return getattr(settings, "TASKS", {}).get("default", {}).get("BACKEND", "not configured")
    backend = type(task_backends["default"])
    return f"{backend.__module__}.{backend.__name__}"


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    index = NewsIndexPage.objects.filter(locale__language_code="en").first()
    started = time.perf_counter()
    for n in range(count):
        with transaction.atomic():
            page = index.add_child(
                instance=StatementPage(
                    title=f"Bench creation {n}: migration and return in Belgium",
                    slug=f"bench-creation-{time.time_ns()}-{n}",
                    date=datetime.date(2024, 1, 1),
                    summary="An article created through Wagtail's own path for the benchmark.",
                    live=False,
                )
            )
            page.save_revision().publish()
    seconds = time.perf_counter() - started
    print(
        json.dumps(
            {
                "pages": count,
                "seconds": round(seconds, 2),
                "pages_per_s": round(count / seconds, 1),
                "task_backend": task_backend(),
                "path": "add_child + save_revision().publish(), one transaction per article",
            }
        )
    )


if __name__ == "__main__":
    main()
