"""The legacy import: old pages (text or HTML) become draft articles without the old site's navigation.

The fixtures in tests/fixtures/legacy/ have the shape of the old site's pages (menu labels, section intros glued
to their headings, then the article) with sentences invented for the tests.
"""

import ast
import datetime
import io
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.models import Page, Revision

from legacy import article as legacy
from legacy import reader
from news.models import NewsIndexPage, Person, StatementPage

FIXTURES = Path(__file__).parent / "fixtures" / "legacy"
STATEMENT = FIXTURES / "statement.txt"
PRESS_RELEASE = FIXTURES / "press_release.txt"
STORY = FIXTURES / "story.html"

STATEMENT_TITLE = "World Refugee Day Statement, IOM Director General Marta Exemplo: “Keeping Doors Open”"
STORY_TITLE = "Volunteers Repaint a Community Hall in Antwerp"

# Text of the old site's navigation that the fixtures carry and that no article may keep.
NAVIGATION = [
    "Who We Are",
    "WHO WE ARE",
    "About",
    "IOM Global",
    "Our Work",
    "Cross-cutting",
    "Data and Resources",
    "Take Action",
    "2030 Agenda",
    "fictional introduction",
    "invented paragraph explains",
]
STORY_LEFTOVERS = [
    "IOM Belgium and Luxembourg",
    "Skip to main content",
    "Related",
    "Another story",
    "imaginary office",
    "The repainted hall",
    "Posted on",
]


def article_text(article):
    parts = [article.title]
    for block in article.blocks:
        parts += [block.text, getattr(block, "html", ""), getattr(block, "attribution", "")]
    return "\n".join(parts)


def body_text(page):
    return str(list(page.body.raw_data))


# Parsing, without the database ------------------------------------------------------------------------------


def test_text_page_gives_title_dateline_paragraphs_and_quotes():
    article = reader.parse_file(STATEMENT)

    assert article.title == STATEMENT_TITLE
    assert article.kind == legacy.KIND_STATEMENT
    assert article.place == "Brussels"
    assert article.date is None
    assert (article.speaker_name, article.speaker_role) == ("Marta Exemplo", "IOM Director General")
    assert [type(block).__name__ for block in article.blocks] == [
        "Paragraph",
        "Paragraph",
        "Quote",
        "Paragraph",
        "Quote",
        "Paragraph",
        "Paragraph",
        "Paragraph",
    ]
    first = article.paragraphs[0]
    assert first.text.startswith("This invented statement marks a day of reflection")
    assert first.html.startswith("<p>This invented statement")
    # a sentence that quotes someone inside it stays a paragraph, and a dash inside a sentence is no dateline
    assert article.paragraphs[3].text == "“We listened,” she said, “and then we acted.”"
    assert article.paragraphs[4].text.startswith("The results - shared")
    assert article.quotes[0] == legacy.Quote(
        "Nobody should have to choose between safety and dignity.", "Marta Exemplo", "IOM Director General"
    )
    assert article.quotes[1] == legacy.Quote("Let us measure our success by the people we reach.")
    assert article.warnings == []


def test_text_page_keeps_no_navigation():
    text = article_text(reader.parse_file(STATEMENT))

    for leftover in NAVIGATION:
        assert leftover not in text
    assert "Brussels –" not in text
    assert "\n-\n" not in text


def test_press_release_takes_its_kind_from_the_title_and_its_date_from_a_date_line():
    article = reader.parse_file(PRESS_RELEASE)

    assert article.title == "Press release: Imaginary Reception Centre Opens Its Doors in Esch"
    assert article.kind == legacy.KIND_PRESS_RELEASE
    assert article.date == datetime.date(2023, 3, 3)
    assert article.place == "Luxembourg"  # written GENEVA-style in capitals on the old site
    assert [p.text for p in article.paragraphs] == [
        "A reception centre invented for this test opened its doors on Friday, with room for forty families.",
        "The centre offers language classes, legal advice and a quiet place to rest.",
        "Staff will report on the first months of activity in the autumn.",
    ]
    assert "Published" not in article_text(article)
    assert article.speaker_name == ""


