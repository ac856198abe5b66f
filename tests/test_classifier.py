"""The block classifier on hand-written full-page markdown: what it removes, what it keeps, why."""

from __future__ import annotations

import re

import pytest

from cleaner import Options, clean_text
from cleaner.edits import apply_edits, check_edits
from cleaner.rules.model import CATEGORIES
from cleaner.steps import builtin_rules, classifier
from conftest import SEEDS

ARTICLE_EN = [
    "The city council voted on Tuesday to build six kilometres of protected cycling lanes through the "
    "centre, after a two-year consultation in which residents were asked where they felt least safe on "
    "their bicycles.",
    "The plan, which will cost about 12 million euros, is to be finished by the end of next year. Work on "
    "the first section, along the river, is expected to start in the spring, the council said.",
    "Opponents said that the lanes would take away parking spaces from shops, but the council pointed to a "
    "study that found that most customers of the shops in the centre arrive on foot, by bus or by bicycle.",
]

PAGE_EN = "\n\n".join([
    "[Home](/) [World](/world) [Politics](/politics) [Business](/business) [Sport](/sport)",
    "* [News](/news)\n* [Opinion](/opinion)\n* [Culture](/culture)",
    "# Council approves new cycling lanes for the city centre",
    "By Jane Smith",
    *ARTICLE_EN,
    "Share this article",
    "[Facebook](https://facebook.com/sharer) [Twitter](https://twitter.com/intent) [Email](mailto:?body=x)",
    "Sign up for our daily newsletter",
    "## Related articles",
    "* [Bus fares to rise in January](/a/1)\n* [New bridge opens to traffic](/a/2)\n"
    "* [Mayor announces budget plan for the coming year](/a/3)",
    "We use cookies to improve your experience on our website. By continuing to browse, you agree to our "
    "use of cookies.",
    "[About us](/about) | [Contact](/contact) | [Privacy](/privacy)",
    "© 2024 City News",
]) + "\n"


def removed(text: str, language: str | None = "en") -> dict[str, str]:
    """Removed block text (stripped) -> category."""
    edits = classifier.find(text, language=language)
    check_edits(edits, len(text))
    return {text[e.start:e.end].strip(): e.category for e in edits}


def test_full_page_keeps_the_article_and_removes_the_rest_by_kind():
    gone = removed(PAGE_EN)
    for paragraph in ARTICLE_EN:
        assert paragraph not in gone
    assert gone["[Home](/) [World](/world) [Politics](/politics) [Business](/business) [Sport](/sport)"] == "navigation"
    assert gone["* [News](/news)\n* [Opinion](/opinion)\n* [Culture](/culture)"] == "navigation"
    assert gone["Share this article"] == "share"
    assert gone["Sign up for our daily newsletter"] == "newsletter"
    assert gone["## Related articles"] == "related"
    assert any(k.startswith("* [Bus fares") and v == "related" for k, v in gone.items())
    assert any(k.startswith("We use cookies") and v == "cookie" for k, v in gone.items())
    assert gone["© 2024 City News"] == "footer"
    assert gone["# Council approves new cycling lanes for the city centre"] == "metadata"
    text = apply_edits(PAGE_EN, classifier.find(PAGE_EN, language="en"))
    assert text.strip() == "\n\n".join(ARTICLE_EN)


def test_reasons_carry_the_deciding_features():
    edits = classifier.find(PAGE_EN, language="en")
    nav = next(e for e in edits if e.category == "navigation")
    assert re.match(r"classifier: link_density=1\.00 stopword_share=\d\.\d\d len=\d+ class=bad-links context=bad "
                    r"before-main", nav.reason), nav.reason
    cookie = next(e for e in edits if e.category == "cookie")
    assert "widget=cookie" in cookie.reason
    assert {e.rule for e in edits} <= {r.id for r in classifier.RULES}


def test_rules_are_registered_with_known_categories():
    ids = {r.id for r in builtin_rules()}
    for rule in classifier.RULES:
        assert rule.id in ids
        assert rule.category in CATEGORIES


def test_plain_article_with_few_links_is_untouched():
    text = ("The report was published by the [ministry](https://example.org/m) on Monday.\n\n28 August 2020\n\n"
            "Russian Socialist Movement\n\nThe ministry said that the number of cyclists had doubled.\n")
    assert classifier.find(text, language="en") == []
    assert not classifier.looks_like_page(text)


