"""Content Security Policy (strict for the public site, Wagtail's needs for the admin, nothing for downloads), and
the site's own 404 page when DEBUG is on."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import Http404
from django.utils.deprecation import MiddlewareMixin

from core.views import page_not_found


def preview_policy():
    """The public pages' policy, except that the admin (same origin) may show them in its preview panel."""
    return {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": ["'self'"]}


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        path = request.path_info
        if getattr(request, "is_preview", False):
            # Wagtail renders a preview through the whole middleware chain with a request made for the page's
            # public address (Page.make_preview_request), then shows it in an iframe of the editor: in the
            # preview panel, the Checks panel (axe checks, word count, reading time) reads that frame.
            parts.config = preview_policy()
        elif path.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        elif path.startswith("/documents/"):
            # Downloads must never run as a page of this site, whatever their content.
            parts.config = {"default-src": ["'none'"], "sandbox": True}
        return parts


class SiteNotFoundPageMiddleware(MiddlewareMixin):
    """With DEBUG on (the dev settings of `make run`), Django answers a missing page with its technical 404 page,
    which lists the site's URL patterns; production shows the site's own 404 page (handler404). This shows the
    site's page in both, so that what people try under `make run` is what visitors get."""

    def process_exception(self, request, exception):
        # A view found nothing (a page, a feed, a media file).
        if settings.DEBUG and isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None

    def process_response(self, request, response):
        # No URL pattern matched at all: no view ran, so there was no exception to see above.
        if (
            settings.DEBUG
            and response.status_code == 404
            and getattr(request, "resolver_match", None) is None
        ):
            return page_not_found(request)
        return response
