"""Who may read visitors' submissions, and exports that a spreadsheet cannot turn into formulas.

Submissions hold visitors' names, e-mail addresses and messages: only the groups that follow them up may read,
export or delete them (Moderators; Administrators as superusers). The permission is Django's "Can view form
submission" (`wagtailforms.view_formsubmission`), so an administrator can give it to another group in Settings >
Groups. Everyone else sees neither the Forms menu, nor the submissions panel of a form page, nor the listing,
exports or delete view of any form (engage/wagtail_hooks.py).

A spreadsheet program opening the CSV export runs any cell that starts with =, +, - or @ (or a tab or carriage
return before them) as a formula, e.g. `=HYPERLINK(...)` typed into the form by a visitor. As OWASP recommends
("CSV Injection"), such cells are written with a leading apostrophe, which makes them plain text. The XLSX export
stores every answer as text already (Wagtail marks cells that look like formulas as strings).
"""

from wagtail.contrib.forms.panels import FormSubmissionsPanel

READ_SUBMISSIONS = "wagtailforms.view_formsubmission"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def can_read_submissions(user):
    return user.is_active and user.has_perm(READ_SUBMISSIONS)


def neutralise_formula(value):
    """A cell value a spreadsheet shows as text: a string that starts like a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SubmissionsPanel(FormSubmissionsPanel):
    """The count of submissions and the link to them, on a form page's edit view, for those who may read them."""

    class BoundPanel(FormSubmissionsPanel.BoundPanel):
        def is_shown(self):
            return can_read_submissions(self.request.user) and super().is_shown()
