"""The words of page furniture, in the languages with the most web pages: one place for them.

Section headings that open reader comments, lists of links to other pages or a table of
contents ("Comments", "Related articles", "Lesen Sie auch", "On this page"), widget prompts
(share bars, newsletter and cookie notices), and the labels of buttons and controls ("Add
to cart", "Reply", "Read more", "Sort by"). The judge (:mod:`cleaner.judge`) reads them as features of a unit's text;
generic rule files name the same ideas in their own patterns, with examples.

A heading matches only as the whole unit (give or take a count, a colon or an arrow), and
each widget pattern only on units shorter than prompts of that kind ever are, so an article
*about* Facebook, cookies or newsletters keeps its paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from itertools import accumulate

# The combining marks of the scripts whose words carry them: Indic vowel signs and viramas
# (दिल्ली is द ि ल ् ल ी), Thai, Tibetan, Myanmar and Khmer signs, Arabic and Hebrew vowel
# points, and the combining accents of decomposed Latin, Greek and Cyrillic. ``\w`` leaves
# marks out, so ``\w+`` cut such words at every mark; a word is a run of ``[\w{MARKS}]``.
_MARK_RANGES = (
    (0x0300, 0x036F), (0x0483, 0x0489), (0x0591, 0x05C7), (0x0610, 0x061A), (0x064B, 0x065F),
    (0x0670, 0x0670), (0x06D6, 0x06ED), (0x0900, 0x0DFF), (0x0E00, 0x0FFF), (0x1000, 0x109F),
    (0x1780, 0x17FF), (0x1AB0, 0x1AFF), (0x1DC0, 0x1DFF), (0x20D0, 0x20FF), (0x3099, 0x309A),
    (0xFE20, 0xFE2F),
)  # fmt: skip
MARKS = re.escape(
    "".join(
        chr(c) for lo, hi in _MARK_RANGES for c in range(lo, hi + 1) if unicodedata.category(chr(c)).startswith("M")
    )
)

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
        r"komentáře|コメント|コメント一覧|コメントする|评论|評論|留言|发表评论|网友评论|读者评论|댓글|"
        r"التعليقات|تعليقات|أضف تعليق[اًا]*|اترك تعليق[اًا]*|टिप्पणियां|टिप्पणियाँ|टिप्पणी करें|कमेंट्स"
    ),
    "related": (
        r"related(?: (?:articles?|posts?|stories|news|content|coverage|reading|topics|links|videos))?|"
        r"read (?:these )?next|read more|more (?:stories|news|articles|posts|videos|like this)|"
        r"more (?:from|on|in|about) .{1,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|"
        r"recommended(?: for you| stories| articles| reading)?|popular(?: posts| articles| stories| now)?|"
        r"most (?:read|viewed|shared|popular|commented)|trending(?: now| stories)?|"
        r"latest (?:news|posts|articles|stories)|recent (?:posts|articles|stories|news)|see also|also read|"
        r"similar (?:topics|threads|posts|articles|stories|questions|products|items)|"
        r"recently viewed(?: items| products)?|"
        r"customers (?:who (?:bought|viewed) this (?:item|product) )?also (?:bought|viewed)|"
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
        r"相关文章|相关阅读|相关新闻|热门文章|推荐阅读|猜你喜欢|相關文章|相關新聞|延伸閱讀|관련 ?기사|인기 ?기사|"
        r"اقرأ أيض[اًا]*|(?:مقالات|أخبار|مواضيع) ذات صلة|الأكثر قراءة|"
        r"य[हे] भी पढ़ें|संबंधित (?:खबरें|ख़बरें|लेख)|सबसे ज़?्?यादा पढ़ी गई"
    ),
    "toc": (
        r"table of contents|contents|on this page|in this (?:article|post|guide|section)|jump to|"
        r"inhalt|inhaltsverzeichnis|auf dieser seite|sommaire|table des matières|dans cet article|sur cette page|"
        r"índice|contenido|contenidos|tabla de contenidos?|en esta página|índice de conteúdo|nesta página|"
        r"indice|sommario|in questa pagina|inhoud|inhoudsopgave|op deze pagina|содержание|оглавление|"
        r"spis treści|na tej stronie|目次|目录|目錄|목차"
    ),
}
_SECTION = re.compile("|".join(rf"(?P<{k}>{v})" for k, v in _SECTIONS.items()))
# The part of a block tested as a section heading: from its first to its last letter, without
# the digits, punctuation and "_" around it ("3 Comments:" -> "comments"); one search, rather
# than a substitution of both edges that tries the end anchor at every position.
_CORE = re.compile(rf"[^\W\d_](?:.*(?:[^\W\d_]|[{MARKS}]))?", re.S)  # a word's last vowel sign is in it
SECTION_MAX = 80  # a section heading is a short label; body sentences that merely mention "comments" are longer

# Widget vocabulary: prompts that are prose-like (so stop words do not catch them) but are
# page furniture. Each needs a phrase, not a single topic word, so an article *about*
# Facebook, cookies or newsletters keeps its paragraphs; and each applies only to blocks
# shorter than prompts of that kind ever are (the length limit beside each pattern).
_SOCIAL = (
    r"facebook|twitter|whatsapp|pinterest|linkedin|telegram|reddit|tumblr|e-?mail|print|messenger|"
    r"flipboard|pocket|xing|vk|google\+?|copy link|mail|instagram|youtube|"
    # Twitter's name since 2023, and the networks that share bars have added since (only ever
    # read here as one name of two or more in a row: a unit of nothing but network names)
    r"x|threads|bluesky|mastodon|"
    # and those of the countries whose languages the vocabulary has (VK's full name, LINE,
    # WeChat, Weibo, Qzone, KakaoTalk) and the usual ones as Arabic and Hindi pages spell them
    r"вконтакте|одноклассники|ok|line|はてなブックマーク|はてブ|微信|微博|qq空间|qq|kakaotalk|카카오톡|"
    r"فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تيليجرام|फेसबुक|ट्विटर|व्हाट्सएप|व्हाट्सऐप"
)
# A share bar's verb followed by the networks, in the scripts that put no space after it or
# write the verb apart ("分享到： 微信 微博", "この記事をシェアする", "शेयर करें", "شارك").
_SHARE_VERB = (
    r"(?:この記事を|記事を)?(?:シェア(?:する)?|共有(?:する)?)|分享(?:到)?|공유(?:하기)?|"
    r"شارك|مشاركة|शेयर करें|साझा करें"
)
# (kind, longest block it applies to, words one of which must occur, pattern); the first
# match wins. Short labels may be a bare verb ("Share", "Subscribe"); longer blocks need a
# phrase only prompts use. The words are a cheap test before the pattern (None: always try).
_WIDGETS = [
    (
        "share",
        40,
        None,
        re.compile(
            # the verb, perhaps after what is shared, as German and Dutch put it ("Artikel teilen")
            r"^(?:(?:artikel|beitrag|seite|link|bericht|pagina)\s+)?"
            r"(?:share|tweet|teilen|partager|compartir|condividi|compartilh[ae]r?|deel|delen|udostępnij|paylaş|"
            r"поделиться|sdílet|dela)(?:\s+(?:this|the|on|via|with|your|friends|auf|sur|en|su|no|na|cet|este|esta|"
            r"questo|dieses|diesen|den|le|la|l'|article|story|post|page|link|artikel|artículo|noticia|notícia|"
            r"articolo|facebook|twitter|x|whatsapp|e-?mail))*\W*$",
            re.I,
        ),
    ),
    ("share", 120, None, re.compile(rf"^(?:(?:{_SOCIAL})\W*){{2,}}$", re.I)),
    (
        "share",
        120,
        None,
        re.compile(
            rf"^(?:{_SHARE_VERB}|share|teilen|partager|compartir|condividi|поделиться)\W*(?:(?:{_SOCIAL})(?:\W+|$))*$",
            re.I,
        ),
    ),
    (
        "newsletter",
        60,
        None,
        re.compile(
            r"(?=[nsaiпzメ订訂ニاسन])"  # the first letters below: the regex engine skips other positions fast
            r"(?:newsletter|\bsubscribe\b|\bsign up\b|abonnieren|abonnez|inscrivez-vous|suscr[ií]b[ea]te|suscribirse|"
            r"suscr[ií]base|suscripción|inscr[ií]bete|inscreva-se|\bassine\b|iscriviti|подпишитесь|подписаться|"
            r"подписка|zapisz się|aanmelden|anmelden|メルマガ|ニュースレター|订阅|訂閱|"
            r"اشترك في النشرة|النشرة البريدية|النشرة الإخبارية|सब्सक्राइब|न्यूज़लेटर|न्यूजलेटर)",
            re.I,
        ),
    ),
    (
        "newsletter",
        300,
        (
            "newsletter",
            "mail",
            "inbox",
            "correo",
            "unsubscribe",
            "abbestell",
            "abmelden",
            "désabonner",
            "postfach",
            "почту",
            "邮箱",
            "メール",
            "بريدك",
            "ईमेल",
        ),  # fmt: skip
        re.compile(
            r"newsletter|\b(?:your|votre|ihre|tu|seu|la tua) (?:e-?mail|inbox|adresse e-?mail|correo)\b|"
            r"e-?mail address|adresse e-?mail|e-?mail-adresse|correo electrónico|\binbox\b|"
            # what a sign-up box promises: "Get new roles by email", "Unsubscribe at any time"
            r"\b(?:get|receive) (?:[\w-]+ ){0,4}by e-?mail\b|\bunsubscribe (?:at any time|anytime)\b|"
            r"jederzeit (?:abbestellen|abmelden)|(?:vous )?désabonner à tout moment|"
            # the same promise in the other scripts: "in Ihr Postfach", "на вашу почту", "到您的邮箱",
            # "メールでお届け", "في بريدك الإلكتروني", "अपने ईमेल पर"
            r"in ihr(?:em)? postfach|на (?:вашу|свою) почту|(?:到)?您的邮箱|メールでお届け|بريدك الإلكتروني|अपने ईमेल",
            re.I,
        ),
    ),
    (
        "cookie",
        600,
        ("cookie", "gdpr", "rgpd", "dsgvo", "ملفات تعريف الارتباط", "कुकीज़", "कुकीज"),
        re.compile(
            r"\buses? (?:of )?cookies\b|\baccept(?:ing)? (?:all )?cookies\b|"
            r"\bcookies? (?:policy|settings|preferences|consent|notice|banner)\b|"
            r"\butilis\w* (?:des |les )?cookies|\bverwende\w* cookies|\bnutz\w* cookies|"
            r"\butiliz\w* (?:as |los |i |le )?cookies?|\busamos cookies|\bgebruik\w* cookies|"
            r"используем (?:файлы )?cookie|cookie-?(?:richtlinie|einstellungen|hinweis)|"
            r"política de cookies|politique (?:de|relative aux) cookies|informativa (?:sui )?cookie|"
            r"\bgdpr\b|\brgpd\b|\bdsgvo\b|"
            r"cookie\s*を(?:使用|利用)|(?:网站|本站|我们|網站|我們)(?:会|會)?使用\s*cookie|"
            r"(?:نستخدم|يستخدم|تستخدم) (?:هذا الموقع )?ملفات تعريف الارتباط|कुकीज़? का (?:उपयोग|इस्तेमाल)",
            re.I,
        ),
    ),
]


SHORT_MAX = max(SECTION_MAX, *(longest for _, longest, _, _ in _WIDGETS))  # the longest block _mark tests
# The widget patterns ignore case and are written in lower case. On an ASCII text, where ignoring
# case is lower-casing (the engine's other case equivalences, such as "ſ" with "s", need a
# non-ASCII character), each finds what the same pattern *with* case finds in the lower-cased
# text, and that runs several times faster: the engine can reject an alternative on its first
# character without folding the case of every character it tries (checked by a test).
_CASED = {pattern: re.compile(pattern.pattern) for _, _, _, pattern in _WIDGETS}


# The words one of which a pattern's text must hold, as one search (a pattern without words: None);
# with each pattern its length limit and its form with case: one tuple per pattern, so that the
# test below does no dictionary lookups keyed by patterns (hashing a pattern is not free).
_TESTS = tuple(
    (kind, longest, re.compile("|".join(map(re.escape, words))) if words else None, _CASED[pattern], pattern)
    for kind, longest, words, pattern in _WIDGETS
)


def widget(low: str, length: int) -> str | None:
    """The widget kind a lower-cased unit text reads as (share, newsletter, cookie), if any."""
    if length > SHORT_MAX:
        return None
    ascii_ = low.isascii()
    for kind, longest, holds, cased, pattern in _TESTS:
        if length > longest or (holds is not None and holds.search(low) is None):
            continue
        if (cased if ascii_ else pattern).search(low):
            return kind
    return None


def section(low: str) -> str | None:
    """``comments`` or ``related`` when a lower-cased unit text is such a section's heading."""
    m = _CORE.search(low)
    m = _SECTION.fullmatch(m.group()) if m else None
    return m.lastgroup if m else None


