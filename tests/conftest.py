import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory


def pytest_collection_modifyitems(items):
    """A test that uses the module-wide seed needs the test database, even if it asks for no `db` itself.

    pytest-django creates the test database only for tests that are marked or ask for `db`; without this,
    `seed_run` would write (then roll back) in the development database.
    """
    for item in items:
        if "seed_run" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    """Uploaded files go to a temporary directory, and no cached site root paths leak between tests."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def seeded(db):
    """The seeded site, as `make run` builds it."""
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en", depth=2)


@pytest.fixture(scope="module")
def seed_run(django_db_setup, django_db_blocker):
    """Runs seed_site once for a whole test module, in a transaction rolled back after it; yields its output.

    Seeding takes seconds, so a module seeds once and each of its tests still runs in its own savepoint
    (through the `db` fixture): what one test changes is gone before the next. Do not combine it with
    `transactional_db` or `live_server` in one module.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        name = str(connection.settings_dict["NAME"])
        assert name.startswith("test_") or "memorydb" in name, f"not a test database: {name}"
        print("DEBUGNAME", name)
        output = io.StringIO()
        call_command("seed_site", stdout=output)
        try:
            yield output.getvalue()
        finally:
            transaction.set_rollback(True)
            cache.clear()


@pytest.fixture
def seeded_site(seed_run, db):
    """The seeded site (its English home page), seeded once per module; changes are undone after each test."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en", depth=2)


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def locales(db):
    """Every language of settings.LANGUAGES as a Wagtail locale."""
    from django.conf import settings

    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


@pytest.fixture
def home_page(root_page, locales):
    """An English home page under the root node, served by the default site (Wagtail's welcome page removed)."""
    welcome_pages = list(root_page.get_children())
    home = HomePageFactory(parent=root_page, title="Home", slug="home-page")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    for page in welcome_pages:
        page.delete()
    return Page.objects.get(pk=home.pk).specific


@pytest.fixture
def site(home_page):
    return Site.objects.get(is_default_site=True)
