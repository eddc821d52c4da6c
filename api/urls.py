"""The API's address, outside the language prefixes (/api/v2/pages/?locale=fr chooses the language)."""

from django.urls import path

from .views import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
