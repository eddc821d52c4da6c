"""Pagination that never fails on a visitor's page number: a bad one is reported and the nearest page shown."""

from django.core.paginator import EmptyPage, PageNotAnInteger
from django.utils.translation import gettext


def forgiving_page(paginator, raw_page, errors):
    """The page `raw_page` of `paginator`; a number that is not understood or out of range gives the first or
    the last page, with a message appended to `errors`."""
    try:
        return paginator.page(raw_page)
    except PageNotAnInteger:
        errors.append(gettext("The page number was not understood; showing the first page."))
        return paginator.page(1)
    except EmptyPage:
        try:
            too_low = int(raw_page) < 1
        except (TypeError, ValueError, OverflowError):
            too_low = True
        errors.append(gettext("There is no such page of results; showing the nearest one."))
        return paginator.page(1 if too_low else paginator.num_pages)
