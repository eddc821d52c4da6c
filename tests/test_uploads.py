"""Hostile and broken uploads through the admin's own views: refused with a message the editor sees, or served
as a harmless download; never a server error, and a picture is never decoded before its size is known."""

import html
import io
import json
import struct
import zlib
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile, TemporaryUploadedFile
from PIL import Image as PILImage
from PIL import ImageFile
from wagtail.documents.models import Document
from wagtail.images import get_image_model

from tests.factories import PDF_BYTES, DocumentFactory, ImageFactory, root_collection

Image = get_image_model()

pytestmark = pytest.mark.django_db

MB = 1024 * 1024
NOT_AN_IMAGE = "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
TOO_MANY_PIXELS = "This file has too many pixels"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(document.domain)</script></svg>'
PAGE = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


# --- Files ----------------------------------------------------------------------------------------------


def picture(fmt="PNG", size=(64, 48)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#0033a0").save(buffer, fmt)
    return buffer.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_claiming(width, height, rows=None):
    """A greyscale PNG whose header says width x height; its pixel data is `rows` blank rows (all of them if None).

    The data is compressed as it is made, so even a complete picture of millions of pixels is a few kilobytes
    and never exists uncompressed, neither here nor (if the upload is checked correctly) on the server.
    """
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    compressor = zlib.compressobj(9)
    row = b"\x00" * (width + 1)  # filter byte, then one byte per pixel
    data = b"".join(compressor.compress(row) for _ in range(height if rows is None else rows))
    data += compressor.flush()
    return (
        b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", data) + png_chunk(b"IEND", b"")
    )


@pytest.fixture
def decoded():
    """Every picture Pillow decodes during the test (a decompression bomb must be refused before this)."""
    calls = []
    original = ImageFile.ImageFile.load

    def load(image):
        calls.append(image.size)
        return original(image)

    with mock.patch.object(ImageFile.ImageFile, "load", load):
        yield calls


# --- Editors --------------------------------------------------------------------------------------------


@pytest.fixture
def editor_client(client, django_user_model):
    """An editor (the Editors group may add images and documents), logged in."""
    user = django_user_model.objects.create_user("editor", "editor@example.org", "x" * 12)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return client


@pytest.fixture
def admin_user_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("root", "root@example.org", "x" * 12))
    return client


def add_image(client, name, content, content_type="image/png"):
    """The single upload form; returns (response, page text)."""
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Upload",
            "description": "A blue square",
            "credit": "© IOM",
            "collection": root_collection().pk,
            "file": SimpleUploadedFile(name, content, content_type),
        },
    )
    return response, html.unescape(response.content.decode())


def add_images(client, name, content, content_type="image/png"):
    """The multiple uploader (drag and drop); returns its JSON answer."""
    response = client.post(
        "/admin/images/multiple/add/",
        {"collection": root_collection().pk, "files[]": SimpleUploadedFile(name, content, content_type)},
    )
    assert response.status_code == 200
    return json.loads(response.content)


def add_document(client, name, content, content_type="application/octet-stream", **data):
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Upload",
            "collection": root_collection().pk,
            "file": SimpleUploadedFile(name, content, content_type),
            **data,
        },
    )
    return response, html.unescape(response.content.decode())


# --- Images: what an editor may upload ------------------------------------------------------------------


def test_limits_are_set():
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 10 * MB
    assert settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS == 40_000_000
    assert "svg" not in settings.WAGTAILIMAGES_EXTENSIONS
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == 20 * MB
    assert not {"html", "htm", "svg", "xhtml", "xml", "js"} & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert settings.FILE_UPLOAD_MAX_MEMORY_SIZE <= 2_621_440
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE <= 2_621_440


@pytest.mark.parametrize("fmt, name", [("PNG", "photo.png"), ("JPEG", "photo.jpg"), ("GIF", "photo.gif")])
def test_an_editor_can_upload_a_real_picture(editor_client, fmt, name):
    response, _text = add_image(editor_client, name, picture(fmt))
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (64, 48)


