"""Import pages of the former website (saved as text or HTML) as draft articles for editors to review."""

import argparse
import datetime
import traceback
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page

from core.seeding import SeedLedger
from news import legacy
from news.models import ArticleKind, NewsIndexPage, Person, StatementPage


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


class ImportRefused(Exception):
    """A page exists where the import would write, and must not be changed by it."""


class ImportKept(Exception):
    """Editors have taken over the page an earlier import made: it is theirs, and left as it is."""


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
        self.dry_run, self.date, self.kind = dry_run, date, kind
        parent_page = self.find_parent(parent, locale)
        counts = {}
        for path in files:
            status = self.import_file(path, parent_page.pk)
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

    # The parent page ------------------------------------------------------------------------------------

    def find_parent(self, reference, locale_code):
        if reference:
            page = self.page_from_reference(reference, locale_code)
            if locale_code and page.locale.language_code != locale_code:
                raise CommandError(
                    f"The parent page {reference!r} is in {page.locale.language_code!r}, not {locale_code!r}."
                )
        else:
            locale_code = locale_code or settings.LANGUAGE_CODE
            locale = Locale.objects.filter(language_code=locale_code).first()
            if locale is None:
                raise CommandError(f"There is no locale {locale_code!r}; run seed_site first.")
            indexes = list(NewsIndexPage.objects.filter(locale=locale).order_by("path")[:2])
            if not indexes:
                raise CommandError(
                    f"There is no news index in {locale_code!r}; run seed_site or use --parent."
                )
            if len(indexes) > 1:
                raise CommandError(
                    f"There are several news indexes in {locale_code!r}; choose one with --parent."
                )
            page = indexes[0]
        page = page.specific
        if not StatementPage.can_create_at(page):
            raise CommandError(
                f"Articles cannot be created under “{page.title}” ({page.specific_class.__name__}); "
                "choose a news index."
            )
        return page

    def page_from_reference(self, reference, locale_code):
        reference = reference.strip()
        if reference.isdigit():
            page = Page.objects.filter(pk=int(reference)).first()
        else:
            path = "/" + reference.strip("/") + "/" if reference.strip("/") else "/"
            page = Page.objects.filter(url_path=path).first()
            if page is None:
                # a path below a site's home page, e.g. /news/ for /home/news/
                roots = Page.objects.filter(depth=2)
                if locale_code:
                    roots = roots.filter(locale__language_code=locale_code)
                paths = [root.url_path + path.lstrip("/") for root in roots]
                pages = list(Page.objects.filter(url_path__in=paths)[:2])
                if len(pages) > 1:
                    raise CommandError(f"Several pages have the path {reference!r}; give --locale or an ID.")
                page = pages[0] if pages else None
        if page is None:
            raise CommandError(f"There is no page {reference!r}.")
        return page

    # One file -------------------------------------------------------------------------------------------

    def import_file(self, path, parent_pk):
        try:
            article = legacy.parse_file(path)
        except legacy.LegacyImportError as exc:
            return self.report_error(path, str(exc))
        except Exception as exc:  # a file we cannot make sense of must not stop the others
            return self.report_error(path, f"could not be read ({type(exc).__name__}: {exc})", trace=True)
        try:
            with transaction.atomic():
                # fetched again for each file: a rolled-back file leaves the parent's cached tree data stale
                parent = Page.objects.get(pk=parent_pk).specific
                status, page, notes = self.save_article(article, parent)
                if self.dry_run:
                    transaction.set_rollback(True)
        except ValidationError as exc:
            return self.report_error(path, "the page is not valid: " + "; ".join(exc.messages))
        except ImportRefused as exc:
            return self.report_error(path, str(exc))
        except ImportKept as exc:
            self.stdout.write(f'kept: {path}: "{article.title}" ({exc})')
            return "kept"
        except Exception as exc:
            return self.report_error(path, f"could not be saved ({type(exc).__name__}: {exc})", trace=True)

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
        for note in [*article.warnings, *notes]:
            self.stdout.write(f"  - {note}")
        if self.verbosity > 1 and not self.dry_run:
            self.stdout.write(f"  - review: {reverse('wagtailadmin_pages:edit', args=[page.pk])}")
        return status

    def report_error(self, path, message, trace=False):
        self.stdout.write(self.style.ERROR(f"error: {path}: {message}"))
        if trace and self.verbosity > 1:
            self.stderr.write(traceback.format_exc())
        return "error"

    # Saving ---------------------------------------------------------------------------------------------

    def save_article(self, article, parent):
        """Create the article as a draft, or give the draft made by an earlier import a new revision."""
        notes = []
        slug = article.slug
        # What an earlier import made is found through the ledger (core/seeding.py) wherever editors moved or
        # renamed it; drafts imported before the ledger existed, by their slug.
        ledger = SeedLedger()
        key = f"import:{parent.locale.language_code}:{slug}"
        existing = ledger.get(key)
        if existing is None and ledger.recorded(key):
            raise ImportKept("deleted in the admin after an earlier import; not imported again")
        if existing is None:
            existing = parent.get_children().filter(slug=slug).first()
        page = None
        if existing is not None:
            page = existing.specific
            if not ledger.recorded(key) and isinstance(page, StatementPage) and not page.alias_of_id:
                ledger.record(key, page)
            if edited_in_the_admin(page):
                raise ImportKept("edited in the admin since it was imported; left as the editors made it")
            if not isinstance(page, StatementPage):
                raise ImportRefused(f"the slug {slug!r} is taken by another kind of page ({page.title})")
            if page.alias_of_id:
                raise ImportRefused(f"the page with the slug {slug!r} is an alias; import into its original")
            if page.locked:
                raise ImportRefused(f"the page with the slug {slug!r} is locked in the admin; not updated")
            page = page.get_latest_revision_as_object()

        values = {"title": article.title, "slug": slug}
        values["kind"] = self.kind or article.kind or (page.kind if page else ArticleKind.NEWS)
        values["date"] = self.choose_date(article, page, notes)
        if article.place or page is None:
            values["dateline_place"] = article.place
        if article.speaker_name:
            speaker, created = self.find_speaker(article, parent.locale)
            values["speaker_id"] = speaker.pk
            notes.append(f"speaker: {speaker} ({'new person' if created else 'existing person'})")
        stream = article.stream_data()

        if page is None:
            page = StatementPage(live=False, locale_id=parent.locale_id, **values)
            page.body = with_block_ids(stream, [])
            parent.add_child(instance=page)
            page.save_revision(log_action=True)
            ledger.record(key, page)
            return "created", page, notes

        current = {name: getattr(page, name) for name in values}
        current["body"] = [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data]
        if current == {**values, "body": stream}:
            return "unchanged", page, notes
        for name, value in values.items():
            setattr(page, name, value)
        page.body = with_block_ids(stream, list(page.body.raw_data))
        if not page.live:
            page.save()  # as the admin does for a draft: the page's own fields follow its latest revision
        page.save_revision(log_action=True)
        if page.live:
            notes.append("the page is published: the import is a new draft revision, not published")
        return "updated", page, notes

    def choose_date(self, article, page, notes):
        if self.date:
            if article.date and article.date != self.date:
                notes.append(f"date in the file ({article.date.isoformat()}) replaced by --date")
            return self.date
        if article.date:
            return article.date
        if page is not None:
            notes.append(f"date not found in the file; the draft's date {page.date.isoformat()} was kept")
            return page.date
        notes.append("date not found, set to today; please check")
        return timezone.localdate()

    def find_speaker(self, article, locale):
        """The person in this language, reused if they exist; created (as a translation if need be) if not."""
        name, role = article.speaker_name, article.speaker_role
        person = Person.objects.filter(name=name, locale=locale).first()
        if person is not None:
            return person, False
        other = Person.objects.filter(name=name).exclude(locale=locale).order_by("pk").first()
        if other is not None:
            person = other.copy_for_translation(locale)
            person.role = person.role or role
        else:
            person = Person(name=name, role=role, locale=locale)
        person.save()
        return person, True


def edited_in_the_admin(page):
    """Whether someone saved the page since the import made it (the import's revisions have no user)."""
    latest = page.get_latest_revision()
    return latest is not None and latest.user_id is not None


def with_block_ids(stream, previous):
    """Give each block an ID, keeping the previous ID of a block of the same type at the same place.

    Stable IDs keep the translations that wagtail-localize made of the unchanged blocks.
    """
    blocks = []
    for index, block in enumerate(stream):
        before = previous[index] if index < len(previous) else None
        same = before is not None and before.get("type") == block["type"] and before.get("id")
        blocks.append({**block, "id": before["id"] if same else str(uuid.uuid4())})
    return blocks
