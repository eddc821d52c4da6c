"""A hostile-input battery: every public address, every parameter its view reads, the Take Action form and the
request headers, each fed oversized, malformed, encoded and injected values.

Whatever arrives, the answer is never a server error; it is a page of the site (or the feed, sitemap, text or JSON
the address promises), it redirects only within the site, and it never carries the injected markup unescaped.
Each payload family has its own marker, so a failure names the family that got through.

The cases are run in groups (one address and parameter, one header...) so that the menus and footer cached by
the first request of a group serve the rest; a failing group lists every case that failed and why.
"""

import json
from dataclasses import dataclass, field, replace
from urllib.parse import quote, urlsplit

import pytest
from defusedxml import ElementTree
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from wagtail.contrib.forms.models import FormSubmission

from engage.forms import CONSENT_FIELD, HONEYPOT_FIELD
from home.models import HomePage
from home.seed import content_en
from tests.factories import DocumentFactory
from tests.html_checks import executable_url

# --- Addresses of the seeded site -------------------------------------------------------------------
HOME = "/en/"
SECTION = "/en/who-we-are/"
SUBSECTION = "/en/who-we-are/about/"
NEWS = "/en/news/"
ARTICLE = "/en/news/international-migrants-day-statement-2021/"
RSS = "/en/news/feed/rss/"
ATOM = "/en/news/feed/atom/"
LIBRARY = "/en/our-work/cross-cutting-global/data-and-resources/"
RESOURCE = LIBRARY + "annual-overview-2023/"
AGENDA = "/en/our-work/cross-cutting-global/2030-agenda/"
TAKE_ACTION = "/en/our-work/cross-cutting-global/take-action/"
TAKE_ACTION_FR = "/fr/nos-activites/transversal-mondial/agir/"
SEARCH = "/en/search/"
SEARCH_FR = "/fr/search/"


# --- Payloads ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Payload:
    """A hostile value: `raw` goes into a query string as it is (already percent-encoded), `text` into forms
    and headers. `forbidden` must never appear verbatim in an HTML, XML or text answer."""

    name: str
    raw: str
    text: str
    forbidden: tuple = ()


def text_payload(name, text, forbidden=()):
    return Payload(name, quote(text, safe=""), text, tuple(forbidden))


def raw_payload(name, raw, text, forbidden=()):
    return Payload(name, raw, text, tuple(forbidden))


SCRIPT = '<script>alert("hx-script")</script>'
SCRIPT_OPEN = '<script>alert("hx-script")'
ATTRIBUTE = "\"><img src=x onerror=alert('hx-attr')>"
DOUBLE = '<script>alert("hx-double")</script>'

PAYLOADS = [
    text_payload("oversized", '<script>alert("hx-big")</script>' + "A" * 12_000, ['<script>alert("hx-big")']),
    raw_payload("malformed-percent", "%ZZhx-pct%G1%", "%ZZhx-pct%G1%"),
    raw_payload("lone-surrogate", "hx-sur%ED%A0%80%ED%B0%80", "hx-sur\ud800"),
    raw_payload("nul", "hx-nul%00%00x", "hx-nul\x00\x00x"),
    raw_payload("invalid-utf8", "hx-utf8%C0%AF%FF%FE%80", "hx-utf8\udcc0\udcaf"),
    raw_payload(
        "double-encoded",
        quote(quote(DOUBLE, safe=""), safe=""),
        quote(DOUBLE, safe=""),
        ['<script>alert("hx-double")'],
    ),
    text_payload("script", SCRIPT, [SCRIPT_OPEN]),
    text_payload("attribute", ATTRIBUTE, ["<img src=x onerror=alert('hx-attr')", '"><img src=x']),
    text_payload("sql", "hx-sql' OR 1=1-- ; DROP TABLE wagtailcore_page;--"),
    text_payload("template", "{{7*7}}hx-tpl{{ request.META }}", ["49hx-tpl", "wsgi.input"]),
    text_payload("template-tag", "{% debug %}hx-dbg{% load static %}", ["'False': False"]),
    text_payload("javascript-url", "javascript:alert('hx-js')//"),
    text_payload("unicode", "hx-uni \u202e\u200d\ufdfa\u0130 ١٢ 𝔘𝔫𝔦 🙂 \ufeff ẞ ﬃ"),
    raw_payload(
        "crlf",
        "hx-crlf%0D%0ASet-Cookie:%20hxinjected=1%0D%0AX-Hx-Injected:%201",
        "hx-crlf\r\nX-Hx-Injected: 1",
    ),
]
PAYLOADS_BY_NAME = {payload.name: payload for payload in PAYLOADS}
# Parameters that a library reads (Wagtail's API, Django's sitemap and login views) get a shorter list: enough to
# show that none of them breaks, without the whole battery for every field filter.
LIBRARY_PAYLOADS = [
    PAYLOADS_BY_NAME[name]
    for name in ("oversized", "lone-surrogate", "nul", "invalid-utf8", "script", "crlf")
]

