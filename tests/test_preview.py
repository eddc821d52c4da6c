"""Previews are shown in the page editor's frame; public pages can never be framed (issue 13, item 2).

The browser side (the preview panel shows the page, the Checks panel reports its figures) is in
tests/browser/test_preview_panel.py.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_the_admin_may_frame_a_preview_and_only_the_admin(admin_client, client, seeded_site, language):
    about = Page.objects.get(url_path__endswith="/about/", locale__language_code="en")
    page = about.get_translation(about.locale.__class__.objects.get(language_code=language))

    for view in ("wagtailadmin_pages:view_draft", "wagtailadmin_pages:preview_on_edit"):
        response = admin_client.get(reverse(view, args=[page.pk]))
        assert response.status_code == 200
        assert page.title in response.content.decode()
        policy = response["Content-Security-Policy"]
        assert "frame-ancestors 'self'" in policy, view
        assert (
            "script-src 'self';" in policy and "unsafe" not in policy
        )  # as strict as the public page otherwise
        if view.endswith("preview_on_edit"):  # what the preview panel shows (view_draft opens in a new tab)
            assert response["X-Frame-Options"] == "SAMEORIGIN"

    public = client.get(page.url)
    assert public.status_code == 200
    assert "frame-ancestors 'none'" in public["Content-Security-Policy"]
    assert public["X-Frame-Options"] == "DENY"
