"""What a visitor's browser receives for a picture: one <picture> with WebP and JPEG, srcset and sizes for the
layout, the intrinsic width and height, lazy loading below the fold and priority for the hero; crops keep the
editor's focal point; a page with a hero image shares it."""

import io
import re

import pytest
from django.core.files import File
from django.template import Context, Template
from PIL import Image as PILImage
from PIL import ImageDraw

from home.models import SectionPage
from images.renditions import LAYOUTS
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def render(image, layout, **options):
    extra = "".join(f" {key}={value}" for key, value in options.items())
    return Template(
        "{% load responsive_images %}{% responsive_image image '" + layout + "'" + extra + " %}"
    ).render(Context({"image": image}))


def attr(markup, tag, name):
    match = re.search(rf"<{tag}\b[^>]*\s{name}=\"([^\"]*)\"", markup)
    return match and match.group(1)


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_picture_has_webp_and_jpeg_srcset_sizes_and_its_size(layout):
    image = ImageFactory(
        file__width=2400, file__height=1600, description="Boats in a harbour", credit="© IOM"
    )
    markup = render(image, layout)
    assert markup.startswith("<picture>") and markup.endswith("</picture>")
    webp = attr(markup, "source", "srcset")
    assert attr(markup, "source", "type") == "image/webp"
    assert webp.count(".webp") == len(LAYOUTS[layout].widths)
    jpeg = attr(markup, "img", "srcset")
    assert jpeg.count(".jpg") == len(LAYOUTS[layout].widths)
    widths = [int(w) for w in re.findall(r" (\d+)w", jpeg)]
    assert widths == sorted(widths) and widths[-1] <= 2400
    assert attr(markup, "img", "sizes") == attr(markup, "source", "sizes") == LAYOUTS[layout].sizes
    assert int(attr(markup, "img", "width")) == widths[-1]
    assert int(attr(markup, "img", "height")) > 0
    assert attr(markup, "img", "alt") == "Boats in a harbour"
    assert attr(markup, "img", "loading") == "lazy"
    assert "fetchpriority" not in markup


def test_the_hero_is_loaded_first():
    markup = render(ImageFactory(file__width=2400, file__height=1200), "hero", eager=True)
    assert attr(markup, "img", "fetchpriority") == "high"
    assert attr(markup, "img", "loading") == "eager"


def test_a_decorative_picture_has_an_empty_alt():
    markup = render(ImageFactory(is_decorative=True, description="", credit=""), "card")
    assert ' alt=""' in markup


# How wide each layout is drawn (CSS px) at a 375, 768 and 1280 px window, read from core/static/css/site.css.
DRAWN = {
    "hero": (375, 768, 1280),
    "content": (343, 736, 736),
    "card": (343, 320, 320),
    "teaser": (94, 208, 208),
    "cover": (176, 176, 176),
    "cover-thumb": (64, 120, 120),
    "gallery": (167, 225, 235),
}


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("ratio", [1, 2])
def test_the_browser_finds_a_width_close_to_the_drawn_one_at_375_768_and_1280_px(layout, ratio):
    widths = LAYOUTS[layout].widths
    for drawn in DRAWN[layout]:
        needed = drawn * ratio
        chosen = min(
            (w for w in widths if w >= needed), default=max(widths)
        )  # as a browser picks from srcset
        assert chosen <= 2 * needed, f"{layout} at {drawn} px ×{ratio} gets {chosen} px"


def picture_with_a_red_corner():
    """1600×900, blue, with a red square near the top left corner marked as the focal point."""
    picture = PILImage.new("RGB", (1600, 900), "#0033a0")
    ImageDraw.Draw(picture).rectangle((40, 40, 239, 239), fill="#ff0000")
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return buffer.getvalue()


def red_box(rendition):
    with rendition.file.open("rb") as handle:
        picture = PILImage.open(io.BytesIO(handle.read())).convert("RGB")
    mask = PILImage.new("L", picture.size)
    mask.putdata([255 if r > 200 and g < 80 and b < 80 else 0 for r, g, b in picture.getdata()])
    return picture.size, mask.getbbox()


def test_every_crop_keeps_the_focal_point():
    image = ImageFactory(
        file__from_file=File(io.BytesIO(picture_with_a_red_corner()), name="corner.png"),
        focal_point_x=140,
        focal_point_y=140,
        focal_point_width=200,
        focal_point_height=200,
    )
    for name, layout in LAYOUTS.items():
        for spec in layout.specs():
            rendition = image.get_rendition(spec)
            (width, height), box = red_box(rendition)
            assert box is not None, f"{name} {spec}: the focal point is cropped away"
            left, top, right, bottom = box
            # the whole red square is there: still a square, as large as the rendition's scale makes it
            scale = min(width / 1600, 1) if "width-" in spec else max(width / 1600, height / 900)
            assert abs((right - left) - (bottom - top)) <= 2, f"{name} {spec} cuts the focal point"
            assert (right - left) >= 200 * scale - 3, f"{name} {spec} cuts the focal point"


def test_a_section_with_a_hero_image_shows_it_first_and_shares_it(client, seeded_site):
    section = SectionPage.objects.filter(locale__language_code="en").live().first()
    section.hero_image = ImageFactory(file__width=1600, file__height=900, description="A map of Belgium")
    section.save_revision().publish()
    body = client.get(section.url).content.decode()
    assert attr(body, "img", "fetchpriority") == "high"
    assert 'alt="A map of Belgium"' in body
    og = re.search(r'<meta property="og:image" content="([^"]+)"', body).group(1)
    assert og.startswith("http://testserver/") and "fill-1200x630" in og
    assert '<meta property="og:image:alt" content="A map of Belgium">' in body


def cold_queries(client, url):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # makes the renditions, as the first visit after an upload does
    cache.clear()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_listings_with_pictures_cost_the_same_queries_for_2_or_8_articles(client, seeded_site):
    from django.utils import timezone

    from news.models import NewsIndexPage
    from tests.factories import StatementPageFactory

    news = NewsIndexPage.objects.get(locale__language_code="en")
    counts = []
    for total in (2, 8):
        while news.get_children().count() < total + 1:
            article = StatementPageFactory(
                parent=news,
                featured_image=ImageFactory(),
                featured_image_alt="A picture",
                date=timezone.localdate(),
            )
            article.save_revision().publish()
        body = client.get(news.url).content.decode()
        assert body.count('class="article-teaser__image"') >= total
        counts.append((cold_queries(client, news.url), cold_queries(client, "/en/")))
    assert counts[0] == counts[1]
