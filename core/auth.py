"""Login throttling with django-axes: who is counted, what is reset, and the page a locked-out person sees.

Failed logins are counted per account and per address (settings.AXES_LOCKOUT_PARAMETERS): five failures for one
account, from any number of addresses, lock that account; five failures from one address, for any accounts, lock
that address. The lock lifts AXES_COOLOFF_TIME after the last failure, or at once with `manage.py axes_reset`.
"""

import ipaddress
import math

from axes.backends import AxesStandaloneBackend
from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.shortcuts import render

from core.ratelimit import client_address

LOCKOUT_TEMPLATE = "security/lockout.html"


class LoginThrottleBackend(AxesStandaloneBackend):
    """Axes' gatekeeper, first in AUTHENTICATION_BACKENDS: refuses every login attempt while its account or address is locked.

    A call to authenticate() without a request is not a login through a web form (it comes from code: a shell, a
    management command, Django's test client): there is no address to count, so it is left to the next backend.
    Every login form of the site (Wagtail's /admin/login/) passes the request.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler, except that a successful login clears only the failures of the account logged in to.

    Axes would also clear every failure counted against the address the login came from, so someone with an
    account of their own could alternate guesses at a colleague's password with logins to their own account and
    never reach the limit.
    """

    def reset_user_attempts(self, request, credentials=None):
        username = get_client_username(request, credentials)
        if not username:
            return 0
        count, _deleted = AccessAttempt.objects.filter(username=username).delete()
        return count


def login_client_ip(request):
    """The address a login attempt is counted against: the same visitor address as the forms' rate limit.

    That is REMOTE_ADDR, or the X-Forwarded-For entry of our own first proxy when TRUSTED_PROXY_COUNT says there
    is one (core.ratelimit.client_address). An IPv6 visitor is counted by the /64 it belongs to (one household
    or server usually holds a whole /64), stored as the first address of that network.
    """
    address = client_address(request)
    try:
        return str(ipaddress.ip_network(address, strict=False).network_address)
    except ValueError:
        return None


def lockout_response(request, original_response=None, credentials=None):
    """The page shown instead of the login form while an account or address is locked (HTTP 429)."""
    cool_off = get_cool_off(request)
    seconds = int(cool_off.total_seconds()) if cool_off else 0
    response = render(
        request,
        LOCKOUT_TEMPLATE,
        {"minutes": max(1, math.ceil(seconds / 60)) if seconds else 0},
        status=429,
    )
    if seconds:
        response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
