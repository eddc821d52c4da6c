"""Who may remove things from the site: pages, images and documents.

Wagtail's own rules are generous for a team like ours: anyone who may publish a page may also unpublish it, make
it private, move it and delete it; anyone who may edit pages may delete every page that is not live (other people's
drafts included); anyone who may edit an image or a document may delete it, even while pages use it. Here:

**Pages** (`SitePagePermissionTester`, the tester every page type of the site returns from
`permissions_for_user`, so that the explorer, the editor's menus, the bulk actions, wagtail-localize's editor and
every admin view ask the same question). Unpublishing, deleting, moving, reordering and making a page private need
Wagtail's "Delete pages with children" permission (`bulk_delete`) on that page: in our groups, the Moderators'
authority over a tree (editorial/roles.py). Without it, a group that may edit or publish there (Editors,
Translators) can delete only its members' own drafts: a page they created that has never been published, with
nothing under it. Nor can they set an expiry date (which unpublishes the page when it comes). Pages are copied and
moved within their own language's tree only: a copy of an English page under /fr/ would be an English page among
the French ones (wagtail-localize's "Translate this page" is the way between languages).

**Images and documents** (`FileDeletionPolicy`, registered for both models in core/apps.py): deleting needs the
"delete" permission on the collection (Moderators), whatever Wagtail says about "change". Without it, the person who
uploaded a file may delete it only while it is a fresh, unused upload: uploaded less than
`OWN_UPLOAD_DELETABLE_FOR` ago and used nowhere according to Wagtail's reference index (the file's "Usage" tab),
which is what the multiple uploader's "Delete" button needs after a wrong upload.
"""

from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms.pages import CopyForm
from wagtail.models import PagePermissionTester, ReferenceIndex
from wagtail.permission_policies.collections import (
    CollectionOwnershipPermissionPolicy,
    CollectionPermissionPolicy,
)

from core.forms import SitePageForm

# The page permission (GroupPagePermission) that stands for a moderator's authority over a tree.
MODERATOR_PAGE_PERMISSION = "bulk_delete"
# How long the uploader of an image or document may take back an unused upload of theirs.
OWN_UPLOAD_DELETABLE_FOR = timedelta(hours=24)


# --- Pages ----------------------------------------------------------------------------------------------------
def in_another_language(page, destination):
    """True when `destination` is in another language's tree than `page` (the root belongs to none)."""
    return destination.depth > 1 and destination.locale_id != page.locale_id


class SitePagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, narrowed to the site's roles (see the module's docstring)."""

    def has_moderator_rights(self):
        if not self.user.is_active:
            return False
        return self.user.is_superuser or MODERATOR_PAGE_PERMISSION in self.permissions

    def is_own_draft(self):
        """The page and everything below it were created by this user and have never been published."""
        page = self.page
        if page.owner_id != self.user.pk or page.live or page.first_published_at is not None:
            return False  # decided without a query: the explorer asks this for every page it lists
        if page.is_leaf():
            return True
        return not (
            page.get_descendants()
            .exclude(owner=self.user, live=False, first_published_at__isnull=True)
            .exists()
        )

    def can_delete(self, ignore_bulk=False):
        if self.has_moderator_rights():
            return super().can_delete(ignore_bulk=ignore_bulk)
        if not self.user.is_active or self.page_is_root:
            return False
        if not self.permissions & {"add", "change"}:
            return False
        if not ignore_bulk and not self.page.is_leaf():
            return False
        return self.is_own_draft()

    def can_move(self):
        return self.has_moderator_rights() and super().can_move()

    def can_move_to(self, destination):
        if in_another_language(self.page, destination):
            return False
        return super().can_move_to(destination)

    def can_copy_to(self, destination, recursive=False):
        if in_another_language(self.page, destination):
            return False
        return super().can_copy_to(destination, recursive=recursive)

    def can_unpublish(self):
        return self.has_moderator_rights() and super().can_unpublish()

    def can_set_view_restrictions(self):
        return self.has_moderator_rights() and super().can_set_view_restrictions()

    def can_reorder_children(self):
        return self.has_moderator_rights() and super().can_reorder_children()

    def can_replace_translation(self):
        """Replace a translated page by an alias of its source (wagtail-localize): it discards the translation."""
        return self.has_moderator_rights() and self.can_edit()


class SameLanguageCopyForm(CopyForm):
    """Wagtail's copy form, explaining why a page cannot be copied into another language's tree."""

    def clean(self):
        cleaned_data = super().clean()
        parent = cleaned_data.get("new_parent_page") or self.page.get_parent()
        if in_another_language(self.page, parent):
            self._errors["new_parent_page"] = self.error_class(
                [
                    _(
                        "A page can only be copied within its own language. To make a version of it in "
                        "another language, use “Translate this page”."
                    )
                ]
            )
            cleaned_data.pop("new_parent_page", None)
        return cleaned_data


class SitePagePermissionsMixin:
    """For every page type of the site: the site's permission rules, copy form and edit form (module docstring)."""

    copy_form_class = SameLanguageCopyForm
    base_form_class = SitePageForm

    def permissions_for_user(self, user):
        return SitePagePermissionTester(user, self)


