from wagtail import hooks

from .submissions import can_read_submissions


@hooks.register("filter_form_submissions_for_user")
def only_submission_readers(user, editable_forms):
    """The Forms menu, the submissions listing, its exports and the delete view, for readers of submissions only."""
    return editable_forms if can_read_submissions(user) else editable_forms.none()