# Labels of buttons and controls: a unit that is nothing but one or two of these is a
# control of the page, not its text, wherever it sits (between the posts of a thread, under
# each card of a shop). Whole-unit matches only: a sentence that uses the words stays.
_LABEL = (
    r"add to (?:cart|bag|basket|wish ?list|favou?rites|compare)|buy now|shop now|order now|book now|"
    r"(?:read|learn|see|show|view|load|discover|find out) (?:more|all|less|details|the full story)|continue reading|"
    r"more|less|sort(?: by)?|filters?|filter by|clear (?:all|filters)|apply|reset|search|go|submit|send|cancel|"
    r"close|ok|menu|back|back to top|top|next|previous|prev|older posts|newer posts|page \d+|\d+|"
    r"reply|quote|report|share|like|likes|upvote|downvote|vote|helpful|not helpful|yes|no|edit|delete|flag|"
    r"follow|unfollow|subscribe|sign in|sign up|log in|log out|login|logout|register|join|"
    r"was this (?:page|article|answer) helpful\??|print|download|copy|copy link|copied|expand|collapse|"
    r"toggle (?:navigation|menu)|skip to (?:main )?content|open menu|accept(?: all)?|reject(?: all)?|"
    r"manage (?:preferences|cookies)|in den warenkorb|warenkorb|jetzt kaufen|weiterlesen|mehr lesen|mehr|"
    r"antworten|zitieren|melden|anmelden|abmelden|registrieren|suchen|sortieren|ajouter au panier|"
    r"acheter|lire la suite|en savoir plus|répondre|citer|signaler|se connecter|s'inscrire|rechercher|trier|"
    r"añadir al carrito|comprar|leer más|ver más|responder|citar|iniciar sesión|registrarse|buscar|ordenar|"
    r"adicionar ao carrinho|leia mais|ver mais|entrar|cadastre-se|aggiungi al carrello|acquista|"
    r"leggi di più|rispondi|accedi|registrati|cerca|in winkelwagen|lees meer|reageren|inloggen|zoeken|"
    r"в корзину|купить|читать далее|ответить|войти|регистрация|поиск|"
    r"返信|回复|回覆|引用|通報|举报|ログイン|登录|رد|الرد|جواب|जवाब दें|उत्तर दें"
)
_LABELS = re.compile(rf"(?:(?:{_LABEL})\W*){{1,2}}", re.I)
LABEL_MAX = 40


