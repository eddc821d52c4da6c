"""Write the searches logged in the cache to the database (Wagtail's search terms and the popular searches)."""

from django.core.management.base import BaseCommand

from search.hits import flush_hits


class Command(BaseCommand):
    help = (
        "Write the searches logged in the cache to the database. Searches flush themselves every "
        "SEARCH_HITS_FLUSH_EVERY searches; run this from cron (every few minutes) so that quiet periods are "
        "counted too. Safe to run at any time and in parallel: a second run waits for nothing and writes nothing."
    )

    def handle(self, *args, **options):
        written = flush_hits()
        self.stdout.write(f"Wrote {written} logged search(es).")
