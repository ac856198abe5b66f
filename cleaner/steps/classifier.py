"""Block classifier for full-page markdown: jusText's algorithm, applied to markdown blocks.

Scrapers and reader services often save a *whole page* as markdown (html2text, crawler
tools): menus, link lists, teasers of other articles, share bars, newsletter and cookie
prompts and footers around the article. Rules keyed on wording cannot know all of that;
this step judges every block (paragraph, list, line group) on features that do not depend
on the site, and explains each removal with the feature values that decided it.

The algorithm, in the order it runs:

1. **Gate.** Only documents that look like full-page markup are classified: at least
   ``MIN_LINKS`` markdown links, and ``MIN_LINK_LINES`` lines that start with one (menus,
   link lists). Plain-text articles (the seeds, a body copied from a reader view) and
   markdown articles that link only inside their sentences pass through untouched.
2. **Features per block** (``Unit``), computed on the block's *visible* text (images and
   link targets blanked, link labels kept; a link may run over blank lines, as teaser cards
   do): ``length``; ``link_density``, the share of the visible characters that sit inside
   ``[text](url)`` (a linked picture counts as ``LINKED_IMAGE`` characters of link);
   ``stopword_share``, the share of words in the stop list of the document's language
   (detected once, on its longer link-free blocks; lists in ``cleaner/data/stopwords``;
   Japanese uses its grammatical hiragana; a language without a list falls back on
   punctuation density); the share of lines that are mostly link (menus vs. prose with
   links); whether the block is a heading; whether its text (digits aside) occurs again in
   the page (*repetition*: share bars, bylines of teasers, duplicated tickers); whether it
   is a section heading ("Comments", "Related articles", ...) or a widget prompt (share,
   newsletter, cookie) by a small multilingual vocabulary.
3. **Classes, block by block** (jusText's rules): too many links → *bad*; a copyright sign
   → *bad*; shorter than ``LENGTH_LOW`` → *short* (or *bad* if it has a link); enough stop
   words → *good* if longer than ``LENGTH_HIGH``, else *near-good*; some stop words →
   *near-good*; link-free text without stop words (tables, scores, ingredient lists) →
   *non-prose*, which unlike jusText is left to its context, because in markdown a
   link-free block is weak evidence of boilerplate.
4. **Context** (jusText's second pass): runs of near-good blocks that are long together
   become good (a story told in short paragraphs); a short block between good blocks
   becomes good, between bad blocks bad, and next to a near-good one good; a near-good
   block between bad blocks becomes bad; headings just before good text are good.
5. **Main text.** The article is one stretch of the page. Each block gets a weight — its
   text for prose, a quarter of it for non-prose, minus its link text, minus a fixed
   penalty for repeated blocks, minus the whole block for copyright lines and widgets —
   and the stretch with the largest sum is the main text (maximum-subarray, as in Finn's
   body-text extraction). With a page title (the one ``#`` heading) the stretch must start
   between the title and the first text after it. A comments heading after good text
   turns all weights after it negative, so comments never join the article. The stretch
   is trimmed to start and end on text blocks.
6. **Decision.** A block is kept when it lies in the main text and is good after context,
   near-good, non-prose, or a short block that reads as a sentence (stop words and a
   closing mark: the one-line last paragraph jusText loses); everything else is removed.
   A link that runs over several blocks goes with all of them or stays with all of them.
   The category says where and what it was: the title as metadata, widgets by their kind,
   copyright lines and link blocks at the page end as footer, link lists before the main
   text as navigation and in or after it as related, blocks under a comments heading as
   comments, the rest as junk.

Thresholds are jusText's published defaults where the step is jusText's; the others were
set on aggregate scores of a full-page markdown benchmark (never per page), choosing a
value in the middle of a plateau; each constant says so beside it.

The step runs on every full-page document, so its features are computed the way Python is
fast: a few passes over the whole page (the blocks by one regex, the link masks by
same-length substitutions, the markup of all blocks by one substitution and a few
``str.replace``, repetition and widget words over all texts at once) instead of several
regex calls per block, and regexes written so that the engine can scan for their first
character. Each fast shape says beside it which plain form it equals; tests check them.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, islice
from pathlib import Path
from typing import Iterable

from ..edits import Edit
from . import StepRule
from .markdown import _TARGET

NAVIGATION = StepRule("classify-navigation", "navigation", "remove",
                      "Link lists and menus before the main text (block classifier).")
RELATED = StepRule("classify-related", "related", "remove",
                   "Link lists and teasers of other pages in or after the main text (block classifier).")
COMMENTS = StepRule("classify-comments", "comments", "remove",
                    "Reader comments: everything under a comments heading that follows the main text "
                    "(block classifier).")
SHARE = StepRule("classify-share", "share", "remove", "Share and follow prompts (block classifier).")
NEWSLETTER = StepRule("classify-newsletter", "newsletter", "remove",
                      "Newsletter and subscription prompts (block classifier).")
COOKIE = StepRule("classify-cookie", "cookie", "remove", "Cookie and consent notices (block classifier).")
FOOTER = StepRule("classify-footer", "footer", "remove",
                  "Copyright lines and the link blocks that close a page (block classifier).")
TITLE = StepRule("classify-title", "metadata", "remove",
                 "The page title (the one level-1 heading) above the main text; the body starts after it "
                 "(block classifier).")
JUNK = StepRule("classify-junk", "junk", "remove",
                "Labels, buttons, bylines and other short or non-prose blocks outside the main text "
                "(block classifier).")
RULES = [NAVIGATION, RELATED, COMMENTS, SHARE, NEWSLETTER, COOKIE, FOOTER, TITLE, JUNK]
_WIDGET_RULES = {"share": SHARE, "newsletter": NEWSLETTER, "cookie": COOKIE}

STOPWORDS_DIR = Path(__file__).resolve().parent.parent / "data" / "stopwords"

# --- thresholds ---------------------------------------------------------------------------
# Gate: html2text pages of the benchmark have 4 links or more (most have hundreds) and at
# least 2 lines that start with a link (most have dozens); the plain-text seed articles have
# at most 2 link or image marks and at most 1 such line, and a markdown article that links
# only inside its sentences has none.
MIN_LINKS = 3
MIN_LINK_LINES = 2
# jusText's defaults (Pomikalek 2011, tuned on a hand-annotated multilingual web corpus):
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_HEADING_DISTANCE = 200
# jusText uses 0.2; markdown link labels carry whole anchor texts and news prose links
# names inline. F1 rose steadily from 0.2 to 0.4 and stayed flat to 0.5: start of plateau.
MAX_LINK_DENSITY = 0.4
# A multi-line prose block (a numbered list of news items) whose lines are mostly *not*
# links may carry more link text: one linked headline opening each item. Menus are lines
# that are all link, so they stay above the limit either way.
MAX_LINK_DENSITY_LIST = 0.6
LINK_LINE = 0.5  # a line is a link line when half its visible text is link text
# A linked picture has no text; it counts as this many link characters (a short headline).
# 10, 20, 30 and 60 scored the same; 30 keeps picture menus clearly link-like.
LINKED_IMAGE = 30
# Near-good blocks that follow each other (short ones may sit between) and together exceed
# this are good: a story told in short paragraphs. 200-500 scored the same; middle value.
POOL_LENGTH = 300
# Main-text weights. Link characters count fully against a stretch (2.0 cut articles at
# inline link boxes, 0.5 let menus join them); non-prose counts a quarter (0.1-0.5 flat).
LINK_PENALTY = 1.0
NONPROSE_WEIGHT = 0.25
# A repeated block is a template (share bar, teaser byline, duplicated ticker): it costs at
# least this much, so item lists separated by repeated bars do not join the main text.
# 100 kept more teasers, 300-400 cut articles with repeated captions; 200 in between.
REPEAT_PENALTY = 200
REPEAT_MIN = 20  # shorter repeated texts ("Share", "Reply") are too common to mean a template
TITLE_MIN = 20  # a one-word "# Menu" or site name is not an article title
TITLE_MAX_LINK_DENSITY = 0.5  # a linked "# headline" is a teaser, not the page title
CJK_WEIGHT = 2  # a Chinese or Japanese character carries about two Latin letters of text
PROSE_CHARS_PER_MARK = 60  # no stop list: a punctuation mark at least every 60 characters is prose
SAMPLE_MIN = 40
SAMPLE_BLOCKS = 12  # detect() reads 600 characters; a dozen blocks of 40+ is always enough
FOOTER_TAIL = 0.15  # link blocks after the main text in the last 15% of the page: its footer

# --- markdown --------------------------------------------------------------------------------
# A block: a maximal run of non-blank lines (``str.strip`` and ``\s`` agree on what is blank);
# the same blocks as cleaner.view.split_blocks, found by one regex instead of a loop over lines.
_BLOCK = re.compile(r"(?m)^[^\S\n]*\S.*(?:\n[^\S\n]*\S.*)*")
_IMAGE = re.compile(rf"!\[[^\]\n]*\]{_TARGET}")
# A link label may run over blank lines (html2text renders a teaser card as one link) and
# may hold bracketed words; it never holds another link. Written for the regex engine's
# speed: the "not a picture" test comes after the bracket ("[" not preceded by "!") so that
# the search can jump from "[" to "["; the label is runs of plain characters between
# bracketed words, a loop the engine runs in C. The label always ends at the first "]"
# outside a bracketed word, so this finds the same links as the shortest-label form
# ``((?:[^\[\]]|\[[^\[\]\n]*\])*?)``.
_LINK = re.compile(rf"\[(?<!!\[)([^\[\]]*(?:\[[^\[\]\n]*\][^\[\]]*)*)\]{_TARGET}")
_HEADING = re.compile(r"#{1,6}[ \t]")  # used with .match at the block start
# Markup that is not text: a list mark, then heading and quote marks, at the start of a line;
# emphasis, code and table marks (``*_`~|``) and escaping backslashes anywhere. jusText-style
# features are computed on the text without them. Stripped in three passes over all blocks
# at once, in this order: the line-start marks (a list mark, then heading/quote marks after
# it; "*" is a list mark there, not emphasis); backslashes before a character that is neither
# a word character nor a space (the first pass never removes such a character); every inline
# mark, by str.replace (deleting every ``[*_`~|]{1,3}`` run, as one regex did, leaves none).
# The line starts are matched as "\n" + mark on the text after a "\n", which lets the regex
# engine jump from newline to newline instead of trying every position. The lookahead (the
# first character that either kind of mark can start with) is implied by the alternatives;
# it only lets most lines, which start with a word, fail at once instead of trying both
# alternatives (a third of the cost of the substitution on the benchmark pages).
_LIST = r"[ \t]*(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)"
_QUOTE_HEADING = r"[ \t]*(?:#{1,6}[ \t]*|>[ \t]?)+"
_LINE_MARKS = re.compile(rf"\n(?=[ \t]*[*+\-\u2022\d#>])(?:{_LIST}(?:{_QUOTE_HEADING})?|{_QUOTE_HEADING})")
_ESCAPE = re.compile(r"\\(?=[^\w\s])")
_INLINE_MARKS = "*_`~|"
_EMPTY_LINK = "\x01"  # marks a link without visible label (a linked picture) in the link mask
# A line that starts with a link (after a list mark or heading mark); matched after its "\n".
_LINK_LINE_START = re.compile(r"\n[ \t]*(?:[*+\-][ \t]+|\d+[.)][ \t]+)?(?:#+[ \t]*)?\[")

# --- words -----------------------------------------------------------------------------------
_WORD = re.compile(r"\w+")
_CJK = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_CJK_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")  # one token per character in CJK runs
_CJK_CHAR = re.compile(rf"[{_CJK}]")
CHAR_LANGS = {"ja", "zh-cn", "zh-tw", "zh"}  # written without spaces: characters are the tokens
_PUNCT = re.compile(r"[.!?;,\u3001\u3002\uff01\uff1f\uff0c\uff1b](?=\s|$|[^\w.])")
_DIGITS = re.compile(r"\d+")
_CLOSE = re.compile(r"[.!?\u2026\u3002\uff01\uff1f][\"'\u201d\u2019\u00bb)]*$")

# Headings that open a section of comments or of links to other pages, in the languages
# with the most web pages. A block that is nothing but one of these (give or take a count,
# a colon or an arrow) is a section heading. A comments heading that follows good text ends
# the main text; a related heading only names the category of what is removed (on its own
# it cut articles: "Most popular" boxes sit beside and inside articles as often as below).
# Words that also head sections of articles ("Discussion", "Réactions") are left out.
_SECTIONS = {
    "comments": (
        r"(?:\d+ )?comments?|reader comments|(?:top |most )?(?:rated |recent |popular )?comments|"
        r"leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|"
        r"join the (?:discussion|conversation)|(?:\d+ )?(?:responses?|replies|thoughts) (?:to|on) .{1,150}|"
        r"comments are closed|(?:show|view|load|see) (?:all )?comments|"
        r"kommentare?|leserkommentare|kommentieren|schreiben sie einen kommentar|"
        r"commentaires?|laisser un commentaire|ajouter un commentaire|"
        r"comentarios?|deja (?:un|tu) comentario|dejar un comentario|deja una respuesta|"
        r"comentários?|deixe (?:um|seu) comentário|deixe uma resposta|"
        r"commenti|commento|lascia un commento|reacties?|plaats een reactie|reageer|"
        r"комментари[йия]|комментариев|оставить комментарий|"
        r"komentarze?|dodaj komentarz|kommentarer|kommentera|kommenter|yorumlar|yorum yap|"
        r"komentáře|コメント|评论|評論|留言|发表评论|댓글"
    ),
    "related": (
        r"related(?: (?:articles?|posts?|stories|news|content|coverage|reading|topics|links|videos))?|"
        r"read (?:these )?next|read more|more (?:stories|news|articles|posts|videos|like this)|"
        r"more (?:from|on|in|about) .{1,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
        r"recommended(?: for you| stories| articles| reading)?|popular(?: posts| articles| stories| now)?|"
        r"most (?:read|viewed|shared|popular|commented)|trending(?: now| stories)?|"
        r"latest (?:news|posts|articles|stories)|recent (?:posts|articles|stories|news)|see also|also read|"
        r"don'?t miss|further reading|what to read next|up next|top stories|editor'?s picks|"
        r"ähnliche (?:artikel|beiträge|themen)|weitere (?:artikel|beiträge|nachrichten|meldungen)|"
        r"mehr (?:zum thema|zu diesem thema)|das könnte sie (?:auch )?interessieren|meist ?gelesen(?:e)?|"
        r"lesen sie auch|auch interessant|"
        r"(?:articles?|contenus?) (?:similaires|liés|connexes|associés)|à lire aussi|lire aussi|"
        r"à lire également|sur le même (?:sujet|thème)|vous aimerez (?:peut-être )?aussi|les plus lus|voir aussi|"
        r"(?:artículos|noticias|entradas) relacionad[oa]s|(?:también )?te puede interesar|"
        r"lo más (?:leído|visto|popular)|más noticias|lee también|te recomendamos|quizás te interese|"
        r"(?:artigos|notícias|posts) relacionad[oa]s|você (?:também )?pode gostar|leia também|veja também|"
        r"mais lidas|talvez você goste|"
        r"articoli correlati|(?:ti )?potrebbe(?:ro)? interessarti|leggi anche|i più letti|"
        r"gerelateerde artikelen|lees ook|meest gelezen|meer nieuws|ook interessant|"
        r"читайте также|похожие (?:статьи|новости|материалы|записи)|популярное|ещ[её] по теме|другие новости|"
        r"czytaj (?:też|także)|zobacz (?:też|także)|(?:powiązane|podobne) artykuły|najczęściej czytane|"
        r"ilgili haberler|benzer haberler|en çok okunanlar|"
        r"関連記事|関連する記事|人気記事|新着記事|おすすめ記事|こちらの記事も.{0,20}|"
        r"相关文章|相关阅读|相关新闻|热门文章|推荐阅读|猜你喜欢|相關文章|延伸閱讀|관련 ?기사|인기 ?기사"
    ),
}
_SECTION = re.compile("|".join(rf"(?P<{k}>{v})" for k, v in _SECTIONS.items()))
# The part of a block tested as a section heading: from its first to its last letter, without
# the digits, punctuation and "_" around it ("3 Comments:" -> "comments"); one search, rather
# than a substitution of both edges that tries the end anchor at every position.
_CORE = re.compile(r"[^\W\d_](?:.*[^\W\d_])?", re.S)
SECTION_MAX = 80  # a section heading is a short label; body sentences that merely mention "comments" are longer

# Widget vocabulary: prompts that are prose-like (so stop words do not catch them) but are
# page furniture. Each needs a phrase, not a single topic word, so an article *about*
# Facebook, cookies or newsletters keeps its paragraphs; and each applies only to blocks
# shorter than prompts of that kind ever are (the length limit beside each pattern).
_SOCIAL = (r"facebook|twitter|whatsapp|pinterest|linkedin|telegram|reddit|tumblr|e-?mail|print|messenger|"
           r"flipboard|pocket|xing|vk|google\+?|copy link|mail|instagram|youtube")
# (kind, longest block it applies to, words one of which must occur, pattern); the first
# match wins. Short labels may be a bare verb ("Share", "Subscribe"); longer blocks need a
# phrase only prompts use. The words are a cheap test before the pattern (None: always try).
_WIDGETS = [
    ("share", 40, None, re.compile(
        r"^(?:share|tweet|teilen|partager|compartir|condividi|compartilh[ae]r?|deel|delen|udostępnij|paylaş|"
        r"поделиться|sdílet|dela)(?:\s+(?:this|the|on|via|with|your|friends|auf|sur|en|su|no|na|cet|este|esta|"
        r"questo|dieses|diesen|den|le|la|l'|article|story|post|page|link|artikel|artículo|noticia|notícia|"
        r"articolo|facebook|twitter|whatsapp|e-?mail))*\W*$", re.I)),
    ("share", 120, None, re.compile(rf"^(?:(?:{_SOCIAL})\W*){{2,}}$", re.I)),
    ("newsletter", 60, None, re.compile(
        r"(?=[nsaiпzメ订訂])"  # the first letters below: the regex engine skips other positions fast
        r"(?:newsletter|\bsubscribe\b|\bsign up\b|abonnieren|abonnez|inscrivez-vous|suscr[ií]b[ea]te|suscribirse|"
        r"suscr[ií]base|suscripción|inscr[ií]bete|inscreva-se|\bassine\b|iscriviti|подпишитесь|подписаться|"
        r"подписка|zapisz się|aanmelden|anmelden|メルマガ|订阅|訂閱)", re.I)),
    ("newsletter", 300, ("newsletter", "mail", "inbox", "correo"), re.compile(
        r"newsletter|\b(?:your|votre|ihre|tu|seu|la tua) (?:e-?mail|inbox|adresse e-?mail|correo)\b|"
        r"e-?mail address|adresse e-?mail|e-?mail-adresse|correo electrónico|\binbox\b", re.I)),
    ("cookie", 600, ("cookie", "gdpr", "rgpd", "dsgvo"), re.compile(
        r"\buses? (?:of )?cookies\b|\baccept(?:ing)? (?:all )?cookies\b|"
        r"\bcookies? (?:policy|settings|preferences|consent|notice|banner)\b|"
        r"\butilis\w* (?:des |les )?cookies|\bverwende\w* cookies|\bnutz\w* cookies|"
        r"\butiliz\w* (?:as |los |i |le )?cookies?|\busamos cookies|\bgebruik\w* cookies|"
        r"используем (?:файлы )?cookie|cookie-?(?:richtlinie|einstellungen|hinweis)|"
        r"política de cookies|politique (?:de|relative aux) cookies|informativa (?:sui )?cookie|"
        r"\bgdpr\b|\brgpd\b|\bdsgvo\b", re.I)),
]


_SHORT_MAX = max(SECTION_MAX, *(longest for _, longest, _, _ in _WIDGETS))  # the longest block _mark tests
# The widget patterns ignore case and are written in lower case. On an ASCII text, where ignoring
# case is lower-casing (the engine's other case equivalences, such as "ſ" with "s", need a
# non-ASCII character), each finds what the same pattern *with* case finds in the lower-cased
# text, and that runs several times faster: the engine can reject an alternative on its first
# character without folding the case of every character it tries (checked by a test).
_CASED = {pattern: re.compile(pattern.pattern) for _, _, _, pattern in _WIDGETS}


@dataclass(slots=True)
class Unit:
    """One block with its features and the classifier's verdicts on it."""

    start: int  # the block in the text: its first character,
    end: int  # the end of its last line's content,
    cut: int  # and its removal end (start of the next block, or end of text)
    lines: int  # lines in the block
    text: str  # visible text, whitespace collapsed
    low: str  # the same, lower-cased (stop words, repetition, widget and section vocabularies)
    length: int  # characters of visible text (CJK weighted), plus LINKED_IMAGE per linked picture
    link_chars: int
    stopword_share: float
    heading: bool
    h1: bool  # a level-1 heading, "# ..." (the page title, if it is the only one)
    # share of lines that are mostly link text; computed only for multi-line prose with links, the
    # blocks _prose_list reads it of (a line-by-line pass over every menu would be a tenth of _units)
    link_lines: float = 0.0
    repeated: bool = False
    widget: str | None = None  # share / newsletter / cookie
    section: str | None = None  # comments / related: the block is such a section's heading
    group: int = 0  # blocks that one link runs over share a group (decided together)
    cf: str = ""  # class from the block alone
    final: str = ""  # class after context
    main: bool = False  # inside the main text
    after: bool = False  # at or after the start of the main text (for the category)
    comments: bool = False  # under a comments heading that follows good text
    title: bool = False  # the page title

    @property
    def link_density(self) -> float:
        return self.link_chars / self.length if self.length else 1.0