NUMBERS = [
    "-1",
    "0",
    "999999999999999999999",
    "1e5",
    "abc",
    "99999",
    "%C2%B2",  # superscript two: str.isdigit() is true, int() refuses it
    "%D9%A1",  # Arabic-Indic one: int() accepts it
    "1_0",  # int() accepts underscores
    "",
]

SEARCH_QUERIES = [
    "x OR " * 300,
    '"unbalanced quote',
    "((((a",
    "a)))) OR (",
    "*",
    "-",
    "the of and a",
    "NOT",
    "AND OR NOT NEAR",
    "title:migration",
    "^~*: \\",
    'foo" OR "1"="1',
    "a" * 61 + " b",
    " ".join("abcdefghijklmnopqrstuvwxyz"),
    "é" * 500,
    "NEAR(a b, 3)",
    "%_",
    "\ufdfa" * 300,  # expands eighteen-fold under NFKC
]


@dataclass
class Case:
    """One request and what the answer must be."""

    id: str
    path: str
    kind: str  # page, feed, sitemap, text, json, document, admin
    method: str = "get"
    data: object = None
    content_type: str | None = None
    headers: dict = field(default_factory=dict)
    forbidden: tuple = ()
    status: int | tuple | None = None  # the status (or statuses) expected, when it is known
    csrf: bool = False
    settings: dict = field(default_factory=dict)


@dataclass
class Group:
    id: str
    cases: list


def query(path, name, raw):
    separator = "&" if "?" in path else "?"
    return f"{path}{separator}{name}={raw}"


# --- Query parameters: every address with every parameter its view reads ---------------------------------
SITE_PARAMETERS = [
    *[(NEWS, name, "page") for name in ("kind", "topic", "year", "page")],
    *[(RSS, name, "feed") for name in ("kind", "topic", "year")],
    (ATOM, "kind", "feed"),
    *[(LIBRARY, name, "page") for name in ("type", "language", "topic", "year", "page")],
    # The search view's own parameters, then those the language switcher copies into its links.
    *[
        (SEARCH, name, "page")
        for name in ("q", "kind", "section", "year", "page", "topic", "type", "language")
    ],
    (SEARCH_FR, "q", "page"),
    (SEARCH + "?q=migration", "page", "page"),
]
PAGE_PAYLOADS = [
    PAYLOADS_BY_NAME[name] for name in ("oversized", "script", "attribute", "lone-surrogate", "nul")
]
PAGES_WITHOUT_PARAMETERS = [HOME, SECTION, ARTICLE, RESOURCE, AGENDA, TAKE_ACTION]
API_PAGE_PARAMETERS = (
    "search",
    "type",
    "locale",
    "fields",
    "order",
    "child_of",
    "translation_of",
    "id",
    "title",
    "search_operator",
)
LIBRARY_PARAMETERS = [
    ("/sitemap.xml", "p", "sitemap"),
    ("/robots.txt", "x", "text"),
    ("/healthz", "x", "json"),
    *[("/api/v2/pages/", name, "json") for name in API_PAGE_PARAMETERS],
    *[("/api/v2/images/", name, "json") for name in ("search", "fields", "title")],
    *[("/api/v2/documents/", name, "json") for name in ("search", "order", "title")],
    ("/api/v2/pages/find/", "html_path", "json"),
    ("/api/v2/pages/{api_page}/", "fields", "json"),
    ("/en/_util/login/", "next", "admin"),
    ("/admin/login/", "next", "admin"),
]
NUMERIC_PARAMETERS = [
    (NEWS, "page", "page"),
    (NEWS, "year", "page"),
    (RSS, "year", "feed"),
    (LIBRARY, "page", "page"),
    (LIBRARY, "year", "page"),
    (SEARCH + "?q=migration", "page", "page"),
    (SEARCH + "?q=migration", "year", "page"),
    ("/sitemap.xml", "p", "sitemap"),
    ("/api/v2/pages/", "limit", "json"),
    ("/api/v2/pages/", "offset", "json"),
    ("/api/v2/pages/", "child_of", "json"),
    ("/api/v2/images/", "limit", "json"),
    ("/api/v2/documents/", "offset", "json"),
    ("/api/v2/pages/find/", "id", "json"),
]
SEARCH_PARAMETERS = [
    (SEARCH, "q", "page"),
    (SEARCH_FR, "q", "page"),
    ("/api/v2/pages/", "search", "json"),
    ("/api/v2/documents/", "search", "json"),
]


