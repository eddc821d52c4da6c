# Varnish in front of the site (Debian's varnish 7): `varnishd -a :80 -p vcl_path=/etc/varnish -f /etc/varnish/site.vcl`, with backend.vcl
# beside it. What it does:
# - caches what the application marks public (Cache-Control: public, s-maxage; core/http_cache.py) and nothing
#   else: answers that set a cookie or say private/no-store/no-cache are passed;
# - keeps only the session, CSRF and messages cookies; the other cookies (analytics...) never reach the
#   application. A request with a session or messages cookie is passed (editors, page passwords, messages); the
#   CSRF cookie is sent to the application but is not part of the cache lookup;
# - never caches /admin, /django-admin, /healthz or anything but GET and HEAD;
# - PURGE (one address, every query string of it) and BAN (a whole host) from the addresses in `purgers` only
#   (wagtail.contrib.frontend_cache, core/frontend_cache.py);
# - serves stale pages for up to 6 hours when the application does not answer (grace), 10 s otherwise.
vcl 4.1;

import std;

include "backend.vcl";

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One cache entry per host name, whatever port the visitor used; purges name the host without port.
    set req.http.host = regsub(req.http.host, ":[0-9]+$", "");

    if (req.method == "PURGE" || req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (req.method == "PURGE") {
            ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
            return (synth(200, "Purged"));
        }
        ban("obj.http.x-host == " + req.http.host);
        return (synth(200, "Banned"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(admin|django-admin)(/|$)" || req.url ~ "^/healthz") {
        return (pass);
    }

    # Keep the session, CSRF and messages cookies only.
    if (req.http.Cookie) {
        set req.http.Cookie = ";" + req.http.Cookie;
        set req.http.Cookie = regsuball(req.http.Cookie, "; +", ";");
        set req.http.Cookie = regsuball(req.http.Cookie, ";(sessionid|csrftoken|messages)=", "; \1=");
        set req.http.Cookie = regsuball(req.http.Cookie, ";[^ ][^;]*", "");
        set req.http.Cookie = regsuball(req.http.Cookie, "^[; ]+|[; ]+$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    if (req.http.Cookie ~ "(^|; )(sessionid|messages)=") {
        return (pass);
    }
    # The CSRF cookie goes to the application (a form keeps its token) but the lookup is made without it.
    if (req.http.Cookie) {
        set req.http.x-csrf-cookie = req.http.Cookie;
        unset req.http.Cookie;
    }

    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_fetch {
    if (bereq.http.x-csrf-cookie) {
        set bereq.http.Cookie = bereq.http.x-csrf-cookie;
        unset bereq.http.x-csrf-cookie;
    }
}

sub vcl_backend_response {
    # What PURGE and BAN match on (kept on the object, removed before delivery).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");

    if (beresp.http.Set-Cookie
        || !beresp.http.Cache-Control
        || beresp.http.Cache-Control ~ "(private|no-store|no-cache)"
        || beresp.status >= 500) {
        set beresp.ttl = 10s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    set beresp.grace = 6h;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    unset resp.http.Via;
    if (obj.uncacheable) {
        set resp.http.X-Cache = "PASS";
    } elsif (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
