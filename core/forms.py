"""The admin's page forms: starting a page again never fails on the address of one's own abandoned draft.

Wagtail 8 autosaves a page being added as a draft as soon as an editor types (the "Add page" form becomes that
draft's editor). An editor who leaves and later adds the page again, with the same title, met "The slug is
already in use within the parent page", with no hint of the draft in the way. Now, when the page in the way is
that editor's own unfinished draft (never published, nobody else worked on it), the new page takes the next free
address (for example `-1`), the form in the browser is told so, and the editor gets a message with links to
continue or discard the old draft; the dashboard lists every unfinished draft of theirs
(editorial/wagtail_hooks.py, "Your unfinished drafts").
"""

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.coreutils import find_available_slug


def unfinished_draft_in_the_way(parent, slug, user):
    """The sibling page holding `slug` if it is `user`'s own never-published draft, else None."""
    if parent is None or user is None or not slug:
        return None
    page = parent.get_children().filter(slug=slug).first()
    if page is None or page.live or page.first_published_at or page.owner_id != user.pk:
        return None
    if page.revisions.exclude(user=user).exists():
        return None
    return page


class StartAgainMixin:
    def clean(self):
        slug = self.cleaned_data.get("slug")
        draft = None
        if self.instance.pk is None:
            draft = unfinished_draft_in_the_way(self.parent_page, slug, getattr(self, "for_user", None))
        if draft is not None:
            self.cleaned_data["slug"] = find_available_slug(self.parent_page, slug)
            # Read by the after_create_page hook, which tells the editor (editorial/wagtail_hooks.py).
            self.instance.unfinished_draft_in_the_way = draft.specific
        return super().clean()

    def get_field_updates_for_resave(self):
        """After an autosave in the browser, the slug field shows the address the page really got."""
        updates = list(super().get_field_updates_for_resave())
        if getattr(self.instance, "unfinished_draft_in_the_way", None) is not None:
            updates.append(("slug", self.instance.slug))
        return updates


class ExpiryNeedsModeratorMixin:
    """An expiry date unpublishes the page when it comes: only those who may unpublish the page may set one."""

    def clean(self):
        cleaned_data = super().clean()
        if "expire_at" in self.changed_data and cleaned_data.get("expire_at") and not self.may_unpublish():
            self.add_error(
                "expire_at",
                _("Only moderators can set an expiry date: the page is unpublished when it comes."),
            )
        return cleaned_data

    def may_unpublish(self):
        page = self.instance if self.instance.pk else self.parent_page
        if page is None or self.for_user is None:
            return False
        tester = page.permissions_for_user(self.for_user)
        if hasattr(tester, "has_moderator_rights"):  # core.permissions.SitePagePermissionTester
            return tester.has_moderator_rights()
        return self.for_user.is_active and self.for_user.is_superuser


class SitePageForm(ExpiryNeedsModeratorMixin, StartAgainMixin, WagtailAdminPageForm):
    """The base form of the site's page types."""


class SiteFormPageForm(ExpiryNeedsModeratorMixin, StartAgainMixin, WagtailAdminFormPageForm):
    """The base form of the Take Action page (a Wagtail form page): Wagtail's checks of form fields, and ours."""