def test_markdown_article_that_links_inside_its_sentences_is_untouched():
    text = ("# Notes on moving our build to a new CI\n\n"
            "We moved our build from [Jenkins](https://jenkins.io) to [GitHub Actions](https://github.com) last "
            "month. This post collects what we learned.\n\n## What went well\n\n"
            "* Caching the [pip](https://pip.pypa.io) downloads cut the build time in half.\n"
            "* Running the tests in parallel was a one-line change.\n\n"
            "See the [full workflow file](https://example.org/ci.yml) if you want to copy it.\n\n"
            "Thanks to Ana and Tom for reviewing this.\n")
    assert not classifier.looks_like_page(text)
    assert clean_text(text).text == clean_text(text, options=Options(classify=False)).text


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem)
def test_seed_articles_are_not_classified(path):
    text = path.read_text(encoding="utf-8")
    assert not classifier.looks_like_page(text)
    assert classifier.find(text) == []


def test_a_sentence_that_starts_with_share_is_not_a_share_button():
    units, _ = classifier.analyse("[a](/a) [b](/b) [c](/c)\n\nShare prices fell sharply on Monday.\n\n"
                                  "Share this article\n", language="en")
    widgets = {u.text: u.widget for u in units}
    assert widgets["Share prices fell sharply on Monday."] is None
    assert widgets["Share this article"] == "share"


def test_prose_with_inline_links_and_a_short_closing_paragraph_is_kept():
    article = [
        "Facebook said on Tuesday that it would share more data about political advertising with "
        "[independent researchers](/research), a year after a group of universities complained that the "
        "company had made it hard for them to study how ads were targeted.",
        "The company will give researchers access to a new [library of ads](/library) that lists who paid "
        "for each advertisement and how many people saw it, a spokesman said.",
        "The change had been planned since the spring.",
    ]
    page = "\n\n".join(["[Home](/) [World](/world) [Business](/business) [Tech](/tech)",
                        "# Facebook to share more data with researchers", *article,
                        "[Terms](/terms) [Privacy](/privacy)"]) + "\n"
    gone = removed(page)
    for paragraph in article:
        assert paragraph not in gone
    assert "[Terms](/terms) [Privacy](/privacy)" in gone


def test_article_about_cookies_is_not_a_cookie_notice():
    body = ("The small bakery on the corner of Mill Street now sells about ten thousand cookies a week, and the "
            "owners say that they use the same recipe that their grandmother brought from Vienna.")
    page = "\n\n".join(["[Home](/) [Food](/food) [Travel](/travel) [Contact](/contact)",
                        "# The bakery that sells ten thousand cookies a week", body,
                        "Customers queue from seven in the morning, and on Saturdays the line of people waiting "
                        "for cookies reaches the end of the street, the owners told us last week.",
                        "[Terms](/terms) [Privacy](/privacy) [Imprint](/imprint)"]) + "\n"
    assert body not in removed(page)


def test_comments_after_the_article_go_but_a_comment_count_in_the_byline_does_not_cut():
    article = [
        "Last year we moved all of our servers from a large provider to a small data centre run by a "
        "cooperative in our own town, and we have been asked many times since whether it was worth it.",
        "The short answer is yes: our bills went down by a third, the people who answer the phone know our "
        "machines by name, and the power comes from the wind farm on the hill behind the building.",
    ]
    comment = ("Mark said that he had tried the same thing with his company and that the hardest part was "
               "moving the databases without any downtime at all.")
    page = "\n\n".join(["[Home](/) [Blog](/blog) [About](/about) [Contact](/contact)",
                        "# Why we moved our servers to a smaller data centre", "Posted by Anna | 0 Comments",
                        *article, "3 Comments", comment, "[Reply](/reply/1) [Report](/report/1)"]) + "\n"
    gone = removed(page)
    for paragraph in article:
        assert paragraph not in gone
    assert gone["3 Comments"] == "comments"
    assert gone[comment] == "comments"