# --- Images and documents ---------------------------------------------------------------------------------------
class FileDeletionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's ownership policy for images and documents, except that deleting needs "delete" on the collection.

    Wagtail treats "delete" as "change" (and "change" as "add" for one's own files); here "delete" is the Django
    permission `delete_image` / `delete_document` granted on a collection (GroupCollectionPermission), plus the
    uploader's own fresh, unused files (see the module's docstring). Every other action is Wagtail's.
    """

    def __init__(self, model, auth_model=None, owner_field_name="owner"):
        super().__init__(model, auth_model=auth_model, owner_field_name=owner_field_name)
        self.by_collection = CollectionPermissionPolicy(model, auth_model=auth_model)

    def fresh_uploads(self, user):
        """The user's own uploads of the last OWN_UPLOAD_DELETABLE_FOR, in collections where they may upload."""
        return self.model._default_manager.filter(
            **{self.owner_field_name: user},
            created_at__gte=timezone.now() - OWN_UPLOAD_DELETABLE_FOR,
            collection__in=self.collections_user_has_permission_for(user, "add"),
        )

    def own_unused_uploads(self, user):
        """The user's own uploads that they may still take back: recent, and used nowhere."""
        if not (user.is_active and user.is_authenticated):
            return self.model._default_manager.none()
        candidates = self.fresh_uploads(user)
        used = ReferenceIndex.get_references_to_in_bulk(candidates).values_list("to_object_id", flat=True)
        return candidates.exclude(pk__in=[int(pk) for pk in used])

    def may_delete(self, user, instance):
        if not (user.is_active and user.is_authenticated):
            return False
        if self.by_collection.user_has_permission_for_instance(user, "delete", instance):
            return True
        return (
            getattr(instance, f"{self.owner_field_name}_id") == user.pk
            and self.fresh_uploads(user).filter(pk=instance.pk).exists()
            and not ReferenceIndex.get_references_to(instance).exists()
        )

    def user_has_permission(self, user, action):
        if action == "delete":
            # Whoever may upload may delete some files: their own fresh, unused uploads.
            return self.by_collection.user_has_permission(user, "delete") or super().user_has_permission(
                user, "add"
            )
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        if "delete" in actions:
            if self.may_delete(user, instance):
                return True
            actions.discard("delete")
            if not actions:
                return False
        return super().user_has_any_permission_for_instance(user, actions, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        if "delete" not in actions:
            return super().instances_user_has_any_permission_for(user, actions)
        actions.discard("delete")
        deletable = self.by_collection.instances_user_has_permission_for(user, "delete")
        deletable = deletable | self.own_unused_uploads(user)
        if actions:
            return super().instances_user_has_any_permission_for(user, actions) | deletable
        return deletable

    def users_with_any_permission(self, actions):
        actions = set(actions)
        if "delete" not in actions:
            return super().users_with_any_permission(actions)
        # Whoever may upload may delete some files (their own fresh, unused uploads).
        return (
            self.by_collection.users_with_permission("delete")
            | super().users_with_any_permission(actions | {"add"})
        ).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        actions = set(actions)
        if "delete" not in actions:
            return super().users_with_any_permission_for_instance(actions, instance)
        actions.discard("delete")
        users = self.by_collection.users_with_permission_for_instance("delete", instance)
        owner = getattr(instance, self.owner_field_name)
        if owner is not None and self.may_delete(owner, instance):
            users = users | users.model._default_manager.filter(pk=owner.pk)
        if actions:
            users = users | super().users_with_any_permission_for_instance(actions, instance)
        return users.distinct()

    def collections_user_has_any_permission_for(self, user, actions):
        actions = set(actions)
        if "delete" not in actions:
            return super().collections_user_has_any_permission_for(user, actions)
        # Collections where the user may delete something: everything, or their own fresh uploads.
        return self.by_collection.collections_user_has_permission_for(
            user, "delete"
        ) | super().collections_user_has_any_permission_for(user, (actions - {"delete"}) | {"add"})
