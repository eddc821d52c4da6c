"""The seeded library's PDF publications, printed with fpdf2 from home/seed/publications.py (no binary files in
the repository): a cover, a contents page, one page or more per chapter, tables, page numbers and the document's
title, author and language in its metadata. The same text always gives the same bytes."""

import datetime

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

from home.seed.publications import OFFICE, PUBLICATIONS

# IOM's blue, and a light tint of it for table headers.
BLUE = (0, 51, 160)
TINT = (223, 230, 246)
GREY = (90, 90, 90)

# fpdf2's built-in fonts cover Latin-1: typographic characters outside it are printed as their plain forms.
PLAIN = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "œ": "oe", "…": "..."})

FOOTER = {"en": "Page {page} of {total}", "fr": "Page {page} sur {total}"}
CONTENTS = {"en": "Contents", "fr": "Sommaire"}
OFFICE_NAME = {"en": OFFICE, "fr": "OIM Belgique et Luxembourg"}


def plain(text):
    return text.translate(PLAIN)


class Publication(FPDF):
    def __init__(self, publication):
        super().__init__(format="A4")
        self.publication = publication
        self.language = publication["language"]
        self.set_margins(22, 22, 22)
        self.set_auto_page_break(True, margin=24)
        self.alias_nb_pages("{total}")
        self.set_title(plain(publication["title"]))
        self.set_subject(plain(publication["subtitle"]))
        self.set_author(OFFICE_NAME[self.language])
        self.set_creator(OFFICE_NAME[self.language])
        self.set_lang(self.language)
        # A fixed date: the same text gives the same file, so a document's hash says whether it is still the seed's.
        self.set_creation_date(datetime.datetime(publication["year"], 1, 15, tzinfo=datetime.UTC))

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-16)
        self.set_font("Helvetica", size=8)
        self.set_text_color(*GREY)
        self.cell(0, 6, plain(self.publication["title"]), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, FOOTER[self.language].format(page=self.page_no(), total="{total}"), align="R")

    def cover(self):
        self.add_page()
        self.set_fill_color(*BLUE)
        self.rect(0, 0, self.w, 110, style="F")
        self.set_fill_color(255, 255, 255)
        for x, y, r in ((150, 30, 38), (175, 80, 22), (120, 95, 12)):
            self.ellipse(x, y, r, r, style="D")
        self.set_text_color(255, 255, 255)
        self.set_xy(self.l_margin, 40)
        self.set_font("Helvetica", "B", 24)
        self.multi_cell(130, 11, plain(self.publication["title"]), align="L")
        self.set_text_color(0, 0, 0)
        self.set_xy(self.l_margin, 125)
        self.set_font("Helvetica", size=14)
        self.multi_cell(0, 7, plain(self.publication["subtitle"]), align="L")
        self.set_xy(self.l_margin, 250)
        self.set_font("Helvetica", "B", 12)
        self.cell(0, 7, OFFICE_NAME[self.language], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("Helvetica", size=12)
        self.cell(0, 7, str(self.publication["year"]))

    def contents(self):
        self.add_page()
        self.heading(CONTENTS[self.language])
        self.set_font("Helvetica", size=12)
        for number, (title, *_rest) in enumerate(self.publication["chapters"], start=1):
            self.cell(0, 9, f"{number}. {plain(title)}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def heading(self, text):
        self.set_font("Helvetica", "B", 18)
        self.set_text_color(*BLUE)
        self.multi_cell(0, 9, plain(text), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def chapter(self, number, title, paragraphs, table=None):
        self.add_page()
        self.start_section(plain(title))  # the PDF's outline (bookmarks)
        self.heading(f"{number}. {title}")
        self.set_font("Helvetica", size=11)
        for paragraph in paragraphs:
            self.multi_cell(0, 6, plain(paragraph), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(3)
        if table:
            self.ln(2)
            self.set_font("Helvetica", size=10)
            headings = FontFace(emphasis="BOLD", fill_color=TINT)
            with self.table(
                text_align="LEFT", line_height=6, headings_style=headings, width=self.epw
            ) as grid:
                for row in table:
                    cells = grid.row()
                    for text in row:
                        cells.cell(plain(text))


def publication_pdf(filename):
    """The PDF of the seeded publication saved as `filename` (a key of PUBLICATIONS)."""
    publication = PUBLICATIONS[filename]
    pdf = Publication(publication)
    pdf.cover()
    pdf.contents()
    for number, (title, paragraphs, *table) in enumerate(publication["chapters"], start=1):
        pdf.chapter(number, title, paragraphs, *table)
    return bytes(pdf.output())


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def placeholder_pdf(title, lines=()):
    """The one-page PDF that earlier versions of the seed made (kept to recognise it: seed_site replaces such a
    file, untouched since, by the publication)."""
    commands = ["BT", "/F1 20 Tf", "56 770 Td", f"({_escape(title)}) Tj", "/F1 11 Tf", "0 -32 Td"]
    for line in lines:
        commands += [f"({_escape(line)}) Tj", "0 -16 Td"]
    commands.append("ET")
    stream = "\n".join(commands).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        pdf += b"%010d 00000 n \n" % offset
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)