@lru_cache(maxsize=None)
def stopwords(language: str) -> frozenset[str]:
    """The stop list for a language code (``en``, ``zh-cn``), empty if there is none."""
    path = STOPWORDS_DIR / f"{language.split('-')[0]}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(path.read_text(encoding="utf-8").split())


def looks_like_page(text: str) -> bool:
    """The gate: enough markdown links (not pictures), some of them on lines of their own
    (menus, link lists), to be a whole page rather than an article that links in its text."""
    if text.count("](") - text.count("![") < MIN_LINKS:
        return False
    found = _LINK_LINE_START.finditer("\n" + text)
    return sum(1 for _ in zip(range(MIN_LINK_LINES), found)) == MIN_LINK_LINES  # stop at enough


def find(text: str, language: str | None = None) -> list[Edit]:
    """Removal edits for the blocks of ``text`` that are not main text (empty for plain text)."""
    if not looks_like_page(text):
        return []
    units, residue = analyse(text, language)
    gone_groups = {u.group for u in units if u.group and not keep(u)}  # a link goes whole or not at all
    edits = []
    group_rule: dict[int, StepRule] = {}
    for u in sorted(units + residue, key=lambda u: u.start) if residue else units:
        if (keep(u) if u.length else True) and u.group not in gone_groups:
            continue
        if u.length:
            rule, reason = _explain(u, len(text))
            group_rule.setdefault(u.group, rule)
        else:
            rule = group_rule.get(u.group, RELATED)
            reason = "classifier: the end of a link that starts in a removed block"
        edits.append(Edit(u.start, u.cut, "", rule.id, rule.category, rule.action, reason))
    return edits