def control_label(low: str) -> bool:
    """Whether a lower-cased unit text is nothing but the label of a button or control."""
    return len(low) <= LABEL_MAX and _LABELS.fullmatch(_core(low)) is not None


def _core(low: str) -> str:
    core = _TRIM.search(low)
    return core.group() if core else low


_TRIM = re.compile(rf"[^\W_](?:.*(?:[^\W_]|[{MARKS}]))?", re.S)  # from the first to the last letter or digit


# --- a whole page at once ------------------------------------------------------------------------
# The judge asks the three questions above of every short unit of a page: some 200 units and
# nine searches each, most of the time spent calling the engine. :func:`page_marks` asks them
# of the page's ASCII units in one search per pattern, over their lower-cased texts joined
# with "\x00": each pattern rewritten so that no part of it can match a "\x00", anchored at the
# "\x00"s around a unit where the test is of the whole unit, and with case (ASCII: see
# _CASED). A pattern's words (a cheap test before it) are searched in that page, and the
# pattern itself only in the units that hold one. Units beyond ASCII (a few a page) are asked
# one by one. ``tests/test_judge_fast.py`` checks the answers against the unit-by-unit functions.
_SEP = "\x00"


def _in_unit(pattern: str) -> str:
    """``pattern`` with ``\\W`` and ``.`` (the only parts of the vocabulary's patterns that can
    match a "\\x00") kept from matching one: no match crosses from one unit into the next."""
    out, k, in_class = [], 0, False
    while k < len(pattern):
        c = pattern[k]
        if c == "\\":
            part = pattern[k : k + 2]
            if part == r"\W":
                if in_class:
                    raise ValueError(f"\\W in a character class: {pattern!r}")
                part = r"[^\w\x00]"
            out.append(part)
            k += 2
            continue
        if c == "[" and not in_class:
            in_class = True
            if pattern.startswith("[^", k):
                raise ValueError(f"a negated class: {pattern!r}")
        elif c == "]" and in_class:
            in_class = False
        elif c == "." and not in_class:
            c = r"[^\n\x00]"
        out.append(c)
        k += 1
    return "".join(out)


