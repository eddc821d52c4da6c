"""The site's image model: an editor must describe and credit a picture unless it is decorative."""

import html
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.images import get_image_model

from tests.factories import root_collection

pytestmark = pytest.mark.django_db

Image = get_image_model()


def png(size=(400, 300)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, "#0033a0").save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, **fields):
    response = client.post(
        "/admin/images/add/",
        {
            "title": "Harbour",
            "collection": root_collection().pk,
            "file": SimpleUploadedFile("harbour.png", png(), "image/png"),
            **fields,
        },
    )
    return response, html.unescape(response.content.decode())


def test_the_site_uses_its_own_image_model():
    assert Image._meta.label == "images.SiteImage"


def test_an_image_without_description_or_credit_is_refused_with_a_message(admin_client):
    response, text = upload(admin_client)
    assert response.status_code == 200
    assert "Describe what the image shows (alternative text), or tick “decorative”." in text
    assert "Give the photographer or source of the image, or tick “decorative”." in text
    assert not Image.objects.exists()


def test_a_credit_alone_is_not_enough(admin_client):
    _response, text = upload(admin_client, credit="© IOM 2024")
    assert "Describe what the image shows" in text
    assert "Give the photographer" not in text
    assert not Image.objects.exists()


def test_a_described_and_credited_image_is_saved(admin_client):
    response, _text = upload(admin_client, description="Boats in a harbour at dusk", credit="© IOM 2024")
    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.description, image.credit, image.is_decorative) == (
        "Boats in a harbour at dusk",
        "© IOM 2024",
        False,
    )
    assert image.get_rendition("width-100").alt == "Boats in a harbour at dusk"


def test_a_decorative_image_needs_neither_and_has_an_empty_alt(admin_client):
    response, _text = upload(admin_client, is_decorative="on")
    assert response.status_code == 302
    image = Image.objects.get()
    assert image.is_decorative
    assert image.get_rendition("width-100").alt == ""


def test_the_multiple_uploader_keeps_the_file_and_asks_for_the_details(admin_client):
    response = admin_client.post(
        "/admin/images/multiple/add/",
        {"collection": root_collection().pk, "files[]": SimpleUploadedFile("a.png", png(), "image/png")},
    )
    answer = response.json()
    assert answer["success"]
    assert not Image.objects.exists()  # not saved yet: the editor is asked for a description and a credit
    assert "uploaded_file_id" in answer
    form = html.unescape(answer["form"])
    assert "credit" in form
    assert "is_decorative" in form


def test_the_admin_shows_the_new_fields_on_the_edit_page_and_in_the_chooser(admin_client):
    from tests.factories import ImageFactory

    image = ImageFactory(title="Harbour at dusk", credit="© IOM 2024")
    edit = admin_client.get(f"/admin/images/{image.pk}/")
    assert edit.status_code == 200
    text = html.unescape(edit.content.decode())
    assert 'name="credit"' in text and "© IOM 2024" in text
    assert 'name="is_decorative"' in text
    chooser = admin_client.get("/admin/images/chooser/")
    assert chooser.status_code == 200
    assert "Harbour at dusk" in html.unescape(chooser.content.decode())


def test_editing_an_image_keeps_the_rule(admin_client):
    from tests.factories import ImageFactory

    image = ImageFactory(title="Harbour")
    response = admin_client.post(
        f"/admin/images/{image.pk}/",
        {"title": "Harbour", "collection": root_collection().pk, "description": "", "credit": "© IOM"},
    )
    assert response.status_code == 200
    assert "Describe what the image shows" in html.unescape(response.content.decode())
    image.refresh_from_db()
    assert image.description.startswith("Blue test picture")