def keep(u: Unit) -> bool:
    """In the main text and good after context, or near-good, non-prose or a short sentence there."""
    return u.main and (u.final == "good" or u.cf in ("neargood", "nonprose") or _sentence(u))


def _sentence(u: Unit) -> bool:
    """A short block that reads as a sentence: stop words and a closing mark."""
    return u.cf == "short" and u.stopword_share >= STOPWORDS_LOW and bool(_CLOSE.search(u.text))


def analyse(text: str, language: str | None = None) -> tuple[list[Unit], list[Unit]]:
    """(units, residue): the classified blocks, and the text-less blocks that only carry the
    end of a link begun in an earlier block (they go wherever that link goes)."""
    spans = _blocks(text)
    if language is None:
        language = _language(text[s:e] for s, e in spans)
    stop = stopwords(language) if language else frozenset()
    chars = language in CHAR_LANGS
    visible, linked, multi, stretches = _masks(text)
    every = _units(text, spans, visible, linked, stretches, stop, chars)
    if multi:
        k = 0
        for g, (start, end) in enumerate(multi, 1):
            while k < len(every) and every[k].end <= start:
                k += 1
            j = k
            while j < len(every) and every[j].start < end:
                every[j].group = g
                j += 1
    units = [u for u in every if u.length]
    residue = [u for u in every if not u.length and u.group]
    _mark(units)
    _classify(units)
    _revise(units)
    _main_text(units)
    return units, residue


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of every block: the blocks of cleaner.view.split_blocks (``end`` is the end
    of the last line's content), without building its Line and Block objects."""
    return [m.span() for m in _BLOCK.finditer(text)]


def _language(blocks: Iterable[str]) -> str | None:
    from ..language import detect  # langdetect loads its profiles on first use

    # link-free blocks of some length: text of the page, not its menus (40 characters is
    # language.py's own floor; a line of Chinese or Japanese prose is often under 80); the
    # blocks are read only until SAMPLE_BLOCKS of them are found
    sample = list(islice((b for b in blocks if len(b) >= SAMPLE_MIN and "](" not in b), SAMPLE_BLOCKS))
    return detect("\n\n".join(sample))[0] if sample else None


def _masks(text: str) -> tuple[str, str, list[tuple[int, int]], tuple[list[int], list[int]]]:
    """(visible, linked, multi, stretches): ``visible`` and ``linked`` are copies of ``text`` of
    the same length; ``visible`` has pictures and link targets blanked, ``linked`` keeps only
    the characters of link labels. ``multi`` are the spans of links whose label runs over a
    blank line (a teaser card: picture, headline and byline in one link). ``stretches`` are
    the starts and ends of what ``linked`` keeps of each link, so that blocks without any
    can skip it.

    Built by ``re.sub`` with same-length replacements and by joining the gaps between link
    labels, not character by character: a page has hundreds of links but ~20,000 characters."""
    multi: list[tuple[int, int]] = []
    starts: list[int] = []
    ends: list[int] = []
    if "](" not in text:
        return text, "", multi, (starts, ends)
    vis = _IMAGE.sub(lambda m: " " * (m.end() - m.start()), text) if "![" in text else text
    labels: list[tuple[int, int, str]] = []

    def blank_target(m: re.Match) -> str:
        s, e = m.span(1)
        label = m.group(1)
        labels.append((s, e, label))
        if text.find("\n\n", s, e) >= 0:
            multi.append(m.span())
        return " " + label + " " * (m.end() - e)

    visible = _LINK.sub(blank_target, vis)
    linked = []
    pos = 0
    for s, e, label in labels:
        linked.append(" " * (s - pos))
        if label.strip():
            linked.append(label)
            pos = e
        else:
            linked.append(_EMPTY_LINK)
            pos = s + 1
        starts.append(s)
        ends.append(pos)
    linked.append(" " * (len(text) - pos))
    return visible, "".join(linked), multi, (starts, ends)


def _strip_markup(text: str) -> str:
    """``text`` without list, heading and quote marks at line starts, inline marks and
    escaping backslashes (see _LINE_MARKS)."""
    text = _LINE_MARKS.sub("\n", "\n" + text)[1:]
    if "\\" in text:
        text = _ESCAPE.sub("", text)
    for mark in _INLINE_MARKS:
        if mark in text:
            text = text.replace(mark, "")
    return text


# The words of an ASCII text (the \w+ runs of _WORD, which on ASCII are runs of letters,
# digits and "_"; _CJK_TOKEN finds the same there) are the runs left by mapping every other
# byte to a space and splitting: a byte table and bytes.split, several times faster than the
# regex on the blocks of the benchmark pages, four in five of which are ASCII. (Bytes above
# 127 never occur in an ASCII text; the table keeps them.)
_ASCII_WORDS = bytes(b if b > 127 or chr(b).isalnum() or chr(b) == "_" else ord(" ") for b in range(256))


# Marks that are not word characters (no \w, no CJK) and that make most prose blocks non-ASCII
# (typographic quotes, dashes, ellipsis, guillemets, bullets, signs): blanked, they leave the
# same words, and a block of Latin-script text with no other non-ASCII character can take the
# ASCII path (a ``\w+`` regex on a str with such characters is several times slower than the
# byte table). Two thirds of the benchmark's non-ASCII blocks are so only by these.
_NON_WORD_MARKS = ("\u2018\u2019\u201a\u201c\u201d\u201e"  # quotes
                   "\u2013\u2014\u2026\u00ab\u00bb\u2022\u00b7"  # dashes, ellipsis, guillemets, bullets
                   "\u00a9\u00ae\u2122\u00b0")  # signs


@lru_cache(maxsize=None)
def _ascii_stopwords(stop: frozenset[str]) -> frozenset[bytes]:
    """The ASCII words of a stop list, encoded, to look up the words of ASCII blocks."""
    return frozenset(w.encode() for w in stop if w.isascii())


def _units(text: str, spans: list[tuple[int, int]], visible: str, linked: str,
           stretches: tuple[list[int], list[int]], stop: frozenset[str], chars: bool) -> list[Unit]:
    """The features of every block (``spans``), from the masks of the whole text.

    The markup is stripped in one pass over all blocks' visible text joined by newlines (each
    block starts a line, as it would alone; no mark spans a newline and none is deleted), and
    split back by each block's count of lines. The texts are lower-cased block by block: most
    blocks are ASCII, for which lower() has a fast path that the whole page, made non-ASCII by
    any one curly quote, would not take (twice as fast on the benchmark pages). The words are
    read from the lower-cased texts with _NON_WORD_MARKS blanked, in one pass over all of them.
    Blocks that no link label reaches skip the link features."""
    pieces = [visible[s:e] for s, e in spans]
    bare = _strip_markup("\n".join(pieces)).split("\n")
    texts = []
    k = 0
    for t in pieces:
        n = t.count("\n") + 1
        texts.append(" ".join((bare[k] if n == 1 else " ".join(bare[k:k + n])).split()))
        k += n
    lows = [t.lower() for t in texts]
    words_of = "\n".join(lows)  # (no text holds a newline)
    for mark in _NON_WORD_MARKS:
        if mark in words_of:
            words_of = words_of.replace(mark, " ")
    words_of = words_of.split("\n")
    tokens = _CJK_TOKEN if chars else _WORD
    stop_bytes = _ascii_stopwords(stop)
    link_starts, link_ends = stretches
    units = []
    for (start, end), text_, low, ws, cut in zip(spans, texts, lows, words_of,
                                                 [*(s for s, _ in spans[1:]), len(text)]):
        lines = text.count("\n", start, end) + 1
        j = bisect_right(link_ends, start)
        if j == len(link_ends) or link_starts[j] >= end:  # no link label in the block
            link_chars = pictures = 0
        else:
            lk = linked[start:end]
            link_chars = len(" ".join(lk.split()))
            pictures = lk.count(_EMPTY_LINK)
            link_chars += (LINKED_IMAGE - 1) * pictures  # the marker itself counted one
        heading = lines == 1 and text.startswith("#", start) and bool(_HEADING.match(text, start, end))
        length = len(text_)
        if chars and text_:
            length += (CJK_WEIGHT - 1) * len(_CJK_CHAR.findall(text_))
            link_chars = link_chars * length // len(text_)
        length += LINKED_IMAGE * pictures
        if not stop:
            marks = len(_PUNCT.findall(text_))
            share = STOPWORDS_HIGH if marks and length / marks <= PROSE_CHARS_PER_MARK else 0.0
        elif ws.isascii():  # most blocks: the same words, by a byte table (see _ASCII_WORDS)
            words = ws.encode().translate(_ASCII_WORDS).split()
            share = sum(map(stop_bytes.__contains__, words)) / len(words) if words else 0.0
        else:
            words = tokens.findall(ws)
            share = sum(map(stop.__contains__, words)) / len(words) if words else 0.0
        link_lines = 0.0
        if link_chars and _long_prose(length, share, lines):  # the only blocks _classify reads it of
            n_lines = n_linked = 0
            a = start
            while a < end:
                b = text.find("\n", a, end)
                if b < 0:
                    b = end
                seen = len(visible[a:b].split())
                if seen:
                    n_lines += 1
                    n_linked += len(linked[a:b].split()) >= LINK_LINE * seen
                a = b + 1
            link_lines = n_linked / n_lines if n_lines else 0.0
        units.append(Unit(start, end, cut, lines, text_, low, length, min(link_chars, length), share, heading,
                          heading and text.startswith("# ", start, end), link_lines))
    return units


def _mark(units: list[Unit]) -> None:
    """Repetition, widget prompts and section headings."""
    _repetition(units)
    joined = "\n".join(u.low for u in units)
    starts = list(accumulate((len(u.low) + 1 for u in units[:-1]), initial=0))

    def holding(words: tuple[str, ...]) -> set[int]:
        """Indices of the units whose lower-cased text holds one of ``words``: str.find over
        all texts at once (the words are rare, the blocks many)."""
        found = set()
        for w in words:
            i = joined.find(w)
            while i >= 0:
                found.add(bisect_right(starts, i) - 1)
                i = joined.find(w, i + 1)
        return found

    # Pattern by pattern, in _WIDGETS' order, over the blocks no earlier pattern took: the same
    # first match per block as trying the patterns block by block, without a Python loop over
    # every pattern for every block (most blocks are too long for most patterns).
    short = [u for u in units if u.length <= _SHORT_MAX]
    for kind, longest, words, pattern in _WIDGETS:
        candidates = short if words is None else [units[i] for i in holding(words)]
        cased = _CASED[pattern]
        for u in candidates:
            if u.length <= longest and u.widget is None and \
                    (cased.search(u.low) if u.text.isascii() else pattern.search(u.text)):
                u.widget = kind
    for u in short:
        if u.length <= SECTION_MAX:
            m = _CORE.search(u.low)
            m = _SECTION.fullmatch(m.group()) if m else None
            if m:
                u.section = m.lastgroup


def _repetition(units: list[Unit]) -> None:
    """Mark the blocks whose text (lower-cased, digit runs as "0") occurs again, if it has
    REPEAT_MIN characters or more.

    The digit-free key is built only for texts that might share it with another: equal keys
    have the same number of spaces and the same first and last character, where a digit (read
    as "0") counts as True: a signature that costs one str.count, computed inline (a function
    call per block was a third of it)."""
    long = [u for u in units if len(u.text) >= REPEAT_MIN]
    signatures = [(low.count(" "), low[0].isdecimal() or low[0], low[-1].isdecimal() or low[-1])
                  for low in [u.low for u in long]]
    shared = Counter(signatures)
    keys = [_DIGITS.sub("0", u.low) if shared[sig] > 1 else None for u, sig in zip(long, signatures)]
    counts = Counter(key for key in keys if key is not None)
    for u, key in zip(long, keys):
        u.repeated = key is not None and counts[key] > 1


def _classify(units: list[Unit]) -> None:
    """jusText's context-free classes, plus image, widget and non-prose."""
    for u in units:
        if u.widget:
            u.cf = "bad-widget"
        elif not u.text:
            u.cf = "image"  # only linked pictures: inside an article as often as in a menu
        # above MAX_LINK_DENSITY_LIST for a prose list, else above MAX_LINK_DENSITY; asked in this
        # order, only the blocks between the two limits need to be tested for a prose list
        elif u.link_density > MAX_LINK_DENSITY and (u.link_density > MAX_LINK_DENSITY_LIST or not _prose_list(u)):
            u.cf = "bad-links"
        elif "\u00a9" in u.text:
            u.cf = "bad-copyright"
        elif u.length < LENGTH_LOW:
            u.cf = "bad-links" if u.link_chars else "short"
        elif u.stopword_share >= STOPWORDS_HIGH:
            u.cf = "good" if u.length > LENGTH_HIGH else "neargood"
        elif u.stopword_share >= STOPWORDS_LOW:
            u.cf = "neargood"
        else:
            u.cf = "nonprose"


def _prose_list(u: Unit) -> bool:
    return _long_prose(u.length, u.stopword_share, u.lines) and u.link_lines < LINK_LINE


def _long_prose(length: int, share: float, lines: int) -> bool:
    """Several lines of prose, long enough to be good: the blocks that may be a prose list
    (_prose_list), the only ones whose link_lines is read."""
    return length > LENGTH_HIGH and share >= STOPWORDS_HIGH and lines > 1


def _start_class(cf: str) -> str:
    if cf.startswith("bad"):
        return "bad"
    return "short" if cf in ("image", "nonprose") else cf


def _neighbour(units: list[Unit], i: int, step: int, ignore_neargood: bool) -> str:
    i += step
    while 0 <= i < len(units):
        c = units[i].final
        if c in ("good", "bad") or (c == "neargood" and not ignore_neargood):
            return c
        i += step
    return "bad"


def _revise(units: list[Unit]) -> None:
    """jusText's context pass, after pooling runs of near-good blocks."""
    for u in units:
        u.final = _start_class(u.cf)
    run: list[Unit] = []
    for u in [*units, None]:
        if u is not None and u.final in ("neargood", "good", "short"):
            run.append(u)
            continue
        prose = [v for v in run if v.final in ("neargood", "good")]
        if len(prose) >= 2 and sum(v.length for v in prose) > POOL_LENGTH:
            for v in prose:
                v.final = "good"
        run = []
    for i, u in enumerate(units):
        if u.heading and u.final == "short" and _good_soon(units, i):
            u.final = "neargood"
    new = {}
    before, after = _nearest([u.final for u in units], ("good", "bad"))
    for i, u in enumerate(units):
        if u.final != "short":
            continue
        prev, nxt = before[i], after[i]  # _neighbour(units, i, -1 / 1, True)
        if prev == nxt == "good":
            new[i] = "good"
        elif prev == nxt == "bad":
            new[i] = "bad"
        elif (prev == "bad" and _neighbour(units, i, -1, False) == "neargood") or \
                (nxt == "bad" and _neighbour(units, i, 1, False) == "neargood"):
            new[i] = "good"
        else:
            new[i] = "bad"
    for i, c in new.items():
        units[i].final = c
    for i, u in enumerate(units):
        if u.final == "neargood":
            prev, nxt = _neighbour(units, i, -1, True), _neighbour(units, i, 1, True)
            u.final = "bad" if prev == nxt == "bad" else "good"
    for i, u in enumerate(units):
        if u.heading and u.final == "bad" and _start_class(u.cf) != "bad" and _good_soon(units, i):
            u.final = "good"


def _nearest(classes: list[str], wanted: tuple[str, ...]) -> tuple[list[str], list[str]]:
    """For every block, the class of the nearest block before it and after it whose class is
    one of ``wanted`` ("bad" past the ends of the page): what _neighbour finds, for all blocks
    in two passes rather than a walk from each block."""
    before, last = [], "bad"
    for c in classes:
        before.append(last)
        if c in wanted:
            last = c
    after, last = [], "bad"
    for c in reversed(classes):
        after.append(last)
        if c in wanted:
            last = c
    after.reverse()
    return before, after


def _good_soon(units: list[Unit], i: int) -> bool:
    """A good block follows within MAX_HEADING_DISTANCE characters."""
    dist = 0
    for j in range(i + 1, len(units)):
        v = units[j]
        if dist > MAX_HEADING_DISTANCE:
            return False
        if v.final == "good":
            return True
        dist += v.length
    return False


def _weight(u: Unit) -> float:
    """What a block adds to a stretch of main text."""
    if u.repeated:
        return -max(REPEAT_PENALTY, u.length)
    if u.cf in ("bad-links", "image"):
        return -LINK_PENALTY * u.link_chars
    if u.cf in ("bad-copyright", "bad-widget"):
        return -u.length
    text = u.length - u.link_chars
    share = 1.0 if u.cf in ("good", "neargood") else NONPROSE_WEIGHT
    return share * text - LINK_PENALTY * u.link_chars


def _title(units: list[Unit]) -> int | None:
    """Index of the page title: the one level-1 heading, if it reads like a title."""
    h1 = [i for i, u in enumerate(units) if u.h1]
    if len(h1) == 1:
        u = units[h1[0]]
        if u.length >= TITLE_MIN and u.link_density < TITLE_MAX_LINK_DENSITY:
            return h1[0]
    return None


def _main_text(units: list[Unit]) -> None:
    """Mark the stretch of blocks with the largest total weight as the main text."""
    title = _title(units)
    if title is not None:
        units[title].title = True
    first = 0 if title is None else title + 1
    weights = [0.0] * len(units)
    seen_good = closed = False
    for i in range(first, len(units)):
        u = units[i]
        if u.section == "comments" and seen_good:
            closed = True
        seen_good = seen_good or u.final == "good"
        u.comments = closed
        w = _weight(u)
        weights[i] = -abs(w) if closed else w
    # With a title the stretch starts between it and the first text block after it.
    last_start = len(units) - 1
    if title is not None:
        last_start = first
        while last_start < len(units) - 1 and units[last_start].cf not in _TEXT:
            last_start += 1
    best, span = 0.0, None
    cur, start = 0.0, first
    for i in range(first, len(units)):
        if cur <= 0 and i <= last_start:
            cur, start = weights[i], i
        else:
            cur += weights[i]
        if cur > best:
            best, span = cur, (start, i)
    if span is None:
        return
    a, b = span
    while a < b and not ((units[a].cf in _TEXT or _sentence(units[a])) and not units[a].repeated):
        a += 1
    while b > a and not ((units[b].cf in _TEXT or _sentence(units[b])) and not units[b].repeated):
        b -= 1
    for u in units[a:b + 1]:
        u.main = True
    for u in units[a:]:
        u.after = True


_TEXT = ("good", "neargood", "nonprose")  # blocks a main text may start and end on


def _explain(u: Unit, size: int) -> tuple[StepRule, str]:
    """The rule (category) of a removal and its reason with the deciding feature values."""
    where = "in-main" if u.main else ("after-main" if u.after else "before-main")
    density = u.link_density
    reason = (f"classifier: link_density={density:.2f} stopword_share={u.stopword_share:.2f} len={u.length} "
              f"class={u.cf} context={u.final} {where}")
    if u.repeated:
        reason += " repeated"
    if u.comments:
        reason += " under-comments-heading"
    if u.title:
        rule = TITLE
    elif u.widget:
        rule = _WIDGET_RULES[u.widget]
        reason += f" widget={u.widget}"
    elif u.cf == "bad-copyright":
        rule = FOOTER
    elif u.comments:
        rule = COMMENTS
    elif u.cf in ("bad-links", "image") or density > MAX_LINK_DENSITY:
        if not u.after:
            rule = NAVIGATION
        elif not u.main and u.start >= (1 - FOOTER_TAIL) * size:
            rule = FOOTER
        else:
            rule = RELATED
    elif u.section == "related":
        rule = RELATED
    else:
        rule = JUNK
    return rule, reason
