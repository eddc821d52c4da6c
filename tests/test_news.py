"""News and statements: what an editor publishes, and what visitors and feed readers then see."""

import json
import re

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from bench.bulk import bulk_create_articles
from news.models import ArticleKind, ArticleTopic, NewsIndexPage, StatementPage, Topic
from tests.factories import ImageFactory, PersonFactory, StatementPageFactory, TopicFactory


def html(response):
    return response.content.decode()


@pytest.fixture
def news(seeded_site):
    return NewsIndexPage.objects.get(locale__language_code="en")


@pytest.fixture
def editor_client(client, django_user_model, seeded_site):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "x" * 12)
    client.force_login(user)
    return client


@pytest.mark.parametrize("kind", [k for k, _label in ArticleKind.choices])
def test_an_editor_publishes_each_kind_with_topic_speaker_and_image(editor_client, news, kind):
    topic = Topic.objects.get(slug="return-and-reintegration", locale=news.locale)
    speaker = PersonFactory(name="Ana Example", role="Chief of Mission", locale=news.locale)
    image = ImageFactory()
    data = nested_form_data(
        {
            "title": f"A {kind} about return",
            "slug": f"a-{kind}-about-return",
            "kind": kind,
            "date": "2024-03-05",
            "dateline_place": "Brussels",
            "speaker": speaker.pk,
            "summary": "Our summary of the article.",
            "featured_image": image.pk,
            "featured_image_alt": "People talking in an office",
            "featured_image_credit": "© IOM 2024",
            "topic_links": inline_formset([{"topic": topic.pk}]),
            "goal_links": inline_formset([]),
            "related_links": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>What happened, in a few words.</p>"))]),
            "canonical_url": "",
            "comments": inline_formset([]),
            "action-publish": "publish",
        }
    )
    response = editor_client.post(f"/admin/pages/add/news/statementpage/{news.pk}/", data)
    assert response.status_code == 302, html(response)[:3000]
    article = StatementPage.objects.get(slug=f"a-{kind}-about-return")
    assert article.live

    body = html(editor_client.get(article.url))
    assert re.search(r"Brussels</span>, <time datetime=\"2024-03-05\">5 March 2024</time>", body)
    assert "Ana Example" in body and "Chief of Mission" in body
    assert 'alt="People talking in an office"' in body and "© IOM 2024" in body
    assert ">Return and reintegration</a>" in body
    label = dict(ArticleKind.choices)[kind]
    assert str(label) in body

    listing = html(editor_client.get(f"{news.url}?kind={kind}&topic=return-and-reintegration&year=2024"))
    assert f"A {kind} about return" in listing
    assert "1 article" in listing
    rss = editor_client.get(f"{news.url}feed/rss/?kind={kind}")
    assert f"A {kind} about return" in rss.content.decode()


def test_listing_filters_combine_count_paginate_and_keep_filters_in_links(client, news):
    topic = TopicFactory(name="Labour migration", slug="labour-migration", locale=news.locale)
    for n in range(12):
        article = StatementPageFactory(
            parent=news, title=f"Press note {n}", kind="press_release", date=f"2023-02-{n + 1:02d}"
        )
        ArticleTopic.objects.create(page=article, topic=topic)
    StatementPageFactory(parent=news, title="A story from 2023", kind="story", date="2023-05-01")
    StatementPageFactory(parent=news, title="A press note of 2022", kind="press_release", date="2022-05-01")

    body = html(client.get(f"{news.url}?kind=press_release&year=2023&topic=labour-migration"))
    assert "12 articles" in body
    assert body.count('class="article-teaser"') == 10
    assert "Press note 11" in body  # newest first
    assert "A story from 2023" not in body and "A press note of 2022" not in body
    assert 'href="?kind=press_release&amp;topic=labour-migration&amp;year=2023&amp;page=2"' in body
    assert '<meta name="robots" content="noindex, follow">' in body

    page2 = html(client.get(f"{news.url}?kind=press_release&year=2023&topic=labour-migration&page=2"))
    assert page2.count('class="article-teaser"') == 2
    assert "Press note 0" in page2

    unfiltered = html(client.get(news.url))
    assert "noindex" not in unfiltered
    assert "26 articles" in unfiltered  # the seed's twelve news items too
    assert unfiltered.count('class="article-teaser"') == 10


@pytest.mark.parametrize(
    "query",
    [
        "year=abc",
        "page=-1",
        "page=0",
        "page=999999999999999999999",
        "page=abc",
        "kind=%3Cscript%3Ealert(1)%3C/script%3E",
        "topic=%00%01",
        "year=99999",
        "year=" + "9" * 10_000,
        "kind=" + "x" * 10_000,
        "topic=%ZZ",
        "kind=statement&kind=news",
    ],
)
def test_hostile_filter_values_answer_with_the_page_and_a_note(client, news, query):
    response = client.get(f"{news.url}?{query}")
    assert response.status_code == 200
    body = html(response)
    assert "<script>alert(1)" not in body
    assert 'class="result-count"' in body  # the listing itself, not an error page