def test_teaser_card_link_over_blank_lines_goes_whole():
    article = ("Engineers finished the new bridge over the river on Friday, two months ahead of schedule and "
               "under budget, and the first buses are expected to cross it on Monday morning, the city said.")
    page = "\n\n".join([
        "[Home](/) [News](/news) [Sport](/sport)", "# New bridge opens to traffic", article,
        "The mayor thanked the workers, who had worked through the winter, and said the old ferry would keep "
        "running at weekends for tourists who want to see the bridge from the water.",
        "[ Bus fares to rise in January", "By CITY STAFF 11/20/2019", '](/news/bus-fares "Bus fares")',
        "[ Mayor announces budget plan", "By CITY STAFF 11/19/2019", '](/news/budget "Budget")',
    ]) + "\n"
    text = apply_edits(page, classifier.find(page, language="en"))
    assert article in text
    assert "](" not in text and "Bus fares" not in text and "CITY STAFF" not in text


GERMAN = [
    "Der Stadtrat hat am Dienstag beschlossen, sechs Kilometer geschützte Radwege durch die Innenstadt zu "
    "bauen, nachdem die Bürger zwei Jahre lang gefragt worden waren, wo sie sich auf dem Fahrrad unsicher fühlen.",
    "Die Pläne sollen bis zum Ende des nächsten Jahres umgesetzt werden. Mit dem ersten Abschnitt am Fluss "
    "wird im Frühjahr begonnen, teilte die Stadt mit, die die Kosten auf zwölf Millionen Euro schätzt.",
]


def test_german_page_uses_german_stop_words():
    page = "\n\n".join([
        "[Startseite](/) [Politik](/politik) [Wirtschaft](/wirtschaft) [Sport](/sport) [Kultur](/kultur)",
        "# Stadtrat beschließt neue Radwege für die Innenstadt", *GERMAN,
        "## Das könnte Sie auch interessieren",
        "* [Busfahrpreise steigen im Januar](/a/1)\n* [Neue Brücke für den Verkehr freigegeben](/a/2)",
        "Diese Website verwendet Cookies. Wenn Sie weiter surfen, stimmen Sie der Verwendung von Cookies zu.",
        "[Impressum](/impressum) [Datenschutz](/datenschutz) [Kontakt](/kontakt)",
    ]) + "\n"
    assert {"der", "die", "und", "nicht"} <= classifier.stopwords("de")
    units, _ = classifier.analyse(page)  # language detected from the page itself
    shares = {u.text: u.stopword_share for u in units}
    assert shares[GERMAN[0]] >= classifier.STOPWORDS_HIGH
    gone = removed(page, language=None)
    for paragraph in GERMAN:
        assert paragraph not in gone
    assert gone["## Das könnte Sie auch interessieren"] == "related"
    assert any(k.startswith("Diese Website verwendet Cookies") and v == "cookie" for k, v in gone.items())
    assert gone["[Impressum](/impressum) [Datenschutz](/datenschutz) [Kontakt](/kontakt)"] == "footer"


def test_without_the_right_stop_list_german_prose_would_not_count_as_prose():
    units, _ = classifier.analyse("\n\n".join(["[a](/a) [b](/b) [c](/c)", *GERMAN]) + "\n", language="en")
    assert all(u.stopword_share < classifier.STOPWORDS_LOW for u in units if u.text in GERMAN)


def test_french_page_with_comments():
    french = [
        "Le conseil municipal a voté mardi la construction de six kilomètres de pistes cyclables protégées "
        "dans le centre-ville, après une consultation de deux ans auprès des habitants de la ville.",
        "Les travaux doivent commencer au printemps le long de la rivière et se terminer à la fin de l'année "
        "prochaine, a indiqué la mairie dans un communiqué publié après le vote du conseil.",
    ]
    page = "\n\n".join([
        "[Accueil](/) [Politique](/politique) [Économie](/economie) [Sport](/sport)",
        "# Le conseil municipal approuve de nouvelles pistes cyclables", *french,
        "Commentaires",
        "Je trouve que c'est une très bonne idée, mais il faudrait aussi penser aux parkings pour les vélos "
        "près de la gare et des écoles de la ville.",
        "[Mentions légales](/mentions) [Contact](/contact)",
    ]) + "\n"
    gone = removed(page, language="fr")
    for paragraph in french:
        assert paragraph not in gone
    assert gone["Commentaires"] == "comments"


def test_japanese_counts_hiragana_as_function_words():
    prose = "先日、不正に改造したスマートフォンを販売したとして、商標法違反の疑いで男性が逮捕されたというニュースを耳にしました。"
    menu = "商標登録の基礎知識 サービス案内 事務所案内 よくある質問"
    page = f"[HOME](/) [ブログ](/blog) [事務所](/office)\n\n{menu}\n\n{prose}\n"
    units, _ = classifier.analyse(page, language="ja")
    share = {u.text: u.stopword_share for u in units}
    assert share[prose] >= classifier.STOPWORDS_HIGH
    assert share[menu] < classifier.STOPWORDS_LOW