def test_html_page_gives_the_article_of_its_main_content():
    article = reader.parse_file(STORY)

    assert article.title == STORY_TITLE  # not the logo's <h1> in the site header
    assert article.kind == ""
    assert article.date == datetime.date(2022, 6, 20)
    assert article.place == "Antwerp"
    data = article.stream_data()
    assert [block["type"] for block in data] == ["paragraph", "heading", "paragraph", "quote", "paragraph"]
    assert data[0]["value"] == (
        "<p>Twenty volunteers spent a sunny weekend giving an invented community hall a fresh coat of paint, as "
        '<a href="https://example.org/report">the organisers\' report</a> describes.</p>'
        "<p>The hall hosts <i>language cafés</i> &amp; homework clubs.<br/>It opens again on Monday.</p>"
    )
    assert data[1]["value"] == {"text": "What comes next", "level": "h2"}
    # a link to the old site cannot be kept; its words are
    assert data[2]["value"] == "<ul><li>Repair the roof</li><li>Plant a garden with the neighbours</li></ul>"
    assert data[3]["value"] == {
        "quote": "Colour changes how a room feels.",
        "attribution": "Sam Placeholder",
        "role": "volunteer coordinator",
    }
    assert article.warnings == ["1 image(s) left out; please add them by hand"]


def test_html_page_keeps_no_navigation():
    text = article_text(reader.parse_file(STORY))

    for leftover in NAVIGATION + STORY_LEFTOVERS:
        assert leftover not in text


def test_html_without_h1_is_read_like_text():
    source = (
        '<html><body><nav><ul><li><a href="/about">About</a></li></ul></nav>'
        "<p>Who We Are</p><p><b>Imaginary Title Without Heading</b></p>"
        "<p>Ghent - A first paragraph of invented words that ends with a full stop.</p>"
        "<p>A second paragraph.</p></body></html>"
    )
    article = reader.parse_source(source)

    assert article.title == "Imaginary Title Without Heading"
    assert article.place == "Ghent"
    assert [p.text for p in article.paragraphs] == [
        "A first paragraph of invented words that ends with a full stop.",
        "A second paragraph.",
    ]


def test_html_is_told_from_text_by_name_or_content():
    assert reader.looks_like_html("Title\nText.", "page.HTML")
    assert reader.looks_like_html("  <!DOCTYPE html><html></html>")
    assert not reader.looks_like_html("Who We Are\n<b> is not markup at the start", "page.txt")


def test_a_page_of_navigation_only_has_no_title():
    with pytest.raises(legacy.LegacyImportError, match="no title"):
        reader.parse_text("-\nWho We Are\nAbout\nAbout\n- Take Action\n- 2030 Agenda\n")