def test_unknown_filter_is_reported_to_the_visitor(client, news):
    body = html(client.get(f"{news.url}?year=abc"))
    assert "The year filter was not understood and has been ignored." in body


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_feeds_are_valid_xml_per_language_and_follow_the_filter(client, news, kind):
    StatementPageFactory(parent=news, title="A story for the feed", kind="story", date="2024-01-02")
    response = client.get(f"{news.url}feed/{kind}/?kind=story")
    assert response.status_code == 200
    assert response["Content-Type"].startswith(
        "application/rss+xml" if kind == "rss" else "application/atom+xml"
    )
    root = ET.fromstring(response.content)
    text = response.content.decode()
    assert "A story for the feed" in text
    assert "International Migrants Day" not in text  # a statement, filtered out
    assert root is not None

    french = news.get_translation(Locale.objects.get(language_code="fr"))
    french_feed = client.get(f"{french.url}feed/{kind}/").content.decode()
    ET.fromstring(french_feed)
    assert "A story for the feed" not in french_feed
    assert "<language>fr</language>" in french_feed or 'xml:lang="fr"' in french_feed


def test_listing_links_to_its_feeds(client, news):
    body = html(client.get(f"{news.url}?kind=statement"))
    assert f'type="application/rss+xml" title="News (RSS)" href="{news.url}feed/rss/?kind=statement"' in body
    assert f'href="{news.url}feed/atom/?kind=statement"' in body


def test_home_page_shows_the_latest_articles_of_its_language(client, news):
    StatementPageFactory(parent=news, title="Fresh English news", date="2030-01-01")
    english = html(client.get("/en/"))
    assert "Fresh English news" in english
    french = html(client.get("/fr/"))
    assert "Fresh English news" not in french
    assert "/fr/" in re.search(r'class="article-teaser__title"><a href="([^"]+)"', french).group(1)


def test_article_has_news_article_json_ld(client, news):
    statement = StatementPage.objects.get(
        locale=news.locale, slug="international-migrants-day-statement-2021"
    )
    body = html(client.get(statement.url))
    blocks = [
        json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', body, re.S)
    ]
    data = next(b for b in blocks if b.get("@type") == "NewsArticle")
    assert data["datePublished"] == "2021-12-18"
    assert data["author"]["name"] == "António Vitorino"
    assert data["inLanguage"] == "en"


def test_json_ld_cannot_be_broken_out_of(client, news):
    article = StatementPageFactory(parent=news, title="</script><script>alert(1)</script>", date="2024-01-01")
    body = html(client.get(article.url))
    assert "</script><script>alert(1)" not in body


def test_canonical_link_points_to_the_original_when_given(client, news):
    article = StatementPageFactory(
        parent=news, title="Published first on iom.int", canonical_url="https://www.iom.int/news/x"
    )
    body = html(client.get(article.url))
    assert '<link rel="canonical" href="https://www.iom.int/news/x">' in body


def test_related_items_fall_back_to_the_latest_on_the_same_topic(client, news):
    topic = Topic.objects.get(slug="migrants-rights", locale=news.locale)
    # Newer than every seeded news item, so that it is among the three latest on the statement's topics.
    other = StatementPageFactory(parent=news, title="Another article on rights", date="2026-12-01")
    ArticleTopic.objects.create(page=other, topic=topic)
    unrelated = StatementPageFactory(parent=news, title="Something else entirely", date="2026-12-02")
    statement = StatementPage.objects.get(
        locale=news.locale, slug="international-migrants-day-statement-2021"
    )
    body = html(client.get(statement.url))
    assert "Another article on rights" in body
    assert unrelated.title not in body
    # Then the seed's latest items on the same topics, newest first.
    assert "International Day of Family Remittances: small transfers, large impact" in body
    assert "International Migrants Day 2025: safe migration benefits us all" in body


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_index_and_filtered_view_use_as_many_queries_with_10000_articles_as_with_the_seeded_12(client, news):
    # Pictures cost two queries for a whole page of teasers, only when one of them has a picture (tested with
    # pictures in tests/test_image_renditions.py): here no article has one, before or after.
    StatementPage.objects.update(featured_image=None)
    seeded = StatementPage.objects.child_of(news).count()
    assert seeded == 12  # the seed's news items: a full first page and a second one
    # Each view shows articles before as after: the seeded story of 2023, and a second page of two.
    urls = [news.url, f"{news.url}?kind=story&year=2023", f"{news.url}?page=2", f"{news.url}feed/rss/"]
    before = [count_queries(client, url) for url in urls]
    created = bulk_create_articles(news, 10_000 - seeded)
    assert created == 10_000 - seeded
    assert StatementPage.objects.child_of(news).count() == 10_000
    after = [count_queries(client, url) for url in urls]
    assert after == before
    assert Page.find_problems() == ([], [], [], [], [])