def test_pipeline_option_and_cli_flag():
    with_classifier = clean_text(PAGE_EN)
    without = clean_text(PAGE_EN, options=Options(classify=False))
    assert "Home World Politics" not in with_classifier.text
    assert "Home World Politics" in without.text
    assert any(e.rule == "classify-navigation" for e in with_classifier.edits)
    from typer.testing import CliRunner

    from cleaner.cli import app

    result = CliRunner().invoke(app, ["clean", "--help"])
    assert "--no-classify" in result.output


def test_chinese_page_without_stop_list_falls_back_on_punctuation():
    article = [
        "市议会星期二投票决定，在市中心修建六公里受保护的自行车道。此前，市政府用了两年时间征求居民意见，"
        "询问他们骑车时在哪些地方感到最不安全。",
        "这项计划预计耗资约一千二百万欧元，将于明年年底前完工。市政府在声明中表示，沿河的第一段工程预计将在春天开工。",
        "反对者认为，新车道会占用商店门前的停车位，但市政府援引一项研究指出，市中心商店的大多数顾客是步行、乘公交车或骑自行车来的。",
    ]
    page = "\n\n".join([
        "[首页](/) [新闻](/news) [体育](/sport) [娱乐](/ent) [财经](/fin) [科技](/tech)",
        "# 市政府批准在市中心修建新的自行车道", *article, "## 相关文章",
        "* [公交票价一月起上涨](/a/1)\n* [新大桥正式通车](/a/2)\n* [市长公布预算计划](/a/3)",
        "© 2024 城市新闻网",
    ]) + "\n"
    assert classifier.stopwords("zh-cn") == frozenset()
    gone = removed(page, language=None)  # detected as Chinese from the page
    for paragraph in article:
        assert paragraph not in gone
    assert gone["## 相关文章"] == "related"
    assert gone["© 2024 城市新闻网"] == "footer"


def test_russian_page_related_and_comments_headings():
    article = [
        "Во вторник городской совет проголосовал за строительство шести километров защищённых велодорожек в "
        "центре города, после того как в течение двух лет жителей спрашивали, где им на велосипеде опаснее всего.",
        "Работы начнутся весной вдоль реки и должны закончиться к концу следующего года, сообщили в мэрии после "
        "голосования.",
    ]
    comment = ("Отличная идея, но нужно подумать и о парковках для велосипедов возле вокзала и школ, иначе никто "
               "не будет ими пользоваться.")
    page = "\n\n".join([
        "[Главная](/) [Политика](/pol) [Экономика](/eco) [Спорт](/sport)",
        "# Городской совет одобрил новые велодорожки в центре", *article, "Читайте также",
        "* [Проезд в автобусах подорожает в январе](/a/1)\n* [Новый мост открыт для движения](/a/2)",
        "Комментарии", comment, "[О нас](/about) [Контакты](/contact)",
    ]) + "\n"
    gone = removed(page, language=None)
    for paragraph in article:
        assert paragraph not in gone
    assert gone["Читайте также"] == "related"
    assert gone["Комментарии"] == "comments"
    assert gone[comment] == "comments"


# --- the fast shapes of the features: same results as the plain forms they replace ------------

TRICKY_BLOCKS = [
    "", "\n", "one line", "one line\n", "  \n\nfirst\nsecond  \n \t\n\nthird\r\n\xa0\n\x1c\nfourth",
    "trailing spaces   ", "a\n\n\n", "\n\n  lead\n\ttab line\n\n", "a\r\nb\r\n\r\nc", "\u2028\nx\u2028y\n\u3000\nz",
]


@pytest.mark.parametrize("text", TRICKY_BLOCKS)
def test_blocks_are_the_views_blocks(text):
    from cleaner.view import split_blocks

    assert classifier._blocks(text) == [(b.start, b.end) for b in split_blocks(text)]