def test_a_title_without_text_is_refused():
    with pytest.raises(legacy.LegacyImportError, match="no paragraphs"):
        reader.parse_text("-\nAbout\nAn Imaginary Title\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("18 December 2021", datetime.date(2021, 12, 18)),
        ("Published on Monday, December 18, 2021", datetime.date(2021, 12, 18)),
        ("2021-12-18T09:30:00+01:00", datetime.date(2021, 12, 18)),
        ("1er décembre 2021", datetime.date(2021, 12, 1)),
        ("5 mei 2020", datetime.date(2020, 5, 5)),
        ("18. Dezember 2021", datetime.date(2021, 12, 18)),
        ("18/12/2021", datetime.date(2021, 12, 18)),
        ("31 February 2021", None),
        ("in May 2022", None),
    ],
)
def test_dates_in_the_languages_of_the_site(text, expected):
    assert legacy.find_date(text)[0] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("Geneva – Words follow.", ("Geneva", None, "Words follow.")),
        ("The Hague - Words follow.", ("The Hague", None, "Words follow.")),
        ("GENEVA — Words follow.", ("Geneva", None, "Words follow.")),
        ("Brussels, 3 March 2023 – Words follow.", ("Brussels", datetime.date(2023, 3, 3), "Words follow.")),
        ("In our view – this is wrong.", None),
        ("IOM - the agency - acts.", None),
        ("A place name far too long to be any real dateline at all – words.", None),
        ("No dash in this paragraph.", None),
    ],
)
def test_datelines(paragraph, expected):
    assert legacy.split_dateline(paragraph) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "Day Statement, IOM Director General Marta Exemplo: “Words”",
            ("Marta Exemplo", "IOM Director General"),
        ),
        (
            "Statement by Marta Exemplo, IOM Director General, on Something",
            ("Marta Exemplo", "IOM Director General"),
        ),
        (
            "Déclaration du Directeur général de l’OIM Jean de la Test",
            ("Jean de la Test", "Directeur général de l’OIM"),
        ),
        ("A story about the work of a director general", ("", "")),
    ],
)
def test_speaker_from_the_title(title, expected):
    assert legacy.detect_speaker(title) == expected


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("International Day Statement, Someone", "statement"),
        ("Déclaration de quelqu’un", "statement"),
        ("Press Release: Something Happened", "press_release"),
        ("Communiqué de presse : quelque chose", "press_release"),
        ("Volunteers repaint a hall", ""),
    ],
)
def test_kind_from_the_title(title, kind):
    assert legacy.detect_kind(title) == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("“Whole words.”", "Whole words."),
        ('"Straight quotes."', "Straight quotes."),
        ("« Des mots entiers. »", "Des mots entiers."),
        ("“One,” she said, “two.”", None),
        ("Not a quote.", None),
    ],
)
def test_whole_line_quotations(line, expected):
    assert legacy.whole_quote(line) == expected


def test_slug_is_short_and_ascii():
    assert (
        legacy.slug_for(STATEMENT_TITLE)
        == "world-refugee-day-statement-iom-director-general-marta-exemplo-keeping-doors"  # 78 of 83
    )
    assert legacy.slug_for("Word " * 40) == "-".join(["word"] * 16)  # 79 characters, cut between words
    assert legacy.slug_for("Ελληνικά νέα") == "ελληνικά-νέα"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
        (b"Title\x81\x8d\x8f\x90\x9d text", "unreadable encoding"),
    ],
)
def test_unreadable_files(tmp_path, content, message):
    path = tmp_path / "page.txt"
    path.write_bytes(content)
    with pytest.raises(legacy.LegacyImportError, match=message):
        reader.parse_file(path)


def test_windows_1252_file_is_read_with_a_warning(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PRESS_RELEASE.read_text(encoding="utf-8").replace("legal", "légal").encode("cp1252"))

    article = reader.parse_file(path)

    assert "légal advice" in article.paragraphs[1].text
    assert article.warnings == ["read as Windows-1252, not UTF-8; please check accented letters"]


def test_utf16_file_is_read(tmp_path):
    path = tmp_path / "page.txt"
    path.write_bytes(PRESS_RELEASE.read_text(encoding="utf-8").encode("utf-16"))

    assert reader.parse_file(path).place == "Luxembourg"


# The command ------------------------------------------------------------------------------------------------


def run(*args):
    output = io.StringIO()
    call_command("import_legacy", *[str(arg) for arg in args], stdout=output)
    return output.getvalue()


def imported(title=STATEMENT_TITLE):
    return StatementPage.objects.get(slug=legacy.slug_for(title))


def revision_count():
    return Revision.objects.count()