def parameter_groups():
    groups = []
    for path, name, kind in SITE_PARAMETERS:
        cases = [
            Case(f"{name}={payload.name}", query(path, name, payload.raw), kind, forbidden=payload.forbidden)
            for payload in PAYLOADS
        ]
        groups.append(Group(f"GET {path} {name}=<payloads>", cases))
    for path in PAGES_WITHOUT_PARAMETERS:
        cases = [
            Case(
                f"{name}={payload.name}", query(path, name, payload.raw), "page", forbidden=payload.forbidden
            )
            for name in ("q",)
            for payload in PAGE_PAYLOADS
        ]
        groups.append(Group(f"GET {path} unread parameters", cases))
    for path, name, kind in LIBRARY_PARAMETERS:
        cases = [
            Case(f"{name}={payload.name}", query(path, name, payload.raw), kind, forbidden=payload.forbidden)
            for payload in LIBRARY_PAYLOADS
        ]
        groups.append(Group(f"GET {path} {name}=<payloads>", cases))
    for path, name, kind in NUMERIC_PARAMETERS:
        cases = [Case(f"{name}={number or '(empty)'}", query(path, name, number), kind) for number in NUMBERS]
        groups.append(Group(f"GET {path} {name}=<numbers>", cases))
    for path, name, kind in SEARCH_PARAMETERS:
        cases = [
            Case(f"{name}=<query {number}: {text[:30]!r}>", query(path, name, quote(text, safe="")), kind)
            for number, text in enumerate(SEARCH_QUERIES)
        ]
        groups.append(Group(f"GET {path} {name}=<search syntax>", cases))
    return groups


COMBINATIONS = [
    (SEARCH, "q=migration&page=2&kind=statement&year=2021&section=our-work", "page"),
    (SEARCH, "q=migration&page=999999&kind=page", "page"),
    (SEARCH, "q=migration&q=return&page=1&page=abc", "page"),
    (SEARCH, "q=" + quote(SCRIPT) + "&page=2&kind=" + quote(ATTRIBUTE), "page"),
    (SEARCH, "q[]=migration&page[]=2", "page"),
    (SEARCH, "q=migration&" + "&".join(f"x{i}=y" for i in range(500)), "page"),
    (NEWS, "kind=statement&topic=labour-migration&year=2021&page=2", "page"),
    (NEWS, "kind=statement&kind=news&year=2021&year=abc", "page"),
    (NEWS, "page=" + "9" * 5000, "page"),
    (RSS, "kind=statement&topic=" + quote(SCRIPT) + "&year=2021", "feed"),
    (ATOM, "kind=" + quote(ATTRIBUTE) + "&year=1951", "feed"),
    (LIBRARY, "type=report&language=fr&topic=x&year=2023&page=2", "page"),
    (LIBRARY, "type=report&type=dataset&page=-5", "page"),
    ("/api/v2/pages/", "search=migration&search_operator=or", "json"),
    ("/api/v2/pages/", "search=migration&search_operator=and&order=-title", "json"),
    ("/api/v2/pages/", "search=migration&order=random", "json"),
    ("/api/v2/pages/", "type=news.StatementPage&fields=*", "json"),
    ("/api/v2/pages/", "type=news.StatementPage&fields=body,speaker(name),-title", "json"),
    ("/api/v2/pages/", "type=news.StatementPage&fields=_,id", "json"),
    ("/api/v2/pages/", "fields=" + "(" * 500, "json"),
    ("/api/v2/pages/", "type=home.SectionPage&child_of=4&locale=fr", "json"),
    ("/api/v2/pages/", "order=random&offset=5", "json"),
    ("/api/v2/pages/", "limit=1000", "json"),
    ("/api/v2/pages/", "type=wagtailcore.Page&title=Home", "json"),
    ("/api/v2/pages/", "type=auth.User", "json"),
    ("/api/v2/pages/", "type=news.StatementPage&date=2021-13-45", "json"),
    ("/api/v2/pages/", "type=news.StatementPage&speaker=1", "json"),
    ("/api/v2/pages/", "descendant_of=3&child_of=3", "json"),
    ("/api/v2/pages/find/", "html_path=/en/news/", "json"),
    ("/api/v2/pages/find/", "html_path=//evil.example/", "json"),
    ("/api/v2/images/", "fields=file,width", "json"),
    ("/api/v2/documents/", "fields=download_url", "json"),
    ("/sitemap.xml", "p=2", "sitemap"),
    ("/sitemap.xml", "p=1&p=abc", "sitemap"),
    ("/healthz", "format=json&callback=alert", "json"),
]


def combination_groups():
    by_path = {}
    for path, query_string, kind in COMBINATIONS:
        by_path.setdefault(path, []).append(Case(f"?{query_string[:70]}", f"{path}?{query_string}", kind))
    return [Group(f"GET {path} combined parameters", cases) for path, cases in by_path.items()]


