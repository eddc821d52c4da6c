import pytest
from django.core.management import call_command


@pytest.fixture
def seeded(db):
    """The seeded site, as `make run` builds it."""
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from home.models import HomePage

    return HomePage.objects.get(locale__language_code="en", depth=2)