def _whole(pattern: str, edge: str) -> re.Pattern[str]:
    """A test of a whole unit's core (from its first to its last character of ``edge``, a
    class such as ``[^\\W_]``) as a search in the page: the "\\x00" before the unit, what is
    not ``edge`` around the core, the "\\x00" after it (looked at, not taken: it is the next
    unit's first)."""
    outside = rf"(?:(?!{edge})[^\x00])*"
    return re.compile(rf"\x00{outside}(?={edge})(?:{_in_unit(pattern)})(?<={edge}){outside}(?=\x00)")


def _in_page(pattern: str) -> re.Pattern[str]:
    """A widget pattern as a search in the page (``^...$``: over the whole unit)."""
    if pattern.startswith("^"):
        if not pattern.endswith("$"):
            raise ValueError(f"anchored at the start only: {pattern!r}")
        return re.compile(rf"\x00(?:{_in_unit(pattern[1:-1])})(?=\x00)")
    return re.compile(_in_unit(pattern))


# Per widget test, as in _WIDGETS, its longest unit, its words, its pattern with case, and
# without words its pattern in the page.
_PAGE_TESTS = tuple(
    (kind, longest, words, _CASED[pattern], None if words else _in_page(_CASED[pattern].pattern))
    for kind, longest, words, pattern in _WIDGETS
)
_PAGE_SECTION = _whole(_SECTION.pattern, r"[^\W\d_]")
_PAGE_LABELS = _whole(_LABELS.pattern, r"[^\W_]")  # with case, as the widgets' (written in lower case)


