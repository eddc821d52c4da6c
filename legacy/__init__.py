"""Importing pages of the office's former website (saved as text or HTML) as draft articles for review.

`legacy.reader` turns a file into a `legacy.article.LegacyArticle` without touching the database (HTML is read
with BeautifulSoup in `legacy.markup`, plain text line by line in `legacy.text`); `legacy.importer` saves it
as a draft `news.StatementPage`; `manage.py import_legacy` runs both for a list of files.
"""