def test_import_creates_a_draft_under_the_news_index(seeded_site, client):
    news = NewsIndexPage.objects.get(locale=seeded_site.locale)
    articles_before = StatementPage.objects.count()

    output = run(STATEMENT, "--date", "2022-06-20")

    assert output.splitlines()[0] == (
        f'created: {STATEMENT}: "{STATEMENT_TITLE}" (Brussels, 2022-06-20, 6 paragraphs, 2 quotes)'
    )
    assert StatementPage.objects.count() == articles_before + 1
    page = imported()
    assert page.get_parent().pk == news.pk
    assert page.locale == seeded_site.locale
    assert not page.live
    assert page.has_unpublished_changes
    assert page.revisions.count() == 1
    assert page.kind == "statement"
    assert page.date == datetime.date(2022, 6, 20)
    assert page.dateline_place == "Brussels"
    assert (page.speaker.name, page.speaker.role, page.speaker.locale) == (
        "Marta Exemplo",
        "IOM Director General",
        seeded_site.locale,
    )
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "quote",
        "paragraph",
        "quote",
        "paragraph",
    ]
    assert page.body[1].value["quote"] == "Nobody should have to choose between safety and dignity."
    for leftover in NAVIGATION:
        assert leftover not in page.title + body_text(page)
    # a draft for review: visitors see neither the page nor its title in the news list
    assert client.get(page.url).status_code == 404
    assert "Keeping Doors Open" not in client.get(news.url).content.decode()


def test_second_import_of_the_same_file_changes_nothing(seeded_site):
    run(STATEMENT, "--date", "2022-06-20")
    pages, revisions, people = Page.objects.count(), revision_count(), Person.objects.count()

    output = run(STATEMENT, "--date", "2022-06-20")

    assert output.startswith(f'unchanged: {STATEMENT}: "{STATEMENT_TITLE}" (Brussels, 2022-06-20,')
    assert (Page.objects.count(), revision_count(), Person.objects.count()) == (pages, revisions, people)


def test_changed_file_gives_the_draft_a_new_revision(seeded_site, tmp_path):
    source = tmp_path / "statement.txt"
    shutil.copy(STATEMENT, source)
    run(source, "--date", "2022-06-20")
    page = imported()
    first_block_id = page.body[0].id
    pages = Page.objects.count()

    source.write_text(
        STATEMENT.read_text(encoding="utf-8").replace("a year of patient work", "two years of patient work"),
        encoding="utf-8",
    )
    output = run(source, "--date", "2022-06-20")

    assert output.startswith(f'updated: {source}: "{STATEMENT_TITLE}"')
    assert Page.objects.count() == pages
    page = imported()
    assert page.revisions.count() == 2
    assert not page.live
    draft = page.get_latest_revision_as_object()
    assert "two years of patient work" in body_text(draft)
    assert "two years of patient work" in body_text(page)  # a draft's own fields follow its revision
    assert draft.body[0].id == first_block_id  # unchanged blocks keep their IDs (and their translations)
    assert run(source, "--date", "2022-06-20").startswith("unchanged:")


def test_reimport_of_a_published_article_adds_a_draft_and_never_publishes(seeded_site, tmp_path):
    source = tmp_path / "statement.txt"
    shutil.copy(STATEMENT, source)
    run(source, "--date", "2022-06-20")
    imported().get_latest_revision().publish()

    source.write_text(
        STATEMENT.read_text(encoding="utf-8").replace("a year of patient work", "a decade of patient work"),
        encoding="utf-8",
    )
    output = run(source, "--date", "2022-06-20")

    assert output.startswith("updated:")
    assert "not published" in output
    page = imported()
    assert page.live
    assert page.has_unpublished_changes
    assert "a decade" not in body_text(page)
    assert "a decade of patient work" in body_text(page.get_latest_revision_as_object())


