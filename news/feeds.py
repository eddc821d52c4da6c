"""RSS and Atom feeds of a news index, in its language, following the same filters as the listing."""

import datetime
from urllib.parse import urlencode

from django.http import HttpResponse
from django.utils import feedgenerator, timezone
from django.utils.translation import gettext


def encode_query(params, trailing_ampersand=False):
    if not params:
        return ""
    query = urlencode(params)
    return query + "&" if trailing_ampersand else "?" + query


def feed_response(index_page, request, kind):
    from .models import news_filters  # models imports this module

    filters = news_filters(request.GET, index_page.get_topics())
    articles = filters.apply(index_page.get_articles())[: index_page.feed_size]
    generator_class = feedgenerator.Atom1Feed if kind == "atom" else feedgenerator.Rss201rev2Feed
    title = index_page.title
    if filters.active:
        title = f"{title} ({', '.join(str(v) for v in filters.as_query().values())})"
    feed = generator_class(
        title=f"{title} | {gettext('IOM Belgium and Luxembourg')}",
        link=request.build_absolute_uri(index_page.url + encode_query(filters.as_query())),
        description=index_page.intro or gettext("Statements and news from IOM Belgium and Luxembourg."),
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(),
    )
    for article in articles:
        url = request.build_absolute_uri(article.url)
        feed.add_item(
            title=article.title,
            link=url,
            unique_id=url,
            description=article.summary,
            pubdate=timezone.make_aware(datetime.datetime.combine(article.date, datetime.time(12, 0))),
            updateddate=article.last_published_at or None,
            author_name=article.speaker.name if article.speaker else None,
            categories=[article.get_kind_display()],
        )
    response = HttpResponse(content_type=f"{feed.content_type}")
    feed.write(response, "utf-8")
    return response
