"""Admin accounts: password-reset e-mails sent outside the request, and a logout that really ends the session.

**Password reset** (settings.WAGTAILADMIN_USER_PASSWORD_RESET_FORM). Django looks the address up and, for a known
one, renders and sends the e-mail before answering: an unknown address answered sooner, so the time of the answer
told whether an address has an account. Here the e-mail is rendered and sent by a background thread, after the
answer: known and unknown addresses get the same page in the same time. The number of requests is limited per
visitor address (settings.RATE_LIMITED_POSTS, core/ratelimit.py) and, silently, per e-mail address (at most
PASSWORD_RESET_EMAILS_PER_ADDRESS an hour), so that nobody can flood a colleague's inbox.

**Logout**. Django's logout view accepts POST only; Wagtail's, asked with GET, answered 405 but deleted the session
cookie anyway, so the browser forgot a session that stayed valid on the server (a copied cookie still worked).
Here a GET ends the session as a POST does.
"""

import logging
import threading

from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.admin.views.account import LogoutView as WagtailLogoutView

from core import ratelimit

logger = logging.getLogger(__name__)

PASSWORD_RESET_EMAILS_PER_ADDRESS = 3
PASSWORD_RESET_EMAIL_WINDOW = 60 * 60

# Threads still sending (tests wait for them; a server's worker waits for them before it exits).
sending = set()


def wait_for_emails(timeout=10):
    for thread in list(sending):
        thread.join(timeout)


class PasswordResetForm(WagtailPasswordResetForm):
    def save(self, *args, **kwargs):
        email = self.cleaned_data["email"].strip().lower()
        if not ratelimit.allow_key(
            f"password-reset-email:{email}", PASSWORD_RESET_EMAILS_PER_ADDRESS, PASSWORD_RESET_EMAIL_WINDOW
        ):
            logger.info("Password reset: too many requests for one e-mail address, none sent")
            return
        super().save(*args, **kwargs)

    def send_mail(self, *args, **kwargs):
        send = super().send_mail

        def run():
            try:
                send(*args, **kwargs)  # Django's: renders the e-mail and logs a failure to send it
            finally:
                sending.discard(thread)

        thread = threading.Thread(target=run, name="password-reset-email", daemon=False)
        sending.add(thread)
        thread.start()


class LogoutView(WagtailLogoutView):
    """Wagtail's logout, for GET too (settings: it replaces Wagtail's at /admin/logout/, website/urls.py)."""

    http_method_names = ["get", "post", "options"]

    def get(self, request, *args, **kwargs):
        return self.post(request, *args, **kwargs)
