"""Illustrations that the project draws itself for the seeded site (docs/images-licence.md): soft gradients,
circles and waves in the site's blues, different for every name, the same every time for one name."""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

PALETTES = [
    ((11, 61, 145), (127, 200, 248), (255, 209, 102)),
    ((10, 42, 94), (74, 144, 226), (238, 244, 251)),
    ((8, 45, 107), (91, 192, 190), (255, 241, 184)),
    ((11, 79, 168), (164, 214, 255), (247, 178, 103)),
]


def illustration(name, width=1600, height=1000):
    """A JPEG of `width` x `height` pixels drawn from `name` alone."""
    rng = random.Random(name)  # noqa: S311 -- a drawing, not a secret
    dark, light, accent = rng.choice(PALETTES)
    image = Image.new("RGB", (width, height), dark)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # a diagonal-looking gradient: vertical blend, then shapes on top
        t = y / height
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(d + (b - d) * t * 0.55) for d, b in zip(dark, light, strict=True)),
        )
    layer = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    shapes = ImageDraw.Draw(layer)
    for _ in range(rng.randint(5, 9)):
        radius = rng.randint(height // 8, height // 2)
        x, y = rng.randint(0, width), rng.randint(0, height)
        colour = rng.choice([light, accent, (255, 255, 255)])
        shapes.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(*colour, rng.randint(40, 110)))
    for band in range(3):
        phase, amplitude = rng.uniform(0, math.tau), rng.randint(height // 20, height // 8)
        base = height * (0.55 + 0.13 * band)
        points = [
            (x, base + amplitude * math.sin(phase + x / width * math.tau * 1.3))
            for x in range(0, width + 20, 20)
        ]
        shapes.line(points, fill=(255, 255, 255, 120 - band * 30), width=max(4, height // 90))
    image = Image.alpha_composite(image.convert("RGBA"), layer.filter(ImageFilter.GaussianBlur(2))).convert(
        "RGB"
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()