# --- Paths: every public address pattern, with hostile segments ---------------------------------------------
PUBLIC_ADDRESSES = [
    (HOME, "page"),
    ("/fr/", "page"),
    ("/nl/", "page"),
    ("/de/", "page"),
    (SECTION, "page"),
    (SUBSECTION, "page"),
    (ARTICLE, "page"),
    (NEWS, "page"),
    (RSS, "feed"),
    (ATOM, "feed"),
    (LIBRARY, "page"),
    (RESOURCE, "page"),
    (AGENDA, "page"),
    (TAKE_ACTION, "page"),
    (TAKE_ACTION_FR, "page"),
    (SEARCH, "page"),
    ("/sitemap.xml", "sitemap"),
    ("/robots.txt", "text"),
    ("/healthz", "json"),
    ("/api/v2/pages/", "json"),
    ("/api/v2/pages/{api_page}/", "json"),
    ("/api/v2/images/", "json"),
    ("/api/v2/documents/", "json"),
    ("/api/v2/documents/{api_document}/", "json"),
    ("/", "page"),
    ("/admin/", "admin"),
    ("/admin/login/", "admin"),
    ("/en/_util/login/", "admin"),
]
HOSTILE_PATHS = {
    "language prefixes": [
        "/xx/",
        "/en-us/",
        "/EN/",
        "/fr_BE/",
        "/zz-ZZ/news/",
        "/fr-be/",
        "/en-GB/",
        "/de-AT/search/",
        "/%E2%80%AEen/",
        "/en/en/",
        "/search/",
        "/news/",
        "/nl/search/?q=" + quote(SCRIPT),
        "/" + quote(SCRIPT, safe="") + "/",
        "/%ED%A0%80/",
    ],
    "page routes": [
        "/en/" + quote(SCRIPT, safe="") + "/",
        "/en/news/" + "a" * 3000 + "/",
        "/en/news/feed/",
        "/en/news/feed/rss/extra/",
        "/en/news/feed/json/",
        "/en/news/feed/rss",
        "/en/news/%00/",
        "/en/news/%ED%A0%80/",
        "/en/news/%C0%AF/",
        "/en/who-we-are/..%2F..%2Fadmin/",
        "/en/../../etc/passwd",
        ARTICLE + "feed/rss/",
        LIBRARY + "page/2/",
        HOME + "_util/authenticate_with_password/1/3/",
        HOME + "_util/authenticate_with_password/999999999999999999999/3/",
        "//evil.example/",
        "/\\evil.example/",
        "/en//evil.example/",
        "/hx%0D%0AX-Hx-Injected:%201/",
        "/%2F%2Fevil.example",
        "/sitemap.xml/",
        "/robots.txt/",
        "/healthz/",
    ],
    "documents": [
        "/documents/1/wrong-name.pdf",
        "/documents/999999999999999999999/x.pdf",
        "/documents/9223372036854775808/x.pdf",
        "/documents/0/x.pdf",
        "/documents/1/%00.pdf",
        "/documents/1/..%2F..%2Fsettings.py",
        "/documents/1/" + quote(SCRIPT, safe="") + ".pdf",
        "/documents/",
        "/documents/authenticate_with_password/1/?next=//evil.example/",
        "/documents/authenticate_with_password/999999999999999999999/",
    ],
    "API routes": [
        "/api/v2/pages/999999999999999999999/",
        "/api/v2/images/999999999999999999999/",
        "/api/v2/documents/9223372036854775808/",
        "/api/v2/pages/-1/",
        "/api/v2/pages/abc/",
        "/api/v2/unknown/",
        "/api/v2/pages/find/",
        "/api/v3/pages/",
    ],
}
METHODS = [
    ("post", "/sitemap.xml", "sitemap"),
    ("put", "/robots.txt", "text"),
    ("delete", HOME, "page"),
    ("post", "/api/v2/pages/", "json"),
    ("patch", "/api/v2/pages/{api_page}/", "json"),
    ("options", SEARCH, "page"),
    ("head", NEWS, "page"),
    ("trace", HOME, "page"),
    ("post", SEARCH, "page"),
    ("post", NEWS, "page"),
    ("post", RSS, "feed"),
    ("post", "/healthz", "json"),
]


def path_groups():
    groups = [
        Group(
            "GET every public address",
            [Case(path, path, kind, status=(200, 302)) for path, kind in PUBLIC_ADDRESSES],
        )
    ]
    for name, paths in HOSTILE_PATHS.items():
        kind = {"documents": "document", "API routes": "json"}.get(name, "page")
        cases = [Case(path[:100], path, kind, forbidden=(SCRIPT_OPEN,)) for path in paths]
        groups.append(Group(f"GET hostile {name}", cases))
    groups.append(
        Group(
            "other methods",
            [Case(f"{method.upper()} {path}", path, kind, method=method) for method, path, kind in METHODS],
        )
    )
    groups.append(
        Group(
            "GET a document of the library",
            [
                Case("its own address", "{document}", "document", status=200),
                Case("?x=<script>", "{document}?x=" + quote(SCRIPT), "document", status=200),
                Case(
                    "a hostile Range",
                    "{document}",
                    "document",
                    headers={"range": "bytes=999999999999-1,-0,abc"},
                ),
                Case(
                    "hostile conditions",
                    "{document}",
                    "document",
                    headers={"if-none-match": '"' + "x" * 5000 + '"', "if-modified-since": "not a date"},
                ),
                Case("another file name", "{document}.exe", "document", status=404),
                Case("NUL in its name", "{document}%00", "document", status=404),
            ],
        )
    )
    return groups


