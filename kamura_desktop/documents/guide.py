"""The program's guide (Bantuan → Panduan): read from its Markdown file, shown as HTML in the
program and printed whole as one PDF.

The guide is kept as ``resources/guide/panduan_<lang>.md`` in a small subset of Markdown that
a bookkeeper can edit in Notepad:

- ``# Title`` once, at the top; ``## Section {#id}`` and ``### Part {#id}`` — the id is what
  the program opens with F1 (the page's or tab's section);
- paragraphs; ``1.`` numbered steps; ``-`` bullets; ``> `` a tip; ``**bold**`` and
  ```Ctrl+D``` for keys; ``*italic*``; ``![caption](gambar/name.png)`` a screenshot on a line of its own
  (made from the program by ``scripts/make_guide_screenshots.py``).

Both outputs are built from the same parsed blocks, so what the program shows and what the
PDF prints never differ.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    Spacer,
)

from kamura_desktop.dto.settings import CooperativeProfile

from .pdf import A4_PORTRAIT, FONT, FONT_BOLD, Paragraph, build_pdf, styles

HEADING = re.compile(r"^(#{1,3})\s+(.*?)\s*(?:\{#([a-z0-9-]+)\})?\s*$")
IMAGE = re.compile(r"^!\[(.*?)\]\((.*?)\)\s*$")
NUMBERED = re.compile(r"^\d+\.\s+(.*)$")
BOLD = re.compile(r"\*\*(.+?)\*\*")
ITALIC = re.compile(r"\*(.+?)\*")
KEY = re.compile(r"`(.+?)`")


@dataclass(frozen=True)
class Block:
    """One piece of a section: ``para``, ``steps`` (numbered), ``bullets``, ``tip``,
    ``image`` (text = caption, src = relative path)."""

    kind: str
    text: str = ""
    items: tuple[str, ...] = ()
    src: str = ""


@dataclass
class Section:
    id: str
    title: str
    level: int  # 2 = a section, 3 = a part of one
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Guide:
    title: str
    sections: list[Section]
    folder: Path  # where the images' relative paths start

    def ids(self) -> list[str]:
        return [s.id for s in self.sections]

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def images(self) -> list[str]:
        return [b.src for s in self.sections for b in s.blocks if b.kind == "image"]


def parse_guide(text: str, folder: Path) -> Guide:
    """The guide's sections from its Markdown text (a section without ``{#id}`` gets one from
    its title)."""
    title = ""
    sections: list[Section] = []
    lines = text.splitlines()
    i = 0

    def current() -> Section:
        if not sections:
            sections.append(Section("pengantar", title, 2))
        return sections[-1]

    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        m = HEADING.match(line)
        if m:
            level, name, ident = len(m.group(1)), m.group(2), m.group(3)
            if level == 1:
                title = name
            else:
                sections.append(Section(ident or _slug(name), name, level))
            i += 1
            continue
        m = IMAGE.match(line)
        if m:
            current().blocks.append(Block("image", text=m.group(1), src=m.group(2)))
            i += 1
            continue
        if NUMBERED.match(line) or line.startswith("- "):
            numbered = bool(NUMBERED.match(line))
            items = []
            while i < len(lines) and lines[i].strip():
                item = lines[i].strip()
                n = NUMBERED.match(item)
                if numbered and n:
                    items.append(n.group(1))
                elif not numbered and item.startswith("- "):
                    items.append(item[2:])
                elif items:  # a continuation line of the item
                    items[-1] += " " + item
                i += 1
            current().blocks.append(Block("steps" if numbered else "bullets", items=tuple(items)))
            continue
        if line.startswith("> "):
            parts = []
            while i < len(lines) and lines[i].startswith("> "):
                parts.append(lines[i][2:].strip())
                i += 1
            current().blocks.append(Block("tip", text=" ".join(parts)))
            continue
        parts = []
        while i < len(lines) and lines[i].strip() and not (
                HEADING.match(lines[i]) or IMAGE.match(lines[i]) or NUMBERED.match(lines[i].strip())
                or lines[i].startswith(("- ", "> "))):
            parts.append(lines[i].strip())
            i += 1
        current().blocks.append(Block("para", text=" ".join(parts)))
    return Guide(title=title, sections=sections, folder=folder)


def read_guide(path: Path) -> Guide:
    return parse_guide(path.read_text(encoding="utf-8"), path.parent)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _inline(text: str, *, key_open: str, key_close: str) -> str:
    out = html.escape(text, quote=False)
    out = ITALIC.sub(r"<i>\1</i>", BOLD.sub(r"<b>\1</b>", out))
    return KEY.sub(lambda m: f"{key_open}{m.group(1)}{key_close}", out)


# ------------------------------------------------------------------ HTML (the program)

def guide_html(guide: Guide) -> str:
    """The whole guide as one HTML page for QTextBrowser: each section is an anchor named by
    its id; images by their path relative to the guide's folder."""
    key = ("<span style='font-family: monospace; background: #eef1f4; border: 1px solid #c8ced6;'>"
           "&nbsp;", "&nbsp;</span>")
    parts = [f"<h1 style='color: #12503f;'>{html.escape(guide.title)}</h1>"]
    toc = [f"<li><a href='#{s.id}'>{html.escape(s.title)}</a></li>" for s in guide.sections if s.level == 2]
    parts.append("<ul>" + "".join(toc) + "</ul>")
    for s in guide.sections:
        tag = "h2" if s.level == 2 else "h3"
        parts.append(f"<a name='{s.id}'></a><{tag} style='color: #12503f;'>{html.escape(s.title)}</{tag}>")
        for b in s.blocks:
            if b.kind == "para":
                parts.append(f"<p>{_inline(b.text, key_open=key[0], key_close=key[1])}</p>")
            elif b.kind in ("steps", "bullets"):
                tag = "ol" if b.kind == "steps" else "ul"
                items = "".join(f"<li>{_inline(t, key_open=key[0], key_close=key[1])}</li>" for t in b.items)
                parts.append(f"<{tag}>{items}</{tag}>")
            elif b.kind == "tip":
                parts.append("<table width='100%' cellpadding='6' style='background: #eef4fb; "
                             "border: 1px solid #9bb8d8;'><tr><td>"
                             f"{_inline(b.text, key_open=key[0], key_close=key[1])}</td></tr></table>")
            elif b.kind == "image":
                parts.append(f"<p><img src='{html.escape(b.src)}' width='640'><br>"
                             f"<i>{html.escape(b.text)}</i></p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"


# ------------------------------------------------------------------ PDF (Ekspor PDF)

def guide_story(guide: Guide, *, width: float) -> list:
    st = styles()
    body = st.body
    key = (f"<font name='{FONT_BOLD}' color='#1d3a5a'>", "</font>")
    h2 = ParagraphStyle("guide_h2", parent=st.heading, fontSize=13, leading=16, spaceBefore=4)
    h3 = ParagraphStyle("guide_h3", parent=st.heading, fontSize=10.5)
    tip = ParagraphStyle("guide_tip", parent=body, backColor=colors.HexColor("#eef4fb"),
                         borderColor=colors.HexColor("#9bb8d8"), borderWidth=0.5, borderPadding=4,
                         spaceBefore=4, spaceAfter=8)
    caption = ParagraphStyle("guide_caption", parent=st.small, fontName=FONT, spaceAfter=8)
    story: list = [Paragraph(_inline(guide.title, key_open=key[0], key_close=key[1]), st.title),
                   Spacer(1, 4 * mm)]
    for s in guide.sections:
        parts: list[list] = []
        for b in s.blocks:
            if b.kind == "para":
                parts.append([Paragraph(_inline(b.text, key_open=key[0], key_close=key[1]), body),
                              Spacer(1, 2 * mm)])
            elif b.kind in ("steps", "bullets"):
                items = [ListItem(Paragraph(_inline(t, key_open=key[0], key_close=key[1]), body))
                         for t in b.items]
                parts.append([ListFlowable(items, bulletType="1" if b.kind == "steps" else "bullet",
                                           bulletFontName=FONT, bulletFontSize=9, leftIndent=14,
                                           start="1" if b.kind == "steps" else "•"),
                              Spacer(1, 2 * mm)])
            elif b.kind == "tip":
                parts.append([Paragraph(_inline(b.text, key_open=key[0], key_close=key[1]), tip)])
            elif b.kind == "image":
                path = guide.folder / b.src
                if path.is_file():
                    img = Image(str(path))
                    scale = min(1.0, width / img.imageWidth, (110 * mm) / img.imageHeight)
                    img.drawWidth, img.drawHeight = img.imageWidth * scale, img.imageHeight * scale
                    parts.append([img, Paragraph(html.escape(b.text), caption)])
        heading = Paragraph(_inline(s.title, key_open="", key_close=""), h2 if s.level == 2 else h3)
        # a heading never ends a page: it goes with the section's first block
        story.append(KeepTogether([heading, *(parts[0] if parts else [])]))
        story += [KeepTogether(p) for p in parts[1:]]
    return story


def build_guide_pdf(path: Path | str, guide: Guide, *, profile: CooperativeProfile) -> Path:
    """The whole guide, one section per page or more, A4 with the letterhead (through the
    output gate, like every PDF)."""
    story = guide_story(guide, width=A4_PORTRAIT.content_width)
    return build_pdf(path, story, profile=profile, page=A4_PORTRAIT, title=guide.title,
                     subject="Panduan")
