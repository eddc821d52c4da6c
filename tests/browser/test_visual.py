"""Visual checks: each page type, in each language, at 375 and 1280 px, compared with reference images kept in the
repository (tests/browser/visual_references/), so that a template or style change that breaks the layout is seen.

A screenshot is of the top of the page (what a visitor sees first, and the header and menu), shrunk by half and
kept in 96 colours so that the references stay small; dates that change with the day the site was seeded are
masked. A page differs when more than PIXEL_BUDGET of its pixels differ by more than TOLERANCE in any colour
channel. After an intended change of the layout, `make screenshots` writes new references: look at them before
committing them.
"""

import io
import os
from pathlib import Path

import pytest
from django.core.management import call_command
from PIL import Image, ImageChops
from wagtail.models import Locale

from agenda.models import AgendaPage
from engage.models import TakeActionPage
from home.models import HomePage, SectionPage
from news.models import NewsIndexPage, StatementPage
from resources.models import ResourceLibraryPage, ResourcePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REFERENCES = Path(__file__).parent / "visual_references"
UPDATE = os.environ.get("VISUAL_UPDATE") == "1"
LANGUAGES = ["en", "fr", "nl", "de"]
WIDTHS = {"375": {"width": 375, "height": 900}, "1280": {"width": 1280, "height": 900}}
TOLERANCE = 40  # per colour channel, out of 255: anti-aliasing and font hinting stay under it
PIXEL_BUDGET = 0.01  # share of the screenshot's pixels that may differ
SEARCH_WORD = {"en": "migration", "fr": "migration", "nl": "migratie", "de": "Migration"}
PAGE_TYPES = {
    "home": (HomePage, {}),
    "section": (SectionPage, {"slug": "who-we-are"}),
    "article": (StatementPage, {}),
    "news-index": (NewsIndexPage, {}),
    "resource-library": (ResourceLibraryPage, {}),
    "resource": (ResourcePage, {}),
    "take-action": (TakeActionPage, {}),
    "agenda": (AgendaPage, {}),
}
STEADY = "*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }"


@pytest.fixture
def site_url(live_server):
    call_command("seed_site", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return live_server.url


def addresses(site_url):
    """{name: url} for every page type and the search results, in every language."""
    found = {}
    for code in LANGUAGES:
        locale = Locale.objects.get(language_code=code)
        for name, (model, lookup) in PAGE_TYPES.items():
            english = model.objects.filter(locale__language_code="en", **lookup).order_by("path").first()
            assert english is not None, f"the seeded site has no {name}"
            page = english.get_translation(locale)
            found[f"{name}-{code}"] = site_url + page.url
        found[f"search-{code}"] = f"{site_url}/{code}/search/?q={SEARCH_WORD[code]}"
    return found


def screenshot(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.add_style_tag(content=STEADY)
    page.evaluate("() => document.fonts.ready")
    shot = page.screenshot(mask=[page.locator("time")], mask_color="#777777", animations="disabled")
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    return image.resize((image.width // 2, image.height // 2), Image.Resampling.LANCZOS)


def difference(reference, image):
    """The share of pixels that differ beyond the tolerance (1.0 when the sizes differ)."""
    if reference.size != image.size:
        return 1.0
    diff = ImageChops.difference(reference, image).convert("L").point(lambda v: 255 if v > TOLERANCE else 0)
    return diff.histogram()[255] / (image.width * image.height)


def test_every_page_type_looks_as_its_reference_in_every_language_and_width(browser, site_url):
    REFERENCES.mkdir(exist_ok=True)
    failures = []
    for width, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, bypass_csp=True, locale="en-GB")
        page = context.new_page()
        page.set_default_timeout(20_000)
        for name, url in addresses(site_url).items():
            image = screenshot(page, url)
            path = REFERENCES / f"{name}-{width}.png"
            if UPDATE:  # 96 colours: a third of the size, and well within the tolerance
                image.quantize(colors=96, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
                    path, optimize=True
                )
                continue
            if not path.is_file():
                failures.append(f"{path.name}: no reference image (run `make screenshots`)")
                continue
            share = difference(Image.open(path).convert("RGB"), image)
            if share > PIXEL_BUDGET:
                image.save(path.with_suffix(".actual.png"))
                failures.append(f"{path.name}: {share:.1%} of the pixels differ (actual image beside it)")
        context.close()
    assert not failures, "\n".join(failures)


# Every picture once it is loaded (lazy ones scrolled into view): the file's size and the size it is drawn at.
PICTURES = """async () => {
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 30));
    }
    await Promise.all([...document.images].map((img) => img.decode().catch(() => null)));
    return [...document.images]
        .filter((img) => !/\\.svg($|\\?)/.test(img.currentSrc))
        .map((img) => {
            const box = img.getBoundingClientRect();
            return {src: img.currentSrc, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight,
                    width: box.width, height: box.height};
        });
}"""


def test_every_page_type_shows_pictures_served_at_most_twice_the_size_they_are_drawn(browser, site_url):
    """At 375 and 1280 px (device pixel ratio 1), in English and German: each page type shows at least one picture,
    and no picture's file is wider or taller than twice what the page draws, nor visibly smaller than it."""
    failures = []
    for width, viewport in WIDTHS.items():
        context = browser.new_context(viewport=viewport, device_scale_factor=1, locale="en-GB")
        page = context.new_page()
        page.set_default_timeout(20_000)
        for name, url in addresses(site_url).items():
            if not name.endswith(("-en", "-de")):
                continue
            page.goto(url)
            shown = [picture for picture in page.evaluate(PICTURES) if picture["width"] >= 1]
            if not name.startswith("search-") and not any(picture["naturalWidth"] for picture in shown):
                failures.append(f"{name} at {width} px shows no picture")
            for picture in shown:
                too_large = (
                    picture["naturalWidth"] > 2 * picture["width"] + 1
                    or picture["naturalHeight"] > 2 * picture["height"] + 1
                )
                too_small = picture["naturalWidth"] < 0.95 * picture["width"]
                if too_large or too_small:
                    failures.append(
                        f"{name} at {width} px: {picture['src'].rsplit('/', 1)[-1]} is "
                        f"{picture['naturalWidth']}×{picture['naturalHeight']}, "
                        f"drawn at {picture['width']:.0f}×{picture['height']:.0f}"
                    )
        context.close()
    assert not failures, "\n".join(failures)
