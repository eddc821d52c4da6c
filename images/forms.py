"""The admin's image form: a non-decorative image needs a description and a credit. Checked on the form (not the
model) so that the multiple uploader keeps the file and asks for the missing details."""

from core.uploads import ImageForm


class SiteImageForm(ImageForm):
    def clean(self):
        cleaned = super().clean()
        fields = set(self.fields)
        if {"description", "credit", "is_decorative"} <= fields:
            instance = self._meta.model(
                description=cleaned.get("description") or "",
                credit=cleaned.get("credit") or "",
                is_decorative=bool(cleaned.get("is_decorative")),
            )
            for field, error in instance.missing_details().items():
                self.add_error(field, error)
        return cleaned
