"""Content Security Policy: strict for the public site, Wagtail's needs for the admin, nothing for downloads."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SiteCSPMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        path = request.path_info
        if path.startswith(settings.ADMIN_PATH_PREFIXES):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        elif path.startswith("/documents/"):
            # Downloads must never run as a page of this site, whatever their content.
            parts.config = {"default-src": ["'none'"], "sandbox": True}
        return parts