def test_a_picture_over_the_size_limit_is_refused(editor_client):
    big = picture() + b"\x00" * (10 * MB)  # a real PNG, padded past 10 MB
    response, text = add_image(editor_client, "big.png", big)
    assert response.status_code == 200
    assert "This file is too big (10.0\xa0MB). Maximum filesize 10.0\xa0MB." in text
    assert not Image.objects.exists()


def test_a_decompression_bomb_is_refused_before_it_is_decoded(editor_client, decoded):
    bomb = png_claiming(30_000, 30_000, rows=1)  # 900 million pixels claimed, 100-odd bytes on disk
    assert len(bomb) < 1024
    response, text = add_image(editor_client, "bomb.png", bomb)
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in text
    assert decoded == []
    assert not Image.objects.exists()


def test_a_complete_picture_with_too_many_pixels_is_measured_from_its_header(editor_client, decoded):
    """49 million pixels: under Pillow's own alarm, over ours; Wagtail alone would decode it (49 MB) to count."""
    bomb = png_claiming(7_000, 7_000)
    assert len(bomb) < 100 * 1024
    response, text = add_image(editor_client, "huge.png", bomb)
    assert response.status_code == 200
    assert "This file has too many pixels (49000000). Maximum pixels 40000000." in text
    assert decoded == []


def test_the_multiple_uploader_refuses_a_bomb_too(editor_client, decoded):
    answer = add_images(editor_client, "bomb.png", png_claiming(7_000, 7_000))
    assert answer["success"] is False
    assert TOO_MANY_PIXELS in answer["error_message"]
    assert decoded == []
    assert not Image.objects.exists()


def test_the_chooser_upload_refuses_a_bomb_too(admin_user_client, decoded):
    response = admin_user_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "Bomb",
            "image-chooser-upload-collection": root_collection().pk,
            "image-chooser-upload-file": SimpleUploadedFile("bomb.png", png_claiming(7_000, 7_000)),
        },
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in html.unescape(response.content.decode())
    assert decoded == []
    assert not Image.objects.exists()


def test_replacing_an_images_file_with_a_bomb_is_refused(admin_user_client, decoded):
    image = ImageFactory(title="Harbour")
    before = image.file.name
    response = admin_user_client.post(
        f"/admin/images/{image.pk}/",
        {
            "title": "Harbour",
            "description": "A harbour",
            "credit": "© IOM",
            "collection": root_collection().pk,
            "file": SimpleUploadedFile("harbour.png", png_claiming(7_000, 7_000)),
        },
    )
    assert response.status_code == 200
    assert TOO_MANY_PIXELS in html.unescape(response.content.decode())
    assert (7_000, 7_000) not in decoded  # (the page shows the current picture, which is decoded)
    image.refresh_from_db()
    assert image.file.name == before


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("photo.jpg", PAGE, "Not a valid .jpeg image."),  # an HTML page named .jpg (Willow takes it for SVG)
        ("scan.png", PDF_BYTES, NOT_AN_IMAGE),  # a PDF named .png
        (
            "photo.jpg",
            picture("PNG"),
            "Not a valid .jpeg image. The extension does not match the file format (png)",
        ),
        ("logo.svg", SVG, "Not a supported image format. Supported formats: GIF, JPG, JPEG, PNG, WEBP."),
        ("photo.html", picture("PNG"), "Not a supported image format."),
    ],
    ids=["html-as-jpg", "pdf-as-png", "png-as-jpg", "svg", "html-extension"],
)
def test_a_file_that_is_not_what_it_claims_is_refused(editor_client, name, content, message):
    response, text = add_image(editor_client, name, content)
    assert response.status_code == 200
    assert message in text
    assert not Image.objects.exists()
    answer = add_images(editor_client, name, content)
    assert answer["success"] is False
    assert message in html.unescape(answer["error_message"])
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("cut.jpg", picture("JPEG", (400, 300))[:600]),
        ("cut.png", picture("PNG", (400, 300))[:60]),
        ("no-rows.png", png_claiming(400, 300, rows=0)),
        ("cut.gif", picture("GIF", (400, 300))[:100]),
        ("garbled.png", picture("PNG")[:40] + b"\xff" * 200),
    ],
    ids=["truncated-jpeg", "truncated-png", "empty-png", "truncated-gif", "garbled-png"],
)
def test_a_broken_picture_is_refused_with_a_message_not_a_server_error(editor_client, name, content):
    response, text = add_image(editor_client, name, content)
    assert response.status_code == 200
    assert NOT_AN_IMAGE in text
    assert not Image.objects.exists()
    answer = add_images(editor_client, name, content)
    assert answer["success"] is False
    assert NOT_AN_IMAGE in answer["error_message"]