# --- Headers ---------------------------------------------------------------------------------------------
PRODUCTION_HOSTS = ["www.iom-belgium.example", ".iom-belgium.example", "testserver"]
BAD_HOSTS = [
    "evil.example",
    "evil.example:80",
    "www.iom-belgium.example.evil.example",
    "localhost:99999",
    "testserver:abc",
    "testserver:80:80",
    "[::1]:80",
    "[::1",
    "ünïcode.example",
    "xn--nxasmq6b.example",
    "a" * 300,
    "a" * 10_000 + ".example",
    "evil.example/<script>",
    "host with space",
    "",
    "testserver, evil.example",
    "@evil.example",
    "testserver\x00",
    "testserver\r\nX-Hx-Injected: 1",
    "%74estserver",
]
GOOD_HOSTS = ["www.iom-belgium.example", "news.iom-belgium.example:8443", "testserver:8000", "TESTSERVER:0"]
MALFORMED_HOSTS = ["evil.example/<script>", "[::1", "a b", "", "testserver:abc", "ü.example", "x\x00"]
ACCEPT_LANGUAGES = [
    "garbage",
    "x" * 10_000,
    "en;q=abc",
    "fr;q=-1",
    "de;q=1e999",
    "*;q=NaN",
    "zz-ZZ",
    '<script>alert("hx-al")</script>',
    "fr" + ",fr" * 5000,
    "nl-BE;q=0.5,\x00",
    "de-DE-1996-x-private;q=0.9",
    ";;;,,,;q=",
    "fr;q=1.0000000000000000001, nl;q=0.9999999999",
    "*",
    "en-us;q=1;q=0.5",
    "\u00e9\u00e8",
]
COOKIES = [
    "=;;;=",
    "x=" + "y" * 10_000,
    "sessionid=garbage",
    "sessionid=" + "a" * 5000,
    "sessionid=.eJxTSs7PLcjPS1WyUlIqLUrNS8nMS1eqBQBn7Aej:1abc:bad-signature",
    "csrftoken=short",
    'csrftoken=<script>alert("hx-ck")</script>',
    "csrftoken=" + "z" * 64,
    "django_language=xx",
    'django_language="><script>alert("hx-lang")</script>',
    "django_language=../../etc/passwd",
    "django_language=fr; django_language=nl",
    "django_language=" + "f" * 5000,
    "sessionid=\x00",
    'a="unterminated',
    "messages=" + "m" * 3000,
    "messages=W1siX19qc29uX21lc3NhZ2UiLDAsMjAsIjxzY3JpcHQ+Il1d:bad",
    "; ; ;",
    "sessionid=a; sessionid=b; csrftoken=c; csrftoken=d",
    "\u00e9=\u00e8",
]
OTHER_HEADERS = [
    {"user-agent": "x" * 20_000},
    {"user-agent": SCRIPT},
    {"referer": "javascript:alert('hx-ref')"},
    {"x-forwarded-for": "not-an-address, " * 200},
    {"x-forwarded-host": "evil.example"},
    {"x-forwarded-proto": "javascript"},
    {"if-modified-since": "\x00"},
    {"accept": "application/json;q=abc, */*"},
]


def header_groups():
    groups = []
    production = {"ALLOWED_HOSTS": PRODUCTION_HOSTS}
    for path in (HOME, "/api/v2/pages/"):
        cases = [
            Case(
                f"Host {number}: {host[:40]!r}",
                path,
                "page",
                headers={"host": host},
                settings=production,
                status=400,
            )
            for number, host in enumerate(BAD_HOSTS)
        ]
        groups.append(Group(f"GET {path} with a Host this site does not serve", cases))
    # With the page cache on, as in production: the cache key is made from the host.
    cached = {**production, "PAGE_CACHE_SECONDS": 300}
    groups.append(
        Group(
            f"GET {HOME} with a bad Host and the page cache on",
            [
                Case(
                    f"Host {n}: {host[:40]!r}",
                    HOME,
                    "page",
                    headers={"host": host},
                    settings=cached,
                    status=400,
                )
                for n, host in enumerate(BAD_HOSTS)
            ],
        )
    )
    good = [
        Case(f"Host={host}", HOME, "page", headers={"host": host}, settings=production, status=200)
        for host in GOOD_HOSTS
    ]
    # The test settings allow any host name; a malformed one is still refused.
    malformed = [
        Case(f"Host={host!r} (any name allowed)", HOME, "page", headers={"host": host}, status=400)
        for host in MALFORMED_HOSTS
    ]
    groups.append(Group(f"GET {HOME} with good and malformed Hosts", good + malformed))
    for path in ("/", "/en/no-such-page/"):
        cases = [
            Case(
                f"Accept-Language={value[:40]!r}",
                path,
                "page",
                headers={"accept-language": value},
                forbidden=('<script>alert("hx-al")',),
            )
            for value in ACCEPT_LANGUAGES
        ]
        groups.append(Group(f"GET {path} with hostile Accept-Language", cases))
    for path in ("/", TAKE_ACTION):
        cases = [
            Case(
                f"Cookie={value[:40]!r}",
                path,
                "page",
                headers={"cookie": value},
                forbidden=('<script>alert("hx-ck")', '<script>alert("hx-lang")'),
            )
            for value in COOKIES
        ]
        groups.append(Group(f"GET {path} with hostile cookies", cases))
    cases = []
    for headers in OTHER_HEADERS:
        name, value = next(iter(headers.items()))
        cases.append(Case(f"{name}={value[:30]!r} on the site", HOME, "page", headers=headers))
        cases.append(Case(f"{name}={value[:30]!r} on the API", "/api/v2/pages/", "json", headers=headers))
    groups.append(Group("GET with other hostile headers", cases))
    return groups


