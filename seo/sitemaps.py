"""sitemap.xml: every live, public page of every language, each with the languages it also exists in."""

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap covers the site's root page only; ours covers the home page of every language."""

    def language_roots(self):
        root = self.get_wagtail_site().root_page
        return [root, *root.get_translations()]

    def site_pages(self):
        roots = self.language_roots()
        return (
            Page.objects.filter(reduce(or_, (Q(path__startswith=root.path) for root in roots)))
            .live()
            .public()
        )

    def items(self):
        return self.site_pages().order_by("path").defer_streamfields().specific()

    def alternates_for(self, pages):
        """{translation key: [{lang_code, location}]} for pages that exist in more than one language."""
        keys = {page.translation_key for page in pages}
        translations = self.site_pages().filter(translation_key__in=keys).select_related("locale")
        by_key = {}
        for page in translations:
            by_key.setdefault(page.translation_key, {})[page.locale.language_code] = self.address(page)
        alternates = {}
        for key, urls in by_key.items():
            if len(urls) < 2:
                continue
            links = [
                {"lang_code": code, "location": urls[code]}
                for code, _name in settings.LANGUAGES
                if code in urls
            ]
            if settings.LANGUAGE_CODE in urls:
                links.append({"lang_code": "x-default", "location": urls[settings.LANGUAGE_CODE]})
            alternates[key] = links
        return alternates

    def address(self, page):
        """The page's address on the host the sitemap is read from, like the pages' canonical links."""
        return self.request.build_absolute_uri(page.get_url(self.request))

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(pages)
        urls, last_mods = [], set()
        for item in pages:
            own_url = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                url_info = dict(url_info)
                if url_info.get("location") == own_url:
                    url_info["location"] = self.address(item)
                    url_info["alternates"] = alternates.get(item.translation_key, [])
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
