"""Every picture on the public site goes through one helper: a named layout ("hero", "content", "card", "cover")
gives the crop, the widths generated and the `sizes` that match the stylesheet at 375, 768 and 1280 px
(core/static/css/site.css: a 72rem wrap with 1-2rem gutters, prose at 70ch ≈ 46rem, teasers at 20rem).
`fill-…` crops are placed around the editor's focal point (the largest crop of the layout's proportions that holds
it); no closeness factor (`-c100` would zoom in on the focal point until it fills the picture, a face instead of a
scene)."""

import logging
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Layout:
    widths: tuple  # the widths generated, in pixels
    sizes: str  # how wide the picture is drawn, for the browser to pick one
    ratio: tuple | None = None  # (w, h) to crop around the focal point; None keeps the original proportions

    def spec(self, width, fmt):
        if self.ratio:
            height = round(width * self.ratio[1] / self.ratio[0])
            base = f"fill-{width}x{height}"
        else:
            base = f"width-{width}"
        return f"{base}|format-{fmt}"

    def specs(self):
        return [self.spec(width, fmt) for fmt in FORMATS for width in self.widths]


# AVIF is not offered: Pillow encodes it slowly on the 2-core servers; WebP is about as small for illustrations.
FORMATS = ("webp", "jpeg")

LAYOUTS = {
    # Full width of the window at every size.
    "hero": Layout(widths=(480, 800, 1280, 1920), sizes="100vw", ratio=(16, 7)),
    # The text column: the window less its gutters on a phone, then at most 46rem (70ch).
    "content": Layout(widths=(360, 720, 1080), sizes="(max-width: 47.99rem) calc(100vw - 2rem), 46rem"),
    # A tile of a gallery block: two to a row on a phone, three in the text column above that.
    "gallery": Layout(
        widths=(240, 480, 720), sizes="(max-width: 47.99rem) calc(50vw - 1.5rem), 14.7rem", ratio=(4, 3)
    ),
    # A teaser in a list: 20rem wide at most, the full column on a phone.
    "card": Layout(widths=(320, 640), sizes="(max-width: 47.99rem) calc(100vw - 2rem), 20rem", ratio=(16, 9)),
    # An article's picture beside its teaser: a quarter of the column, 13rem at most.
    "teaser": Layout(widths=(120, 240, 480), sizes="(max-width: 47.99rem) 25vw, 13rem", ratio=(16, 9)),
    # A publication's cover beside its summary on its page: 11rem wide.
    "cover": Layout(widths=(180, 360), sizes="11rem", ratio=(3, 4)),
    # ...and in the library's list: 4rem on a phone, 7.5rem above.
    "cover-thumb": Layout(widths=(120, 240), sizes="(max-width: 47.99rem) 4rem, 7.5rem", ratio=(3, 4)),
}


def prefetch_images(field, *layout_names):
    """A Prefetch for a listing: the pictures of `field` with every rendition the layouts need, in two queries
    whatever the listing's length."""
    from django.db.models import Prefetch
    from wagtail.images import get_image_model

    specs = [spec for name in layout_names for spec in LAYOUTS[name].specs()]
    return Prefetch(field, queryset=get_image_model().objects.prefetch_renditions(*specs))


def renditions_for(image, layout_name):
    """All the renditions one layout needs, fetched (or made) at once."""
    layout = LAYOUTS[layout_name]
    return layout, image.get_renditions(*layout.specs())


def picture(image, layout_name, *, alt=None, eager=False, css_class=""):
    """A <picture> with a WebP source, a JPEG fallback, srcset, sizes and the intrinsic width and height."""
    if image is None:
        return ""
    try:
        layout, renditions = renditions_for(image, layout_name)
    except SourceImageIOError:
        # The original file is missing (a restore without media, a deleted file): the page is shown without
        # the picture rather than failing.
        logger.warning("image %s: original file missing, not shown", image.pk)
        return ""

    def srcset(fmt):
        return ", ".join(
            f"{renditions[layout.spec(w, fmt)].url} {renditions[layout.spec(w, fmt)].width}w"
            for w in layout.widths
        )

    fallback = renditions[layout.spec(layout.widths[-1], "jpeg")]
    if alt is None:
        alt = image.default_alt_text
    loading = mark_safe(' fetchpriority="high" loading="eager"') if eager else mark_safe(' loading="lazy"')
    sources = format_html_join(
        "", '<source type="image/{}" srcset="{}" sizes="{}">', [("webp", srcset("webp"), layout.sizes)]
    )
    return format_html(
        '<picture>{}<img{} src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}"{} decoding="async"></picture>',
        sources,
        format_html(' class="{}"', css_class) if css_class else "",
        fallback.url,
        srcset("jpeg"),
        layout.sizes,
        fallback.width,
        fallback.height,
        alt,
        loading,
    )
