from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import Query


class SearchTermDailyHits(models.Model):
    """How often a search term found pages in one language on one day: the popular searches offered to visitors.

    Wagtail's Query and QueryDailyHits (the staff's "Search terms" report) count every search in every language
    together; this counts, per language, only the searches that found something, so that the suggestions shown
    to a visitor are in their language and lead somewhere. Written in bulk by search.hits.flush_hits.
    """

    query = models.ForeignKey(Query, on_delete=models.CASCADE, related_name="language_daily_hits")
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    date = models.DateField()
    hits = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search term daily hits")
        verbose_name_plural = _("search term daily hits")
        constraints = [
            models.UniqueConstraint(fields=["query", "locale", "date"], name="unique_search_term_locale_date")
        ]
        indexes = [models.Index(fields=["locale", "date"])]

    def __str__(self):
        return f"{self.query} ({self.locale}, {self.date}): {self.hits}"