def test_dry_run_saves_nothing(seeded_site, tmp_path):
    counts = (Page.objects.count(), revision_count(), Person.objects.count())

    output = run(STATEMENT, STORY, "--dry-run")

    assert output.splitlines()[0].startswith(f'would create: {STATEMENT}: "{STATEMENT_TITLE}"')
    assert f'would create: {STORY}: "{STORY_TITLE}"' in output
    assert "dry run: nothing was saved" in output
    assert (Page.objects.count(), revision_count(), Person.objects.count()) == counts

    source = tmp_path / "statement.txt"
    source.write_text(STATEMENT.read_text(encoding="utf-8").replace("patient", "steady"), encoding="utf-8")
    run(STATEMENT, "--date", "2022-06-20")
    revisions = revision_count()
    assert run(source, "--date", "2022-06-20", "--dry-run").startswith("would update:")
    assert "steady" not in body_text(imported().get_latest_revision_as_object())
    assert revision_count() == revisions


def test_bad_files_are_reported_and_the_good_ones_imported(seeded_site, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    garbled = tmp_path / "garbled.txt"
    garbled.write_bytes(b"Title\n\x81\x8d\x8f\x90\x9d\n")
    menu_only = tmp_path / "menu.txt"
    menu_only.write_text("-\nWho We Are\nAbout\nAbout\n- Take Action\n", encoding="utf-8")
    missing = tmp_path / "missing.txt"

    output = run(empty, binary, garbled, menu_only, missing, tmp_path, STATEMENT)

    lines = output.splitlines()
    assert f"error: {empty}: is empty" in lines
    assert f"error: {binary}: is not a text file (binary content)" in lines
    assert f"error: {garbled}: unreadable encoding (neither UTF-8 nor Windows-1252)" in lines
    assert f"error: {menu_only}: no title found (only site navigation, or no text after the title)" in lines
    assert f"error: {missing}: no such file" in lines
    assert f"error: {tmp_path}: is a directory, not a file" in lines
    assert any(line.startswith(f"created: {STATEMENT}:") for line in lines)
    assert "Traceback" not in output
    assert lines[-1] == "7 files: 6 errors, 1 created"


def test_only_bad_files_end_in_a_non_zero_exit(seeded_site, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="No file could be imported"):
        run(empty)


def test_missing_date_is_set_to_today_and_reported(seeded_site):
    output = run(STATEMENT)

    assert "date not found, set to today; please check" in output
    assert imported().date == timezone.localdate()
    # importing again another day keeps the date instead of moving it
    assert run(STATEMENT).startswith("unchanged:")


def test_html_page_is_imported_with_its_own_date(seeded_site):
    output = run(STORY)

    assert (
        output.splitlines()[0]
        == f'created: {STORY}: "{STORY_TITLE}" (Antwerp, 2022-06-20, 4 paragraphs, 1 quote)'
    )
    assert "1 image(s) left out" in output
    page = imported(STORY_TITLE)
    assert page.kind == "news"
    assert page.speaker is None
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "paragraph",
        "quote",
        "paragraph",
    ]
    assert '<a href="https://example.org/report">' in page.body[0].value.source
    for leftover in NAVIGATION + STORY_LEFTOVERS:
        assert leftover not in page.title + body_text(page)


def test_kind_option_overrides_the_title(seeded_site):
    run(STORY, "--kind", "story")

    assert imported(STORY_TITLE).kind == "story"


def test_import_into_another_language_reuses_or_creates_the_speaker_there(seeded_site):
    fr_news = NewsIndexPage.objects.get(locale__language_code="fr")
    en_speaker_count = Person.objects.filter(locale=seeded_site.locale).count()

    run(STATEMENT, "--locale", "fr", "--date", "2022-06-20")
    run(PRESS_RELEASE, "--parent", fr_news.url_path)

    page = imported()
    assert page.get_parent().pk == fr_news.pk
    assert page.locale.language_code == "fr"
    assert page.speaker.locale.language_code == "fr"
    assert Person.objects.filter(locale=seeded_site.locale).count() == en_speaker_count
    assert (
        imported("Press release: Imaginary Reception Centre Opens Its Doors in Esch").get_parent().pk
        == fr_news.pk
    )


