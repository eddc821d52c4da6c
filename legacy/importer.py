"""Saving an article read from an old page as a draft `news.StatementPage` for editors to review.

The slug made from the title is how a second import of the same page finds the draft made by the first: it
then gets a new revision only if something changed, so importing twice never duplicates a page, and a page
that is already published gets a draft revision, never a new published version.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page

from core.seeding import SeedLedger
from news.models import ArticleKind, NewsIndexPage, Person, StatementPage


class ImportRefused(Exception):
    """The import cannot go on: a page it would write is not its to change, or no parent fits."""


class ImportKept(Exception):
    """Editors have taken over the page an earlier import made: it is theirs, and left as it is."""


@dataclass
class Outcome:
    status: str  # "created", "updated" or "unchanged"
    page: StatementPage
    notes: list = field(default_factory=list)


def find_parent(reference=None, locale_code=None):
    """The page to import under: `reference` (an ID or a URL path such as /news/), else the news index of
    the language. Raises ImportRefused with the reason when there is none, or when it takes no articles."""
    if reference:
        page = page_from_reference(reference, locale_code)
        if locale_code and page.locale.language_code != locale_code:
            raise ImportRefused(
                f"The parent page {reference!r} is in {page.locale.language_code!r}, not {locale_code!r}."
            )
    else:
        locale_code = locale_code or settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=locale_code).first()
        if locale is None:
            raise ImportRefused(f"There is no locale {locale_code!r}; run seed_site first.")
        indexes = list(NewsIndexPage.objects.filter(locale=locale).order_by("path")[:2])
        if not indexes:
            raise ImportRefused(f"There is no news index in {locale_code!r}; run seed_site or use --parent.")
        if len(indexes) > 1:
            raise ImportRefused(
                f"There are several news indexes in {locale_code!r}; choose one with --parent."
            )
        page = indexes[0]
    page = page.specific
    if not StatementPage.can_create_at(page):
        raise ImportRefused(
            f"Articles cannot be created under “{page.title}” ({page.specific_class.__name__}); "
            "choose a news index."
        )
    return page


def page_from_reference(reference, locale_code=None):
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
                raise ImportRefused(f"Several pages have the path {reference!r}; give --locale or an ID.")
            page = pages[0] if pages else None
    if page is None:
        raise ImportRefused(f"There is no page {reference!r}.")
    return page


class Importer:
    """Saves articles under one parent; `date` and `kind` replace what the files say when given."""

    def __init__(self, parent, date=None, kind=None, dry_run=False):
        self.parent_pk = parent.pk
        self.date, self.kind, self.dry_run = date, kind, dry_run

    def save(self, article):
        """Create or update the article's draft (nothing is kept on a dry run). Returns an Outcome."""
        with transaction.atomic():
            # fetched again for each file: a rolled-back file leaves the parent's cached tree data stale
            parent = Page.objects.get(pk=self.parent_pk).specific
            outcome = self.save_article(article, parent)
            if self.dry_run:
                transaction.set_rollback(True)
        return outcome

    def save_article(self, article, parent):
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
            speaker, created = find_speaker(article.speaker_name, article.speaker_role, parent.locale)
            values["speaker_id"] = speaker.pk
            notes.append(f"speaker: {speaker} ({'new person' if created else 'existing person'})")
        stream = article.stream_data()

        if page is None:
            page = StatementPage(live=False, locale_id=parent.locale_id, **values)
            page.body = with_block_ids(stream, [])
            parent.add_child(instance=page)
            page.save_revision(log_action=True)
            ledger.record(key, page)
            return Outcome("created", page, notes)

        current = {name: getattr(page, name) for name in values}
        current["body"] = [{"type": b["type"], "value": b["value"]} for b in page.body.raw_data]
        if current == {**values, "body": stream}:
            return Outcome("unchanged", page, notes)
        for name, value in values.items():
            setattr(page, name, value)
        page.body = with_block_ids(stream, list(page.body.raw_data))
        if not page.live:
            page.save()  # as the admin does for a draft: the page's own fields follow its latest revision
        page.save_revision(log_action=True)
        if page.live:
            notes.append("the page is published: the import is a new draft revision, not published")
        return Outcome("updated", page, notes)

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


def find_speaker(name, role, locale):
    """The person in this language, reused if they exist; created (as a translation if need be) if not."""
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