def test_markup_is_stripped_as_by_the_per_block_regexes():
    # the two regexes the classifier applied to each block before it stripped all blocks at once
    list_mark = re.compile(r"(?m)^[ \t]*(?:[*+\-\u2022][ \t]+|\d{1,3}[.)][ \t]+)")
    markup = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]*|>[ \t]?)+|[*_`~|]{1,3}|\\(?=[^\w\s])")
    lines = ["* # Heading in a list", "  - > quoted item", "1. **bold** and _em_ and `code`", r"\*not emphasis\*",
             "*# not a heading", "|a|b|c|", "####### seven hashes", "\u2022 bullet", "12) item", "1234. no list",
             "> > ## nested", r"back\\slash \w word", "***~~|||", "-no space", "+ plus\tand tab", "#\ttab heading",
             "\t 7. tabbed item", "   ## indented heading", " \t> spaced quote", "\u0663) arabic-indic digit",
             "#no space", "word # not a heading", "  plain indented line", ""]
    for block in [*lines, "\n".join(lines), "\n".join(reversed(lines))]:
        assert classifier._strip_markup(block) == markup.sub("", list_mark.sub("", block)), block


def test_links_are_found_as_by_the_shortest_label_regex():
    from cleaner.steps.markdown import _TARGET

    shortest = re.compile(rf"(?<!!)\[((?:[^\[\]]|\[[^\[\]\n]*\])*?)\]{_TARGET}")
    text = ("[a](/a) ![pic](/p.png) [a [b] c](/x) [stray [x](/y) [[double]](/d) [no link] (/z) "
            "[card\n\nwith byline\n](/card \"t\") [](/empty) [![p](/p)](/l) [a [b\nc] d](/n) !x[y](/y) [a](b)(c)")
    assert [m.span(1) for m in classifier._LINK.finditer(text)] == [m.span(1) for m in shortest.finditer(text)]
    assert len(shortest.findall(text)) >= 8


def test_newsletter_prompt_pattern_reads_as_before_its_first_letter_lookahead():
    kind, _, _, pattern = classifier._WIDGETS[2]
    assert kind == "newsletter"
    plain = re.compile(pattern.pattern.replace("(?=[nsaiпzメ订訂])", "", 1), re.I)
    prompts = ["Newsletter", "SUBSCRIBE", "Sign up now", "Jetzt abonnieren", "Abonnez-vous", "Inscrivez-vous",
               "Suscríbete", "Inscreva-se", "Assine", "Iscriviti", "Подпишитесь", "Zapisz się", "Aanmelden",
               "メルマガ登録", "订阅", "訂閱", "İNSCRİVEZ-VOUS", "ſubscribe", "Share this", "Subscribers only"]
    for prompt in prompts:
        assert bool(pattern.search(prompt)) == bool(plain.search(prompt)), prompt


def test_blocks_that_differ_only_in_digits_are_repeated():
    page = "\n\n".join(["[a](/a) [b](/b) [c](/c)", "* [d](/d)\n* [e](/e)", "Posted 3 hours ago by the editors",
                        "Posted 15 hours ago by the editors", "Posted 3 hours ago by the reporters",
                        "Posted 3 hours ago by our editors"]) + "\n"
    units, _ = classifier.analyse(page, language="en")
    repeated = {u.text: u.repeated for u in units}
    assert repeated["Posted 3 hours ago by the editors"] and repeated["Posted 15 hours ago by the editors"]
    assert not repeated["Posted 3 hours ago by the reporters"]
    assert not repeated["Posted 3 hours ago by our editors"]


def test_words_of_ascii_blocks_are_the_regex_words():
    ascii_chars = "".join(map(chr, range(128)))
    samples = [ascii_chars, ascii_chars[::-1], "don't stop_words 3.14 a-b x\x1cy\x1fz \tq\x0bw",
               "__init__ (the) [of] {and}, to; it's 12ab34 ---", "", " ", "a"]
    for text in samples:
        words = [w.decode() for w in text.encode().translate(classifier._ASCII_WORDS).split()]
        assert words == classifier._WORD.findall(text) == classifier._CJK_TOKEN.findall(text), text


def test_stopword_share_is_the_share_of_regex_words_in_the_stop_list():
    page = "\n\n".join([
        "[Home](/) [News](/news) [Sport](/sport)", "* [One](/1)\n* [Two](/2)",
        "The council voted on Tuesday to build six kilometres of protected bike lanes in the city centre.",
        "The council’s vote — after “two years” of asking — was close: 5 to 4, it said.",
        "Über die Straße fährt der Bus, and it is late again", "x_y and the_z __ of", "© 2024",
        "«The vote» … and the “end” of it • 5° ‚a‘ „b“ – ™", "Совет проголосовал — and the rest",
    ]) + "\n"
    stop = classifier.stopwords("en")
    units, _ = classifier.analyse(page, language="en")
    assert any(not u.low.isascii() for u in units) and any(u.low.isascii() for u in units)
    for u in units:
        words = classifier._WORD.findall(u.low)
        assert u.stopword_share == (sum(w in stop for w in words) / len(words) if words else 0.0), u.text


def test_non_word_marks_are_neither_word_characters_nor_cjk():
    # blanking them must leave the words of a block as they were
    for mark in classifier._NON_WORD_MARKS:
        assert not classifier._WORD.search(mark) and not classifier._CJK_TOKEN.search(mark), hex(ord(mark))
    text = "l’école «d’été» — “quoted” ‘single’ … 5° © ® ™ • · „low“ ‚x‘ – end"
    blanked = text
    for mark in classifier._NON_WORD_MARKS:
        blanked = blanked.replace(mark, " ")
    assert blanked.isascii() is False  # "é" stays: such a block keeps the regex
    assert classifier._WORD.findall(blanked) == classifier._WORD.findall(text)


def test_widget_patterns_find_in_lower_cased_ascii_what_they_find_ignoring_case():
    import random

    for _, _, _, pattern in classifier._WIDGETS:
        literal = re.sub(r"\\.", "", pattern.pattern)  # escapes such as \W, \b aside
        assert literal == literal.lower(), "the twin needs a pattern written in lower case"
        assert not set("\u017f\u0131\u212a\u212b") & set(literal)  # no partner of an ASCII letter's case fold
    samples = ["Share", "SHARE THIS ARTICLE", "Tweet", "Share on Facebook", "FACEBOOK TWITTER E-MAIL",
               "Facebook, Twitter, WhatsApp", "Print | Mail", "Subscribe", "SIGN UP NOW", "Sign-up",
               "Newsletter", "Jetzt ABONNIEREN", "Inscrivez-vous", "Suscribete", "Inscribete aqui", "Assine ja",
               "Iscriviti", "Aanmelden", "Enter your E-mail", "your inbox", "Email address", "ADRESSE E-MAIL",
               "We use cookies to improve", "Accept all COOKIES", "Cookie Policy", "GDPR", "rgpd notice",
               "Wir verwenden Cookies", "Utilizamos cookies", "Share of the vote fell", "subscribers only",
               "A story about cookies and milk", "assined", "", " ", "!!!"]
    rng = random.Random(6)
    samples += ["".join(c.upper() if rng.random() < 0.5 else c for c in s) for s in samples]
    samples += ["".join(rng.choice("sharetwinup ,.-!|:@ESIGNCOKdr") for _ in range(rng.randint(0, 40)))
                for _ in range(2000)]
    for text in samples:
        for _, _, _, pattern in classifier._WIDGETS:
            cased = classifier._CASED[pattern]
            assert bool(pattern.search(text)) == bool(cased.search(text.lower())), (pattern.pattern[:30], text)


def test_a_list_of_news_items_may_carry_more_link_text_than_a_menu():
    # Both blocks are long multi-line prose with about half their text in links; in the first, one
    # linked headline opens each line (few, long words), in the second most words of each line are
    # link. Only the second reads as links (MAX_LINK_DENSITY_LIST versus MAX_LINK_DENSITY).
    items = "\n".join(f"{i}. [Councillors recommend extraordinary infrastructure investments](/a/{i}) "
                      "and it is to be in the city by the end of the year" for i in range(1, 4))
    menu = "\n".join(f"{i}. [It is to be in the city by the end of the year and](/b/{i}) councillors "
                     "recommend extraordinary infrastructure" for i in range(1, 4))
    page = "\n\n".join(["[Home](/) [News](/news)", "* [One](/1)\n* [Two](/2)", items, menu]) + "\n"
    units, _ = classifier.analyse(page, language="en")
    by_text = {u.text[:12]: u for u in units}
    news, links = by_text["Councillors "], by_text["It is to be "]
    for u in (news, links):
        assert classifier.MAX_LINK_DENSITY < u.link_density <= classifier.MAX_LINK_DENSITY_LIST, u.link_density
        assert classifier._long_prose(u.length, u.stopword_share, u.lines)
    assert news.link_lines == 0.0 and news.cf == "good"
    assert links.link_lines == 1.0 and links.cf == "bad-links"