def test_speaker_who_exists_in_the_language_is_reused(seeded_site, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(
        STATEMENT.read_text(encoding="utf-8").replace("Marta Exemplo", "António Vitorino"), encoding="utf-8"
    )
    people = Person.objects.count()

    output = run(source, "--date", "2022-06-20")

    assert "existing person" in output
    assert Person.objects.count() == people
    assert (
        imported(STATEMENT_TITLE.replace("Marta Exemplo", "António Vitorino")).speaker.locale
        == seeded_site.locale
    )


def test_parent_by_path_and_refusal_of_a_parent_that_takes_no_articles(seeded_site):
    run(STATEMENT, "--parent", "/news/", "--date", "2022-06-20")
    assert imported().get_parent().specific_class is NewsIndexPage

    with pytest.raises(CommandError, match="cannot be created under"):
        run(STATEMENT, "--parent", str(seeded_site.pk))
    with pytest.raises(CommandError, match="There is no page"):
        run(STATEMENT, "--parent", "/no-such-page/")
    with pytest.raises(CommandError, match="no locale"):
        run(STATEMENT, "--locale", "xx")


# Hostile and broken HTML: a clear error or a sensible article, never a crash --------------------------------


def page(body, head=""):
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("<div>" * 10_000 + "Deep words.", "nested more than"),
        ("<h1>Title</h1>" + "<span>" * 5000 + "Deep words.", "nested more than"),
        ("<h1>Title</h1>" + "<p>Words.</p>" * 25_000, "HTML elements, more than an old page"),
        (page("<h1>Only a title</h1>"), "no paragraphs"),
        (page("<nav><h1>Menu</h1><p>About</p></nav><script>x()</script>"), "no article text found"),
        (page("<p>Who We Are</p><p>About</p>"), "no title found"),
    ],
)
def test_hostile_html_is_refused_with_a_clear_error(source, message):
    with pytest.raises(legacy.LegacyImportError, match=message):
        reader.parse_html(source)


def test_unclosed_and_misnested_markup_is_read_as_a_browser_would():
    article = reader.parse_html(
        page(
            "<main><h1>Unclosed Paragraphs</h1>"
            "<p>Ghent – The first paragraph is never closed.<div>A block starts inside it.</div>"
            "<p>Another paragraph<p>and one more, also unclosed."
            "<ul><li>first item<li>second item</ul>"
            "<!-- a comment --><p>Text <![CDATA[ hidden ]]> after odd <b><i>nesting</b></i>.</p></main>"
        )
    )
    assert article.place == "Ghent"
    assert [p.text for p in article.paragraphs] == [
        "The first paragraph is never closed.",
        "A block starts inside it.",
        "Another paragraph",
        "and one more, also unclosed.",
        "- first item\n- second item",
        "Text after odd nesting.",
    ]
    assert "comment" not in article_text(article) and "hidden" not in article_text(article)


def test_scripts_handlers_and_unsafe_links_never_reach_the_page():
    article = reader.parse_html(
        page(
            "<h1>Safe Words</h1><p onclick=\"alert('x')\">A paragraph with "
            '<a href="javascript:alert(1)">a script link</a>, <a href=" https://example.org/a?b=1&amp;c=2 " '
            'onmouseover="alert(2)">a web link</a>, <a href="mailto:info@example.org">mail</a> and '
            '<img src=x onerror="alert(3)"> an image.</p><script>document.write("<p>Injected.</p>")</script>'
            '<p style="display:none" hidden>Hidden words.</p><p>&lt;script&gt;alert(4)&lt;/script&gt; as text.</p>'
        )
    )
    data = article.stream_data()
    assert data == [
        {
            "type": "paragraph",
            "value": "<p>A paragraph with a script link, "
            '<a href="https://example.org/a?b=1&amp;c=2">a web link</a>, '
            '<a href="mailto:info@example.org">mail</a> and an image.</p>'
            "<p>&lt;script&gt;alert(4)&lt;/script&gt; as text.</p>",
        }
    ]
    assert "Injected" not in str(data) and "Hidden" not in str(data)


