"""Import pages of the former website (saved as text or HTML) as draft articles for editors to review."""

import argparse
import datetime
import traceback

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.urls import reverse

from legacy.article import LegacyImportError
from legacy.importer import Importer, ImportKept, ImportRefused, find_parent
from legacy.reader import parse_file
from news.models import ArticleKind


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class Command(BaseCommand):
    help = (
        "Import pages of the former website, saved as text or HTML, as draft articles under the news index. "
        "The site navigation is left out; title, dateline, date, paragraphs, quotations and speaker are found "
        "in the page. Importing the same page again updates its draft instead of making a second one, unless "
        "editors have edited or deleted it since: then it is left as they made it."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="Old pages saved as .txt or .html.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Report what would happen, and save nothing."
        )
        parser.add_argument(
            "--parent",
            help="ID or URL path (e.g. /news/) of the page to import under. Default: the language's news index.",
        )
        parser.add_argument(
            "--locale", help=f"Language code of the pages (default: {settings.LANGUAGE_CODE}, or --parent's)."
        )
        parser.add_argument(
            "--date",
            type=iso_date,
            help="The date of the articles (YYYY-MM-DD), used instead of any date found in the files.",
        )
        parser.add_argument(
            "--kind",
            choices=[value for value, _label in ArticleKind.choices],
            help="The type of the articles. Default: from the title (Statement, Press release), else news.",
        )

    def handle(self, *args, files, dry_run=False, parent=None, locale=None, date=None, kind=None, **options):
        self.verbosity = options.get("verbosity", 1)
        self.dry_run = dry_run
        try:
            parent_page = find_parent(parent, locale)
        except ImportRefused as exc:
            raise CommandError(str(exc)) from None
        importer = Importer(parent_page, date=date, kind=kind, dry_run=dry_run)
        counts = {}
        for path in files:
            status = self.import_file(importer, path)
            counts[status] = counts.get(status, 0) + 1
        summary = ", ".join(
            plural(count, status) if status == "error" else f"{count} {status}"
            for status, count in counts.items()
        )
        self.stdout.write(
            f"{plural(len(files), 'file')}: {summary}" + (" (dry run: nothing was saved)" if dry_run else "")
        )
        if counts.get("error") == len(files):
            raise CommandError("No file could be imported; see the error lines above.")

    def import_file(self, importer, path):
        try:
            article = parse_file(path)
        except LegacyImportError as exc:
            return self.report_error(path, str(exc))
        except Exception as exc:  # a file we cannot make sense of must not stop the others
            return self.report_error(path, f"could not be read ({type(exc).__name__}: {exc})", trace=True)
        try:
            outcome = importer.save(article)
        except ValidationError as exc:
            return self.report_error(path, "the page is not valid: " + "; ".join(exc.messages))
        except ImportRefused as exc:
            return self.report_error(path, str(exc))
        except ImportKept as exc:
            self.stdout.write(f'kept: {path}: "{article.title}" ({exc})')
            return "kept"
        except Exception as exc:
            return self.report_error(path, f"could not be saved ({type(exc).__name__}: {exc})", trace=True)

        status, page = outcome.status, outcome.page
        if self.dry_run and status != "unchanged":
            status = f"would {status.removesuffix('d')}"
        details = ", ".join(
            [
                page.dateline_place or "no place",
                page.date.isoformat(),
                plural(len(article.paragraphs), "paragraph"),
                plural(len(article.quotes), "quote"),
            ]
        )
        style = self.style.SUCCESS if status in ("created", "updated") else (lambda text: text)
        self.stdout.write(style(f'{status}: {path}: "{article.title}" ({details})'))
        for note in [*article.warnings, *outcome.notes]:
            self.stdout.write(f"  - {note}")
        if self.verbosity > 1 and not self.dry_run:
            self.stdout.write(f"  - review: {reverse('wagtailadmin_pages:edit', args=[page.pk])}")
        return status

    def report_error(self, path, message, trace=False):
        self.stdout.write(self.style.ERROR(f"error: {path}: {message}"))
        if trace and self.verbosity > 1:
            self.stderr.write(traceback.format_exc())
        return "error"
