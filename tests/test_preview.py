"""Previews are shown in the page editor's frame; public pages can never be framed (issue 13, item 2).

The browser side (the preview panel shows the page, the Checks panel reports its figures) is in
tests/browser/test_preview_panel.py.
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

pytestmark = pytest.mark.django_db


def directives(policy):
    """A Content-Security-Policy header as {directive: sources}, whatever the order of its directives."""
    pairs = (part.strip().partition(" ") for part in policy.split(";") if part.strip())
    return {name: sources.strip() for name, _space, sources in pairs}


def edit_form_data(page, user):
    """The page's title and address, an empty body and empty inline lists: enough for a preview."""
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent())
    data = {"title": page.title, "slug": page.slug, "body-count": "0"}
    for formset in form.formsets.values():
        data.update({f"{formset.prefix}-{name}": "0" for name in ("TOTAL_FORMS", "INITIAL_FORMS")})
    return data


@pytest.mark.parametrize("language", ["en", "fr", "nl", "de"])
def test_the_admin_may_frame_a_preview_and_only_the_admin(
    admin_client, admin_user, client, seeded_site, language
):
    about = Page.objects.get(url_path__endswith="/about/", locale__language_code="en")
    page = about.get_translation(about.locale.__class__.objects.get(language_code=language))

    # What the editor's browser sends as they type: the panel posts the form, then frames its GET address.
    preview = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    sent = admin_client.post(preview, edit_form_data(page.specific, admin_user))
    assert sent.json() == {"is_valid": True, "is_available": True}

    for view in ("wagtailadmin_pages:view_draft", "wagtailadmin_pages:preview_on_edit"):
        response = admin_client.get(reverse(view, args=[page.pk]))
        assert response.status_code == 200
        assert page.title in response.content.decode()
        policy = directives(response["Content-Security-Policy"])
        assert policy["frame-ancestors"] == "'self'", view
        assert policy["script-src"] == "'self'"  # as strict as the public page otherwise
        assert "unsafe" not in response["Content-Security-Policy"]
        if view.endswith("preview_on_edit"):  # what the preview panel shows (view_draft opens in a new tab)
            assert response["X-Frame-Options"] == "SAMEORIGIN"

    public = client.get(page.url)
    assert public.status_code == 200
    assert directives(public["Content-Security-Policy"])["frame-ancestors"] == "'none'"
    assert public["X-Frame-Options"] == "DENY"
