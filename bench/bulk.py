"""A benchmark's data set: many articles inserted in bulk (never reported as page creation; bench/create_pages.py
measures creation through Wagtail's path). `python bench/bulk.py COUNT` adds COUNT articles to the English news
index of the database in the environment (settings from DJANGO_SETTINGS_MODULE); update_index indexes them.

Wagtail's `add_child` saves one page at a time (several queries each, plus revisions); here the tree paths are
computed directly and the rows inserted in batches, so 10,000 articles take seconds, not minutes.
"""

import datetime
import json
import sys
import time
import uuid
from pathlib import Path

if __name__ == "__main__":  # run as a script by bench/run.py
    import django

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    django.setup()

from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page  # noqa: E402

from news.models import ArticleKind, StatementPage  # noqa: E402

KINDS = [k for k, _label in ArticleKind.choices]


def bulk_create_articles(index_page, count, batch_size=1000, title_prefix="Article", start_date=None):
    """Create `count` live articles under `index_page` in its locale. Returns the number created."""
    start_date = start_date or datetime.date(2020, 1, 1)
    content_type = ContentType.objects.get_for_model(StatementPage)
    now = timezone.now()
    created = 0
    with transaction.atomic():
        parent = Page.objects.select_for_update().get(pk=index_page.pk)
        position = (
            int(Page.numconv_obj().str2int(parent.get_last_child().path[-Page.steplen :]))
            if parent.numchild
            else 0
        )
        while created < count:
            batch = min(batch_size, count - created)
            pages = []
            for i in range(batch):
                n = created + i
                position += 1
                slug = f"{title_prefix.lower()}-{uuid.uuid4().hex[:12]}"
                title = f"{title_prefix} {n + 1}: migration, return and integration in Belgium and Luxembourg"
                pages.append(
                    Page(
                        path=parent.path + Page.numconv_obj().int2str(position).rjust(Page.steplen, "0"),
                        depth=parent.depth + 1,
                        numchild=0,
                        title=title,
                        draft_title=title,
                        slug=slug,
                        url_path=f"{parent.url_path}{slug}/",
                        content_type=content_type,
                        locale_id=parent.locale_id,
                        translation_key=uuid.uuid4(),
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=now,
                        last_published_at=now,
                        show_in_menus=False,
                    )
                )
            pages = Page.objects.bulk_create(pages)
            if any(p.pk is None for p in pages):  # databases that do not return ids from bulk inserts
                paths = [p.path for p in pages]
                ids = dict(Page.objects.filter(path__in=paths).values_list("path", "pk"))
                for p in pages:
                    p.pk = ids[p.path]
            rows = []
            for i, page in enumerate(pages):
                n = created + i
                body = json.dumps(
                    [
                        {
                            "type": "paragraph",
                            "value": f"<p>Generated article number {n + 1} about migrants and migration.</p>",
                            "id": str(uuid.uuid4()),
                        }
                    ]
                )
                rows.append(
                    (
                        page.pk,
                        KINDS[n % len(KINDS)],
                        start_date + datetime.timedelta(days=n % 2000),
                        "Brussels",
                        f"Summary of generated article {n + 1}, about migration in Belgium and Luxembourg.",
                        body,
                        "",
                        "",
                        "",
                    )
                )
            table = connection.ops.quote_name(StatementPage._meta.db_table)
            with connection.cursor() as cursor:
                cursor.executemany(
                    f"INSERT INTO {table} (page_ptr_id, kind, date, dateline_place, summary, body, "  # noqa: S608
                    "featured_image_alt, featured_image_credit, canonical_url) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    rows,
                )
            created += batch
        Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + created)
    # Bulk inserts send no signals: tell every server that listings, searches and pages changed (a purge
    # too many, if an outer transaction is rolled back, only costs a re-render).
    from core.cache import everything_changed

    everything_changed()
    return created


def main():
    from news.models import NewsIndexPage

    count = int(sys.argv[1])
    news = NewsIndexPage.objects.filter(locale=Locale.objects.filter(language_code="en").first()).first()
    if news is None:
        raise SystemExit("bench/bulk.py: no English news index; run seed_site first")
    started = time.monotonic()
    created = bulk_create_articles(news, count)
    elapsed = time.monotonic() - started
    print(f"Inserted {created} articles in bulk in {elapsed:.1f} s (a data set, not page creation).")


if __name__ == "__main__":
    main()