# --- The Take Action form -----------------------------------------------------------------------------
CHOICE = content_en.TAKE_ACTION_FORM["form_fields"][2]["choices"].splitlines()[0]
VALID_ANSWERS = {
    "name": "Marie Dupont",
    "email": "marie@example.org",
    "how_to_help": CHOICE,
    "message": "I could help on Saturdays.",
    CONSENT_FIELD: "on",
    HONEYPOT_FIELD: "",
}
BAD_EMAILS = [
    "a@",
    "@b.example",
    "a@b@c.example",
    '"<script>alert(\\"hx-mail\\")</script>"@x.example',
    "a@ünïcode.example",
    "a@[127.0.0.1]",
    "x" * 300 + "@a.example",
    "marie@example.org\r\nBcc: victim@example.org",
    "marie@example.org\x00",
    "javascript:alert('hx-js')//@x.example",
    "a" * 20_000,
    "marie@example.org, other@example.org",
]
FORM_PAYLOADS = [payload for payload in PAYLOADS if payload.name not in ("lone-surrogate", "invalid-utf8")]
URLENCODED = "application/x-www-form-urlencoded"
# A sent form redirects to its thank-you address (303, so that a reload does not post again); a refused one is
# the form again with its errors (200). A hostile value in a free-text field may be either, as long as it is safe.
SENT = 303
ANSWERED = (200, 303)


def answers(**overrides):
    data = {**VALID_ANSWERS, **overrides}
    return {name: value for name, value in data.items() if value is not None}


def urlencoded(data, **raw):
    """A form body with some values written as they are (already percent-encoded), as no form encoder would."""
    body = [f"{quote(name)}={quote(value)}" for name, value in data.items() if name not in raw]
    return "&".join([*body, *(f"{name}={value}" for name, value in raw.items())]).encode()


