"""`manage.py retry_purges`: tell the front cache what it could not be told before (run from cron every minute).

A purge that failed (Varnish down or unreachable during a publish) is kept in core.models.PendingPurge; this
sends it again. Exit status 1 while the front cache still does not answer, so that cron mails the operator.
"""

from django.core.management.base import BaseCommand, CommandError

from core import frontend_cache
from core.models import PendingPurge


class Command(BaseCommand):
    help = "Purge from the front cache (Varnish) every address whose purge failed before."

    def handle(self, *args, **options):
        pending = PendingPurge.objects.count()
        if not pending:
            self.stdout.write("No pending purge.")
            return
        if not frontend_cache.configured():
            raise CommandError(f"{pending} pending purge(s), but FRONTEND_CACHE_URL is not set.")
        if not frontend_cache.retry_pending():
            raise CommandError(f"The front cache still does not answer; {PendingPurge.objects.count()} kept.")
        self.stdout.write(f"{pending} pending purge(s) done.")