# --- Documents ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content",
    [
        ("page.html", PAGE),
        ("page.htm", PAGE),
        ("logo.svg", SVG),
        ("page.xhtml", PAGE),
        ("run.js", b"alert(1)"),
    ],
)
def test_web_pages_and_svg_are_refused_as_documents(editor_client, name, content):
    extension = name.rsplit(".", 1)[1]
    response, text = add_document(editor_client, name, content, "text/html")
    assert response.status_code == 200
    assert f"File extension “{extension}” is not allowed." in text
    assert not Document.objects.exists()

    response = editor_client.post(
        "/admin/documents/multiple/add/",
        {"collection": root_collection().pk, "files[]": SimpleUploadedFile(name, content, "text/html")},
    )
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert f"File extension “{extension}” is not allowed." in html.unescape(answer["error_message"])
    assert not Document.objects.exists()


def test_a_document_over_the_size_limit_is_refused_and_was_never_held_in_memory(editor_client):
    streamed = []
    original = TemporaryUploadedFile.__init__

    def spy(self, name, *args, **kwargs):
        streamed.append(name)
        original(self, name, *args, **kwargs)

    with mock.patch.object(TemporaryUploadedFile, "__init__", spy):
        response, text = add_document(editor_client, "archive.pdf", PDF_BYTES + b"0" * (20 * MB))
    assert response.status_code == 200
    assert "This file is too big (20.0\xa0MB). Maximum filesize 20.0\xa0MB." in text
    assert streamed == ["archive.pdf"]  # over 2.5 MB: written to a temporary file as it arrived
    assert not Document.objects.exists()


def test_an_oversized_form_body_is_refused_with_400(editor_client):
    response, _text = add_document(editor_client, "report.pdf", PDF_BYTES, description="x" * (3 * MB))
    assert response.status_code == 400
    response = editor_client.post(
        "/admin/images/add/", "title=" + "x" * (3 * MB), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 400
    assert not Document.objects.exists()
    assert not Image.objects.exists()


def assert_served_as_harmless_download(response, filename):
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    directives = {part.strip() for part in response["Content-Security-Policy"].split(";")}
    assert directives == {"default-src 'none'", "sandbox"}  # django-csp writes them in any order


def test_a_page_disguised_as_a_pdf_is_accepted_but_only_ever_downloaded(editor_client, client, site):
    response, _text = add_document(editor_client, "report.pdf", PAGE, "application/pdf")
    assert response.status_code == 302
    document = Document.objects.get()
    download = client.get(document.url)
    assert_served_as_harmless_download(download, "report.pdf")
    assert download["Content-Type"] == "application/pdf"


@pytest.mark.parametrize(
    "name, content, content_type",
    [
        ("page.html", PAGE, "text/html"),
        ("logo.svg", SVG, "image/svg+xml"),
        ("report.pdf", PDF_BYTES, "application/pdf"),
        ("notes.txt", b"plain words", "text/plain"),
    ],
)
def test_no_document_is_ever_shown_inline(client, site, name, content, content_type):
    """Even a web page or an SVG stored before these rules (or by a script) is a sandboxed download."""
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []
    document = DocumentFactory(title=name, file__filename=name, file__data=content)
    response = client.get(document.url)
    assert_served_as_harmless_download(response, name)
    assert response["Content-Type"].startswith(content_type)
    assert b"".join(response.streaming_content) == content