def page_marks(low: str, lengths: list[int]) -> tuple[list[str | None], list[str | None], list[bool]]:
    """Per unit, what :func:`widget`, :func:`section` and :func:`control_label` say of it (as
    the judge asks them: widgets of units up to ``SHORT_MAX`` characters, sections and labels
    up to ``SECTION_MAX``), from ``low``: the units' texts lower-cased and joined with "\\x00",
    none holding a "\\x00"; ``lengths``: each unit's length before lower-casing."""
    n = len(lengths)
    widgets: list[str | None] = [None] * n
    sections: list[str | None] = [None] * n
    labels = [False] * n
    lows = low.split(_SEP)
    plain = []  # the ASCII units short enough for a test (lower-casing kept their length)
    for k, text in enumerate(lows):
        if lengths[k] > SHORT_MAX:
            continue
        if text.isascii():
            plain.append(k)
            continue
        widgets[k] = widget(text, lengths[k])
        if lengths[k] <= SECTION_MAX:
            sections[k], labels[k] = section(text), control_label(text)
    if not plain:
        return widgets, sections, labels
    pages: dict[int, tuple[str, list[int], list[int]]] = {}

    def page_of(longest: int) -> tuple[str, list[int], list[int]]:
        """The ASCII units up to ``longest`` characters joined (see :func:`_joined`), and which they are."""
        if longest not in pages:
            which = [k for k in plain if lengths[k] <= longest]
            pages[longest] = (*_joined(lows, which), which)
        return pages[longest]

    def holding(words: tuple[str, ...], longest: int) -> list[int]:
        """The units up to ``longest`` characters that hold one of ``words``, in page order:
        each word found with ``str.find`` from one unit to the next (a scan in C, where the
        words' alternation is tried at every character that begins one of them)."""
        page, seps, which = page_of(longest)
        found = set()
        for word in words:
            at = page.find(word)
            while at >= 0:
                j = bisect_right(seps, at) - 1
                found.add(which[j])
                at = page.find(word, seps[j + 1])
        return sorted(found)

    def matches(pattern: re.Pattern[str], longest: int) -> list[tuple[int, re.Match[str]]]:
        """(unit, match) of ``pattern`` in the page of the units up to ``longest`` characters
        (each match lies in one unit)."""
        page, seps, which = page_of(longest)
        return [(which[bisect_right(seps, m.start()) - 1], m) for m in pattern.finditer(page)]

    for kind, longest, words, cased, in_page in reversed(_PAGE_TESTS):  # the first test wins
        if words:
            hits = [k for k in holding(words, longest) if cased.search(lows[k])]
        elif in_page is not None:
            hits = [k for k, _ in matches(in_page, longest)]
        for k in hits:
            widgets[k] = kind
    for k, m in matches(_PAGE_SECTION, SECTION_MAX):
        sections[k] = m.lastgroup
    for k, _ in matches(_PAGE_LABELS, min(SECTION_MAX, LABEL_MAX)):
        labels[k] = True
    return widgets, sections, labels


def _joined(lows: list[str], which: list[int]) -> tuple[str, list[int]]:
    """The units ``which`` joined with "\\x00" (one before the first and after the last too),
    and where each "\\x00" is: unit ``which[j]`` lies between ``seps[j]`` and ``seps[j + 1]``."""
    texts = [lows[k] for k in which]
    return _SEP + _SEP.join(texts) + _SEP, list(accumulate([len(t) + 1 for t in texts], initial=0))