def form_groups():
    # Every visitor here comes from the same address: the rate limit is tested once, on its own, at the end.
    unlimited = {"FORMS_RATE_LIMIT": 10**6}
    groups = []
    for field_name in ("name", "email", "how_to_help", "message", CONSENT_FIELD):
        cases = [
            Case(
                f"{field_name}={payload.name}",
                TAKE_ACTION,
                "page",
                method="post",
                data=answers(**{field_name: payload.text}),
                forbidden=payload.forbidden,
                status=ANSWERED,
                settings=unlimited,
            )
            for payload in FORM_PAYLOADS
        ]
        for raw_name, raw in [
            ("lone-surrogate", "%ED%A0%80hx"),
            ("invalid-utf8", "%C0%AF%FFhx"),
            ("nul", "%00"),
        ]:
            cases.append(
                Case(
                    f"{field_name}={raw_name} (raw)",
                    TAKE_ACTION,
                    "page",
                    method="post",
                    data=urlencoded(VALID_ANSWERS, **{field_name: raw}),
                    content_type=URLENCODED,
                    status=ANSWERED,
                    settings=unlimited,
                )
            )
        groups.append(Group(f"POST Take Action {field_name}=<payloads>", cases))
    groups.append(
        Group(
            "POST Take Action malformed e-mail addresses",
            [
                Case(
                    f"email={email[:40]!r}",
                    TAKE_ACTION,
                    "page",
                    method="post",
                    data=answers(email=email),
                    forbidden=('<script>alert("hx-mail")',),
                    status=ANSWERED,
                    settings=unlimited,
                )
                for email in BAD_EMAILS
            ],
        )
    )
    bodies = [
        ("valid answers", answers(), None, SENT),
        ("English answers on the French page", answers(), None, ANSWERED),
        ("a link in the hidden field", answers(**{HONEYPOT_FIELD: "https://spam.example/"}), None, ANSWERED),
        ("markup in the hidden field", answers(**{HONEYPOT_FIELD: SCRIPT}), None, ANSWERED),
        ("no consent", answers(**{CONSENT_FIELD: None}), None, 200),
        ("nothing", {}, None, 200),
        ("unknown fields", answers(extra=SCRIPT, **{"__proto__": "x"}), None, SENT),
        (
            "repeated fields",
            f"name=a&name=b&email=x@y.example&email=z&{CONSENT_FIELD}=on&{CONSENT_FIELD}=off".encode(),
            URLENCODED,
            200,
        ),
        ("a JSON body", json.dumps(VALID_ANSWERS).encode(), "application/json", 200),
        (
            "an XML body with an external entity",
            b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>",
            "application/xml",
            200,
        ),
        ("an unknown charset", b"name=a", URLENCODED + "; charset=hx-no-such-charset", None),
        ("a UTF-16 body", "name=a".encode("utf-16"), URLENCODED + "; charset=utf-16", None),
        (
            "a broken multipart body",
            b'--zz\r\nContent-Disposition: form-data; name="name"\r\n\r\nx',
            "multipart/form-data; boundary=zz",
            None,
        ),
        ("a multipart body without boundary", b"abc", "multipart/form-data; boundary=", None),
        ("11,000 fields", "&".join(f"f{i}=1" for i in range(11_000)).encode(), URLENCODED, 400),
        ("a 3 MB body", b"message=" + b"m" * 3_000_000, URLENCODED, 400),
    ]
    cases = [
        Case(
            name,
            TAKE_ACTION_FR if "French" in name else TAKE_ACTION,
            "page",
            method="post",
            data=data,
            content_type=content_type,
            status=status,
            forbidden=(SCRIPT_OPEN,),
            settings=unlimited,
        )
        for name, data, content_type, status in bodies
    ]
    groups.append(Group("POST Take Action hostile bodies", cases))
    csrf = [
        Case("no CSRF token", TAKE_ACTION, "page", method="post", data=answers(), csrf=True, status=403),
        Case(
            "a forged CSRF token",
            TAKE_ACTION,
            "page",
            method="post",
            data=answers(csrfmiddlewaretoken="x" * 64),
            csrf=True,
            status=403,
            headers={"cookie": "csrftoken=" + "y" * 32},
        ),
        Case(
            "a hostile CSRF token",
            TAKE_ACTION,
            "page",
            method="post",
            data=answers(csrfmiddlewaretoken=SCRIPT),
            csrf=True,
            status=403,
            headers={"cookie": "csrftoken=%3Cscript%3E"},
            forbidden=(SCRIPT_OPEN,),
        ),
        Case(
            "a garbage X-Forwarded-For behind trusted proxies",
            TAKE_ACTION,
            "page",
            method="post",
            data=answers(),
            headers={"x-forwarded-for": "<script>, ::::, " * 50},
            settings={"TRUSTED_PROXY_COUNT": 2, **unlimited},
            status=SENT,
        ),
        Case(
            "a hostile admin login",
            "/admin/login/?next=javascript:alert('hx-js')",
            "admin",
            method="post",
            data={"username": SCRIPT, "password": "\x00" * 10, "next": "//evil.example"},
            forbidden=(SCRIPT_OPEN,),
        ),
    ]
    groups.append(Group("POST forms with hostile tokens and addresses", csrf))
    # The sixth submission within the window is refused with the form page itself, not an error.
    limited = [
        Case(f"submission {n}", TAKE_ACTION, "page", method="post", data=answers(), status=SENT)
        for n in range(1, 6)
    ]
    limited.append(Case("submission 6", TAKE_ACTION, "page", method="post", data=answers(), status=429))
    groups.append(Group("POST Take Action beyond the rate limit", limited))
    return groups


GROUPS = [*parameter_groups(), *combination_groups(), *path_groups(), *header_groups(), *form_groups()]


def test_the_battery_has_at_least_500_distinct_cases():
    assert len({group.id for group in GROUPS}) == len(GROUPS)
    for group in GROUPS:
        ids = [case.id for case in group.cases]
        assert len(set(ids)) == len(ids), group.id
    assert sum(len(group.cases) for group in GROUPS) >= 500


def test_errors_are_never_shown_with_the_debug_page():
    assert settings.DEBUG is False
    assert not settings.DEBUG_PROPAGATE_EXCEPTIONS


# --- Checks ------------------------------------------------------------------------------------------------
DEBUG_OR_BARE_PAGES = [
    "Traceback (most recent call last)",
    "DEBUG = True",
    "<h1>Bad Request (400)</h1>",
    "<h1>Not Found</h1>",
    "<h1>Server Error (500)</h1>",
    "<title>403 Forbidden</title>",
    "CSRF verification failed",
]
CONTENT_TYPES = {
    "feed": ("application/rss+xml", "application/atom+xml"),
    "sitemap": ("application/xml",),
    "text": ("text/plain",),
    "json": ("application/json",),
}


class Refused(AssertionError):
    pass


def expect(condition, message):
    if not condition:
        raise Refused(message)


def around(text, needle, width=100):
    at = text.find(needle)
    return text[max(0, at - width) : at + len(needle) + width]