def test_html_declaring_its_encoding_is_read_in_it(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(
        page(
            "<h1>Réfugiés à Liège</h1><p>Liège - Un texte inventé, écrit en Latin-1 pour ce test.</p>",
            head='<meta charset="iso-8859-1">',
        ).encode("latin-1")
    )
    article = reader.parse_file(path)
    assert (article.title, article.place) == ("Réfugiés à Liège", "Liège")
    assert article.warnings == []  # no "read as Windows-1252" warning: the page said how it was written


def test_html_that_lies_about_its_encoding_is_refused(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(
        page("<h1>Title</h1><p>Words.</p>", head='<meta charset="shift_jis">').encode() + b"\x82\xff"
    )
    with pytest.raises(legacy.LegacyImportError, match="not the shift_jis that the page declares"):
        reader.parse_file(path)


def test_a_huge_file_is_refused_before_it_is_read(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as handle:
        handle.write(b"<h1>Title</h1>")
        handle.write(b"<p>Words words words.</p>" * 300_000)
    with pytest.raises(legacy.LegacyImportError, match="larger than 5 MB"):
        reader.parse_file(path)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "<h1>",
                    "</h1>",
                    "<p>",
                    "</p>",
                    "<div>",
                    "</div>",
                    "<ul>",
                    "<li>",
                    "</ul>",
                    "<blockquote>",
                    "</blockquote>",
                    "<footer>",
                    "<br>",
                    "<b>",
                    "</i>",
                    "<a href='https://x.org'>",
                    "</a>",
                    "<nav>",
                    "<!--",
                    "-->",
                    "<![CDATA[",
                    "]]>",
                    "<script>",
                    "</script>",
                    "<table><tr><td>",
                    "<time datetime='",
                    "'>",
                    "&amp;",
                    "&#0;",
                    "&#x110000;",
                    "&bogus;",
                    "<",
                    ">",
                    "\x00",
                    " – ",
                    "“",
                    "”",
                    "\n",
                ]
            ),  # fmt: skip
            st.text(max_size=30),
        ),
        max_size=60,
    )
)
def test_any_markup_gives_an_article_or_a_clear_error(pieces):
    source = "<html><body>" + "".join(pieces)
    try:
        article = reader.parse_html(source)
    except legacy.LegacyImportError as error:
        assert str(error)
    else:
        assert article.title and article.paragraphs
        article.stream_data()


def test_the_news_app_does_not_import_the_importer():
    news = Path(__file__).parent.parent / "news"
    for path in news.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(name == "legacy" or name.startswith("legacy.") for name in names), path


# Importing again after editors worked on the import (issue 13: re-running everything is safe) -----------------


def test_reimport_leaves_a_draft_that_editors_edited_renamed_and_moved(seeded_site, django_user_model):
    run(STATEMENT, "--date", "2022-06-20")
    page = imported()
    editor = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 12)
    page.title = "Keeping doors open: our summary"
    page.slug = "keeping-doors-open"
    page.save_revision(user=editor, log_action=True)
    page.save()
    pages, revisions = Page.objects.count(), revision_count()

    output = run(STATEMENT, "--date", "2022-06-20")

    assert output.startswith(
        f'kept: {STATEMENT}: "{STATEMENT_TITLE}" (edited in the admin since it was imported'
    )
    assert (Page.objects.count(), revision_count()) == (pages, revisions)
    page = StatementPage.objects.get(pk=page.pk)
    assert (page.title, page.slug) == ("Keeping doors open: our summary", "keeping-doors-open")


def test_reimport_does_not_bring_back_a_draft_that_editors_deleted(seeded_site):
    run(STATEMENT, "--date", "2022-06-20")
    imported().delete()
    pages = Page.objects.count()

    output = run(STATEMENT, "--date", "2022-06-20")

    assert "deleted in the admin after an earlier import; not imported again" in output
    assert Page.objects.count() == pages
