"""Create many articles quickly (bulk path) for benchmarks; optionally index them for search afterwards."""

import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale

from news.bulk import bulk_create_articles
from news.models import NewsIndexPage


class Command(BaseCommand):
    help = "Create N live articles under a language's news index in bulk (for benchmarks and scale tests)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--locale", default="en")
        parser.add_argument("--index", action="store_true", help="Rebuild the search index afterwards.")

    def handle(self, *args, count, locale, index, **options):
        if count < 1:
            raise CommandError("COUNT must be at least 1.")
        news = NewsIndexPage.objects.filter(
            locale=Locale.objects.filter(language_code=locale).first()
        ).first()
        if news is None:
            raise CommandError(f"No news index in locale {locale!r}; run seed_site first.")
        started = time.monotonic()
        created = bulk_create_articles(news, count)
        elapsed = time.monotonic() - started
        rate = created / elapsed if elapsed else float("inf")
        self.stdout.write(f"Created {created} articles in {elapsed:.1f} s ({rate:.0f} pages/s).")
        if index:
            started = time.monotonic()
            call_command("update_index", stdout=self.stdout)
            self.stdout.write(f"Indexed in {time.monotonic() - started:.1f} s.")
