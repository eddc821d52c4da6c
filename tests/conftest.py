import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Locale, Page, Site

from tests.factories import HomePageFactory


def pytest_itemcollected(item):
    """Marks given as each test is collected, before any plugin orders or shares out the tests.

    With pytest-xdist (`make test` runs on every core, --dist loadgroup), tests go to the workers module by
    module, so that a module's fixtures (servers, an edited site) are built once, on one worker. A module's tests
    on the shared seed are a group of their own: they come last (see below), so each worker builds the seed once,
    when it takes its first such group, and keeps it for the rest.
    """
    module = getattr(getattr(item, "module", None), "__name__", item.nodeid.split("::")[0])
    if "seed_run" in getattr(item, "fixturenames", ()):
        if not item.get_closest_marker("django_db"):
            item.add_marker(pytest.mark.django_db)
        item.add_marker(pytest.mark.xdist_group(f"{module}:seed"))
    elif not item.get_closest_marker("xdist_group"):
        item.add_marker(pytest.mark.xdist_group(module))


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Tests that use the shared seed run last, together, and always on the test database.

    pytest-django creates the test database only for tests that are marked or ask for `db`, so such tests
    get the mark. They run after every other test (a stable sort keeps pytest-django's order otherwise), so
    the seed is built once for the whole run and no test that expects an empty database ever sees it.

    Tests marked `postgresql` are about PostgreSQL itself (stemming, a server that stops): on SQLite they are
    deselected, not skipped, and CI runs them in its PostgreSQL pass.
    """
    if connection.vendor != "postgresql":
        deselected = [item for item in items if item.get_closest_marker("postgresql")]
        if deselected:
            config.hook.pytest_deselected(items=deselected)
            items[:] = [item for item in items if not item.get_closest_marker("postgresql")]
    items.sort(key=lambda item: "seed_run" in getattr(item, "fixturenames", ()))


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(request, settings, tmp_path):
    """Uploaded files go to a temporary directory (tests on the shared seed keep the run's, where its pictures
    are), and no cached site root paths leak between tests."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.contrib.forms.utils import get_form_types

    if (
        "seed_run" not in request.fixturenames
    ):  # the seed's files stay in the run's directory (settings/test.py)
        settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    # A transactional test's flush recreates the content types under new ids on PostgreSQL: forget the old ones
    # (Wagtail keeps the form page types in an lru_cache).
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()
    yield
    cache.clear()


class SharedSeed:
    """The seeded site, built on first use inside one transaction that is rolled back when it is left."""

    active = None

    def __init__(self, django_db_blocker):
        self.blocker = django_db_blocker
        self.atomic = None
        self.output = None

    def ensure(self):
        """Seed now unless the seed is already in place; returns the command's output."""
        if self.atomic is not None:
            return self.output
        self.blocker.unblock()
        self.atomic = transaction.atomic()
        self.atomic.__enter__()
        SharedSeed.active = self
        name = str(connection.settings_dict["NAME"])
        assert name.startswith("test_") or "memorydb" in name, f"not a test database: {name}"
        output = io.StringIO()
        try:
            call_command("seed_site", stdout=output)
        except BaseException:
            self.close()
            raise
        self.output = output.getvalue()
        return self.output

    def close(self):
        if self.atomic is None:
            return
        transaction.set_rollback(True)
        self.atomic.__exit__(None, None, None)
        self.atomic = None
        self.blocker.restore()
        SharedSeed.active = None
        cache.clear()


@pytest.fixture(scope="session")
def _shared_seed(django_db_setup, django_db_blocker):
    seed = SharedSeed(django_db_blocker)
    yield seed
    seed.close()


@pytest.fixture(scope="module")
def seed_run(_shared_seed):
    """Runs seed_site once for the whole test run and returns its output.

    Seeding takes seconds, so it happens once, in a transaction rolled back at the end; each test still
    runs in its own savepoint (through the `db` fixture), so what one test changes is gone before the next.
    A module-scoped fixture that changes data on top of it must undo its changes itself (in its own
    `transaction.atomic()` block, rolled back). It cannot be combined with `transactional_db` or
    `live_server`: browser tests seed inside the test instead.
    """
    return _shared_seed.ensure()


@pytest.fixture(autouse=True)
def _leave_shared_seed(request):
    """Roll the shared seed back before a test that does not use it, and refuse misuse."""
    uses_seed = "seed_run" in request.fixturenames
    if uses_seed and {"transactional_db", "live_server"} & set(request.fixturenames):
        pytest.fail("The shared seed cannot be used with transactional_db or live_server.")
    if not uses_seed and SharedSeed.active is not None:
        SharedSeed.active.close()


@pytest.fixture
def seeded(seed_run, db):
    """The seeded site (its English home page), as `make run` builds it."""
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en", depth=2)


@pytest.fixture
def seeded_site(seed_run, db):
    """The seeded site (its English home page); what a test changes is undone after it."""
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
