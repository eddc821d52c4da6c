"""Reading a page as a browser would, for the security tests: which addresses in it would run as script."""

import re
from html.parser import HTMLParser

URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "poster",
    "background",
    "srcdoc",
}
BLANKS = re.compile(r"[\x00-\x20\x7f-\xa0\s]+")


class AddressCollector(HTMLParser):
    """The address attributes of the elements of a page, as a browser reads them (entities decoded)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.addresses = []

    def handle_starttag(self, tag, attrs):
        self.addresses += [value for name, value in attrs if name in URL_ATTRIBUTES and value]

    handle_startendtag = handle_starttag


def executable_urls(body):
    """The addresses of links, sources and forms in `body` that a browser would run as script."""
    collector = AddressCollector()
    collector.feed(body)
    collector.close()
    for value in collector.addresses:
        if BLANKS.sub("", value).lower().startswith(("javascript:", "vbscript:", "data:text/html")):
            yield value


def executable_url(body):
    """The first such address in `body`, or None."""
    return next(executable_urls(body), None)
