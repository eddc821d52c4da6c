"""The admin's listing and export of Take Action submissions (imported lazily: admin views need loaded models)."""

from wagtail.contrib.forms.views import SubmissionsListView

from .submissions import neutralise_formula


class SafeSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing and export, with formula-like CSV cells (headings included) neutralised."""

    export_format = None

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self.export_format = spreadsheet_format
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise_formula(value) if export_format == self.FORMAT_CSV else value

    def get_heading(self, queryset, field):
        heading = super().get_heading(queryset, field)
        return neutralise_formula(heading) if self.export_format == self.FORMAT_CSV else heading