def check_answer(case, response):
    """Raises Refused, with the reason, when the answer to `case` is not safe."""
    status = response.status_code
    exception = getattr(response, "exc_info", None)
    expect(status < 500, f"answered {status}" + (f": {exception[1]!r}" if exception else ""))
    if case.status is not None:
        expected = case.status if isinstance(case.status, tuple) else (case.status,)
        expect(status in expected, f"answered {status}, expected {' or '.join(map(str, expected))}")
    expect("X-Hx-Injected" not in response.headers, "a header was injected")
    expect("hxinjected" not in response.cookies, "a cookie was injected")

    if 300 <= status < 400:
        location = response.get("Location", "")
        own_hosts = ("", "testserver", urlsplit(settings.WAGTAILAPI_BASE_URL).netloc)
        expect(
            urlsplit(location).netloc in own_hosts and not location.startswith(("//", "\\", "/\\")),
            f"redirects off the site: {location[:200]}",
        )
        return

    content_type = response.get("Content-Type", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if case.kind == "document" and status == 200:
        expect(
            response.get("Content-Disposition", "").startswith("attachment"), "a document is not a download"
        )
        return
    if case.method == "head" or (not body and status in (204, 304, 405, 412, 416)):
        return

    text = body.decode("utf-8", "replace")
    expected_types = CONTENT_TYPES.get(case.kind)
    is_json = content_type.startswith("application/json")
    if expected_types and (status == 200 or (case.kind == "json" and is_json)):
        expect(content_type.startswith(expected_types), f"{status} with Content-Type {content_type}")
        if is_json:
            json.loads(text)
            expect(response.get("X-Content-Type-Options") == "nosniff", "JSON without X-Content-Type-Options")
        elif case.kind in ("feed", "sitemap"):
            ElementTree.fromstring(body)
    else:
        # Every other answer is an HTML page, and on the public site one of the site's own pages.
        expect(content_type.startswith("text/html"), f"{status} with Content-Type {content_type}")
        expect(
            text.lstrip().lower().startswith("<!doctype html>") and "</html>" in text,
            f"{status} is not a whole HTML page: {text[:200]!r}",
        )
        if case.kind != "admin":
            expect("css/site.css" in text, f"{status} is not one of the site's pages: {text[:300]!r}")
    for marker in DEBUG_OR_BARE_PAGES:
        expect(marker not in text, f"{status} shows Django's own page ({marker!r})")

    if is_json:
        return  # JSON carries strings as data and is never sniffed as HTML (nosniff, checked above)
    for needle in case.forbidden:
        expect(needle not in text, f"{needle!r} is reflected unescaped: …{around(text, needle)}…")
    address = executable_url(text)
    expect(address is None, f"a script address is rendered as a link or source: {address!r}")


def send(case, client):
    kwargs = {"headers": case.headers} if case.headers else {}
    if case.method == "post" and isinstance(case.data, bytes):
        return client.generic("POST", case.path, case.data, content_type=case.content_type, **kwargs)
    if case.method == "post":
        return client.post(case.path, data=case.data or {}, **kwargs)
    return getattr(client, case.method)(case.path, **kwargs)


def run(case, placeholders):
    """Sends `case` and returns None when the answer is safe, else why it is not."""
    path = case.path
    for name, value in placeholders.items():
        path = path.replace(name, value)
    if path != case.path:
        case = replace(case, path=path)
    client = Client(raise_request_exception=False, enforce_csrf_checks=case.csrf)
    with override_settings(**case.settings):
        if "PAGE_CACHE_SECONDS" in case.settings:
            cache.clear()  # no page cached by another case is served
        stored = FormSubmission.objects.count()
        response = send(case, client)
        try:
            check_answer(case, response)
            if case.method == "post" and isinstance(case.data, dict) and case.data.get(HONEYPOT_FIELD):
                expect(FormSubmission.objects.count() == stored, "a bot's submission was stored")
        except Refused as refusal:
            return str(refusal)
    return None


@pytest.mark.parametrize("group", GROUPS, ids=[group.id[:120] for group in GROUPS])
def test_hostile_requests_get_safe_answers(group, seeded_site):
    placeholders = {}
    if any("{document}" in case.path or "{api_document}" in case.path for case in group.cases):
        document = DocumentFactory()
        placeholders.update({"{document}": document.url, "{api_document}": str(document.pk)})
    if any("{api_page}" in case.path for case in group.cases):
        # Ids differ between databases (PostgreSQL sequences are not reset between test runs).
        placeholders["{api_page}"] = str(HomePage.objects.get(locale__language_code="en", depth=2).pk)
    failures = []
    for case in group.cases:
        reason = run(case, placeholders)
        if reason:
            failures.append(f"  {case.id} [{case.method.upper()} {case.path[:150]}]: {reason}")
    assert not failures, f"{len(failures)} of {len(group.cases)} cases failed:\n" + "\n".join(failures)
