"""The editorial roles: who may do what, in which language's tree.

| role                 | pages (where)                           | images, documents          | other                     |
|----------------------|-----------------------------------------|----------------------------|---------------------------|
| Editors              | add, edit, submit for review; delete    | add, edit, choose; delete  |                           |
|                      | their own never-published drafts (all)  | own unused uploads (24 h)  |                           |
| Moderators           | add, edit, publish, unpublish, lock,    | add, edit, delete, choose  | redirects; translate      |
|                      | delete with children, move, privacy     |                            | (submit translations);    |
|                      | (all)                                   |                            | read, export and delete   |
|                      |                                         |                            | form submissions          |
| Translators (French) | add, edit, publish in the French tree;  | choose                     |                           |
| (Dutch, German alike)| delete their own never-published drafts |                            |                           |
| Administrators       | Django superusers: everything, including users, settings and snippets               |

Publishing does not bring unpublishing, deleting, moving or privacy with it: those need the "Delete pages with
children" permission (bulk_delete), which only Moderators hold (core/permissions.py). Deleting images and documents
needs the "delete" permission on the collection; Wagtail's "change" is not enough here.
"""

from django.conf import settings

ACCESS_ADMIN = ("wagtailadmin", "access_admin")

EDITORS = "Editors"
MODERATORS = "Moderators"
LANGUAGE_NAMES_EN = {"fr": "French", "nl": "Dutch", "de": "German"}

GROUP_PERMISSIONS = {
    EDITORS: [ACCESS_ADMIN],
    MODERATORS: [
        ACCESS_ADMIN,
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
        ("wagtail_localize", "submit_translation"),
        # Visitors' names, e-mail addresses and messages (engage/submissions.py).
        ("wagtailforms", "view_formsubmission"),
        ("wagtailforms", "delete_formsubmission"),
    ],
}
PAGE_PERMISSIONS = {
    EDITORS: ["add_page", "change_page"],
    MODERATORS: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
}
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page"]
COLLECTION_PERMISSIONS = {
    EDITORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
    ],
    MODERATORS: [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "delete_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "delete_document"),
        ("wagtaildocs", "choose_document"),
    ],
}
TRANSLATOR_COLLECTION_PERMISSIONS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]


def translator_group_name(code):
    return f"Translators ({LANGUAGE_NAMES_EN.get(code, code)})"


def translator_languages():
    return [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]


# Permissions that Wagtail and wagtail-localize create in migrations (not from a model), with the content type
# they hang off: recreated here if a database flush (as in transactional tests) removed them.
MIGRATION_MADE_PERMISSIONS = {
    ACCESS_ADMIN: ("admin", "Can access Wagtail admin"),
    ("wagtail_localize", "submit_translation"): ("translation", "Can submit translations"),
}


def _permission(Permission, app_label, codename):
    permission = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
    if permission is None and (app_label, codename) in MIGRATION_MADE_PERMISSIONS:
        model, name = MIGRATION_MADE_PERMISSIONS[(app_label, codename)]
        content_type_model = Permission._meta.get_field("content_type").related_model
        content_type = content_type_model.objects.get_or_create(app_label=app_label, model=model)[0]
        permission = Permission.objects.create(content_type=content_type, codename=codename, name=name)
    if permission is None:
        raise LookupError(f"Permission {app_label}.{codename} does not exist; run migrate first.")
    return permission


def ensure_roles(apps=None):
    """Create or correct the groups and their permissions on the root page and root collection (idempotent).

    Works with historical models inside a migration (pass `apps`) and with the real models elsewhere.
    """
    get = apps.get_model if apps else _real_model
    Group = get("auth", "Group")
    Permission = get("auth", "Permission")
    Page = get("wagtailcore", "Page")
    Collection = get("wagtailcore", "Collection")
    GroupPagePermission = get("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = get("wagtailcore", "GroupCollectionPermission")

    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for name, perms in GROUP_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(*[_permission(Permission, a, c) for a, c in perms])
        # Wagtail's own migrations give both groups every image and document permission; deleting files is
        # the moderators' call, and submitting translations too.
        if name == EDITORS:
            group.permissions.remove(
                *Permission.objects.filter(
                    content_type__app_label__in=["wagtailimages", "wagtaildocs", "wagtail_localize"],
                    codename__in=["delete_image", "delete_document", "submit_translation"],
                )
            )
        if root_page is not None:
            wanted = [_permission(Permission, "wagtailcore", c) for c in PAGE_PERMISSIONS[name]]
            GroupPagePermission.objects.filter(group=group, page=root_page).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupPagePermission.objects.get_or_create(group=group, page=root_page, permission=permission)
        if root_collection is not None:
            wanted = [_permission(Permission, a, c) for a, c in COLLECTION_PERMISSIONS[name]]
            GroupCollectionPermission.objects.filter(group=group, collection=root_collection).exclude(
                permission__in=wanted
            ).delete()
            for permission in wanted:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission
                )
    for code in translator_languages():
        group, _created = Group.objects.get_or_create(name=translator_group_name(code))
        group.permissions.add(_permission(Permission, *ACCESS_ADMIN))
        if root_collection is not None:
            for app_label, codename in TRANSLATOR_COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group,
                    collection=root_collection,
                    permission=_permission(Permission, app_label, codename),
                )


def migrate_roles(apps, schema_editor):
    """For the migrations that change the roles: the permissions they need (Django makes permissions only after
    all migrations), then the groups (ensure_roles)."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    ensure_roles(apps)


def _real_model(app_label, model_name):
    from django.apps import apps

    return apps.get_model(app_label, model_name)


def ensure_translator_page_permissions(home_pages):
    """Give each Translators group add, edit and publish on its own language's home page, and nothing else."""
    from django.contrib.auth.models import Group, Permission
    from wagtail.models import GroupPagePermission

    permissions = [_permission(Permission, "wagtailcore", c) for c in TRANSLATOR_PAGE_PERMISSIONS]
    for home in home_pages:
        code = home.locale.language_code
        if code == settings.LANGUAGE_CODE:
            continue
        group, _created = Group.objects.get_or_create(name=translator_group_name(code))
        GroupPagePermission.objects.filter(group=group).exclude(page=home).delete()
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=home, permission=permission)


WORKFLOW_NAME = "Communications review"


def ensure_review_workflow(home_pages):
    """A "Communications review" workflow (Moderators approve) on the root and on every language's home page."""
    from django.contrib.auth.models import Group
    from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME, defaults={"active": True})
    task = GroupApprovalTask.objects.filter(name="Moderators review").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators review")
        task.groups.set([Group.objects.get(name=MODERATORS)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in [Page.get_first_root_node(), *home_pages]:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
