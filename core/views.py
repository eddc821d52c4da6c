"""Error pages that never depend on the database, and the health check used by load balancers."""

import logging

from django.conf import settings
from django.core.cache import cache
from django.http import Http404, HttpResponseNotFound, HttpResponseServerError, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.static import serve
from wagtail.models import Site

logger = logging.getLogger(__name__)


@requires_csrf_token
def page_not_found(request, exception=None):
    template = loader.get_template("404.html")
    return HttpResponseNotFound(template.render({"request_path": request.path}, request))


@requires_csrf_token
def server_error(request):
    template = loader.get_template("500.html")
    return HttpResponseServerError(template.render({}))


@never_cache
def healthz(request):
    """200 when the database (its table of sites) and the cache answer; 503 with the failing part otherwise."""
    checks = {}
    try:
        # A table of the site, not just a connection: a SQLite file replaced by other bytes, or a new empty file,
        # connects without complaint but has no sites to serve.
        checks["database"] = "ok" if Site.objects.exists() else "empty"
    except Exception:
        logger.exception("Health check: database unavailable")
        checks["database"] = "unavailable"
    try:
        cache.set("healthz", "ok", 10)
        checks["cache"] = "ok" if cache.get("healthz") == "ok" else "unavailable"
    except Exception:
        logger.exception("Health check: cache unavailable")
        checks["cache"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    return JsonResponse(
        {"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503
    )


# What the application may serve from MEDIA_ROOT itself: Wagtail's images and their renditions. Documents
# (documents/) are served only by /documents/<id>/<name>, which checks private collections and sends them as
# downloads; their files are never reachable under /media/.
SERVED_MEDIA_FOLDERS = ("original_images/", "images/")


def media(request, path):
    """Uploaded images under `make run` (settings.SERVE_MEDIA); elsewhere the proxy or the storage serves them."""
    if not settings.SERVE_MEDIA or not path.startswith(SERVED_MEDIA_FOLDERS) or ".." in path.split("/"):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)
