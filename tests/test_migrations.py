"""Migrations that move fields keep the data of a site people have edited.

resources 0002 renames the cover of a resource to the featured image that resources share with articles
(news.models.ItemPage). The test builds a resource with a cover, a draft revision and a French translation
on the current schema, migrates back to the old one and forward again, and checks that the editor, the
translator and the visitor lose nothing either way.
"""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from wagtail.models import Collection, Locale, Page, Revision
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)

from resources.models import ResourcePage
from tests.factories import (
    HomePageFactory,
    ImageFactory,
    ResourceLibraryPageFactory,
    ResourcePageFactory,
    SectionPageFactory,
)

BEFORE = ("resources", "0001_initial")


def migrate(target):
    executor = MigrationExecutor(connection)
    targets = [target] if target else executor.loader.graph.leaf_nodes()
    executor.migrate(targets)


def translate(instance, locale, prefix):
    """The translation of `instance` into `locale`, every string translated as `prefix` + English."""
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    source.update_from_db()
    Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )
    target, _created = source.create_or_update_translation(locale, publish=False, fallback=False)
    target.get_latest_revision().publish()
    return source, target


def columns(table):
    with connection.cursor() as cursor:
        return {column.name for column in connection.introspection.get_table_description(cursor, table)}


@pytest.fixture
def home(transactional_db, locales):
    """An English home page, outside any test transaction (migrations change the schema). What a flush by an
    earlier transactional test removed is made again first, as seed_site does."""
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return HomePageFactory(parent=Page.get_first_root_node(), title="Home", slug="home-migrations")


def test_resource_covers_survive_the_move_to_shared_fields_both_ways(home):
    home_page = home
    french = Locale.objects.get(language_code="fr")
    section = SectionPageFactory(parent=home_page, title="Our Work")
    library = ResourceLibraryPageFactory(parent=section)
    cover = ImageFactory()
    resource = ResourcePageFactory(
        parent=library, title="Migration in numbers", featured_image=cover, featured_image_alt="A bar chart"
    )
    resource.save_revision().publish()
    for page in (home_page, section, library):
        translate(page, french, "FR ")
    source, french_resource = translate(resource, french, "FR ")
    draft = resource.get_latest_revision_as_object()
    draft.featured_image_alt = "A bar chart in blue"
    draft.save_revision()

    try:
        migrate(BEFORE)
        assert {"cover_image_id", "cover_image_alt"} <= columns("resources_resourcepage")
        assert "featured_image_id" not in columns("resources_resourcepage")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT page_ptr_id, cover_image_id, cover_image_alt FROM resources_resourcepage ORDER BY 1"
            )
            rows = cursor.fetchall()
        assert rows == [
            (resource.pk, cover.pk, "A bar chart"),
            (french_resource.pk, cover.pk, "FR A bar chart"),
        ]
        # the copies that Wagtail and wagtail-localize keep use the old names too
        content = Revision.objects.filter(object_id=str(resource.pk)).latest("pk").content
        assert (content["cover_image"], content["cover_image_alt"]) == (cover.pk, "A bar chart in blue")
        assert "featured_image_alt" not in content
        assert TranslationContext.objects.filter(object=source.object, path="cover_image_alt").exists()
        assert '"cover_image_alt": "A bar chart"' in TranslationSource.objects.get(pk=source.pk).content_json
    finally:
        migrate(None)

    assert MigrationRecorder(connection).migration_qs.filter(app="resources", name="0002_shared_item_fields")
    resource = ResourcePage.objects.get(pk=resource.pk)
    # the visitor's page keeps its cover, now the featured image shared with articles
    assert (resource.featured_image_id, resource.featured_image_alt) == (cover.pk, "A bar chart")
    # the editor's draft keeps the cover and its changed description
    draft = resource.get_latest_revision_as_object()
    assert (draft.featured_image_id, draft.featured_image_alt) == (cover.pk, "A bar chart in blue")
    # the translator's work: the French page, and the French description when the translation is synced again
    french_resource = ResourcePage.objects.get(pk=french_resource.pk)
    assert (french_resource.featured_image_id, french_resource.featured_image_alt) == (
        cover.pk,
        "FR A bar chart",
    )
    source.refresh_from_db()
    # The renamed copy records the schema it now follows (later migrations of resources make it out of date
    # again, as they should: wagtail-localize then asks for a sync).
    assert source.schema_version == "0002_shared_item_fields"
    source.update_from_db()
    synced, _created = source.create_or_update_translation(french, publish=False, fallback=False)
    assert synced.get_latest_revision_as_object().featured_image_alt == "FR A bar chart"
