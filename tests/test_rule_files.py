"""Rule files are validated when loaded, with messages naming file, line, rule id and field;
they are data (no tags); a catastrophic regex is stopped by the time limit."""

from __future__ import annotations

import textwrap

import pytest

from cleaner import Cleaner, Options, RuleFileError, load_rulebook

GOOD_RULE = """\
  - id: {id}
    kind: line
    category: junk
    description: test rule
    pattern: '{pattern}'
    examples:
      remove: ['xyz']
"""


def _write(tmp_path, body: str, name: str = "r.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def _problems(tmp_path, body: str) -> list[str]:
    path = _write(tmp_path, body)
    with pytest.raises(RuleFileError) as info:
        load_rulebook([path], defaults=False)
    return info.value.problems


@pytest.mark.parametrize(
    "body, where, words",
    [
        ("scope: generic\nrules:\n  - id: a\n    kind: [unclosed\n", "r.yaml:5", "YAML error"),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x") + "    colour: red\n",
            "r.yaml:10: rule 'a': field 'colour'",
            "unknown key",
        ),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x") + "    max_length: long\n",
            "r.yaml:10: rule 'a': field 'max_length'",
            "must be a number",
        ),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="(unclosed"),
            "r.yaml:7: rule 'a': field 'pattern'",
            "bad regular expression",
        ),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x?"),
            "r.yaml:7: rule 'a': field 'pattern'",
            "matches the empty string",
        ),
        (  # a newcomer's trial: told to give the replacement it had given
            "scope: generic\nrules:\n"
            + GOOD_RULE.format(id="a", pattern="x")
            + "    remove: match\n    action: replace\n    replacement: ''\n",
            "r.yaml:12: rule 'a': field 'replacement'",
            "is empty: to remove what the pattern matches, leave out 'action' and 'replacement'",
        ),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern=".+"),
            "r.yaml:7: rule 'a': field 'pattern'",
            "matches any text",
        ),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x") + GOOD_RULE.format(id="a", pattern="y"),
            "r.yaml:10: rule 'a': field 'id'",
            "duplicate id",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: line\n    category: junk\n    pattern: x\n",
            "rule 'a': field 'description'",
            "required key is missing",
        ),
        ("scope: generic\nrules:\n  - id: a\n    kind: regexp\n", "r.yaml:4: rule 'a': field 'kind'", "must be one of"),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x").replace("junk", "jnuk"),
            "r.yaml:5: rule 'a': field 'category'",
            "unknown category",
        ),
        ("scope: generic\nrules:\n  - id: a\n    id: b\n", "r.yaml", "duplicate key"),
        ("scope: generic\nrules:\n  - !!python/object/apply:os.system ['echo hi']\n", "r.yaml:3", "tags"),
        ("scope: {sites: [not a domain]}\nrules: []\n", "r.yaml:1: field 'scope.sites'", "not a domain"),
        (
            "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x") + "    max_matches: 0\n",
            "r.yaml:10: rule 'a': field 'max_matches'",
            "at least 1",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: range\n    category: junk\n    description: d\n    start: x\n"
            "    max_matches: 2\n    examples:\n      remove: ['x']\n",
            "r.yaml:8: rule 'a': field 'max_matches'",
            "only for 'line', 'lines', 'block' and 'anchor'",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: lines\n    category: navigation\n    description: d\n"
            "    lines: []\n    examples:\n      remove: ['x']\n",
            "r.yaml:7: rule 'a': field 'lines'",
            "non-empty list of lines",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: lines\n    category: navigation\n    description: d\n"
            "    lines: [Home, News, Home]\n    examples:\n      remove: ['Home']\n",
            "rule 'a': field 'lines[2]'",
            "listed twice",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: lines\n    category: navigation\n    description: d\n"
            "    lines: [Home, ' News']\n    examples:\n      remove: ['Home']\n",
            "rule 'a': field 'lines[1]'",
            "without spaces around it",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: lines\n    category: navigation\n    description: d\n"
            "    lines: [Home]\n    min_run: 0\n    examples:\n      remove: ['Home']\n",
            "rule 'a': field 'min_run'",
            "at least 1",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: line\n    category: comments\n    description: d\n"
            "    pattern: 'Comments'\n    except_page_types: [forums]\n    examples:\n      remove: ['Comments']\n",
            "rule 'a': field 'except_page_types'",
            "no such page type 'forums'",
        ),
        (
            "scope: generic\nrules:\n  - id: a\n    kind: line\n    category: comments\n    description: d\n"
            "    pattern: 'Comments'\n    examples:\n      remove: ['Comments']\n"
            "      keep: [{text: 'No comments', page_type: thread}]\n",
            "rule 'a': field 'examples.keep[0].page_type'",
            "one of article, collection",
        ),
    ],
)
def test_malformed_rule_file_is_reported_precisely(tmp_path, body, where, words):
    problems = _problems(tmp_path, body)
    assert any(where in p and words in p for p in problems), problems


def test_rule_file_that_is_not_utf8_is_a_rule_file_error(tmp_path):
    # Read with replacement characters, a Latin-1 byte in a pattern would silently become
    # U+FFFD and the rule would match something else than its author wrote.
    path = tmp_path / "latin1.yaml"
    path.write_bytes(("scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="caf\xe9")).encode("latin-1"))
    with pytest.raises(RuleFileError) as info:
        load_rulebook([path], defaults=False)
    assert info.value.problems == ["latin1.yaml:7: not UTF-8 text (byte 0xe9); save the rule file as UTF-8"]


def test_yaml_1_2_keeps_no_as_a_string(tmp_path):
    path = _write(
        tmp_path, "scope: generic\nrules:\n" + GOOD_RULE.format(id="a", pattern="x") + "    languages: [no, de]\n"
    )
    book = load_rulebook([path], defaults=False)
    assert book.rules[0].languages == ("no", "de")


def test_problems_in_several_files_are_all_reported(tmp_path):
    (tmp_path / "one.yaml").write_text("scope: generic\nrules: [1]\n")
    (tmp_path / "two.yaml").write_text("scope: nowhere\nrules: []\n")
    with pytest.raises(RuleFileError) as info:
        load_rulebook([tmp_path], defaults=False)
    text = "\n".join(info.value.problems)
    assert "one.yaml" in text and "two.yaml" in text


def test_catastrophic_regex_times_out_and_the_document_is_still_cleaned(tmp_path):
    path = _write(
        tmp_path,
        """\
        scope: generic
        rules:
          - id: catastrophic
            kind: block
            category: junk
            description: backtracks exponentially on a run of a's
            pattern: '^(a|aa)+$'
            examples:
              remove: ['aa']
        """,
    )
    book = load_rulebook([path])
    cleaner = Cleaner(book, Options(regex_timeout=0.2))
    text = "a" * 40 + "b\n\nCopyright © 2020 Example Ltd. All rights reserved.\n\nBody text stays here.\n"
    result = cleaner.clean(text)
    assert [e.rule for e in result.rule_errors] == ["catastrophic"]
    assert "timed out" in result.rule_errors[0].message
    assert "Copyright" not in result.text and "Body text stays here." in result.text


def test_site_file_applies_only_to_its_site(tmp_path):
    path = _write(
        tmp_path,
        """\
        scope:
          sites: [example.org]
        rules:
          - id: example.org/kicker
            kind: block
            category: navigation
            description: the site's kicker line
            match: full
            literal: Read more from Example
            examples:
              remove: [Read more from Example]
        """,
    )
    book = load_rulebook([path])
    cleaner = Cleaner(book)
    text = "Body paragraph one is here and long enough.\n\nRead more from Example\n"
    assert "Read more" not in cleaner.clean(text, url="https://news.example.org/a").text
    assert "Read more" in cleaner.clean(text, url="https://other.org/a").text
    assert "Read more" not in cleaner.clean(text, path="scrape/www.example.org/a.txt").text


def test_missing_shipped_rules_are_an_error_not_an_empty_rulebook(tmp_path, monkeypatch):
    """An install without its rule files would keep every copyright line and say nothing."""
    from typer.testing import CliRunner

    from cleaner.cli import app
    from cleaner.rules import book

    monkeypatch.setenv("CLEANER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(book, "DEFAULT_RULES_DIR", tmp_path / "gone")
    with pytest.raises(RuleFileError, match="shipped rule files are missing"):
        load_rulebook()
    res = CliRunner().invoke(app, ["clean", "-"], input="Copyright 2019 The Daily Planet. All rights reserved.\n")
    assert res.exit_code == 2 and "shipped rule files are missing" in res.output
    (tmp_path / "empty").mkdir()
    monkeypatch.setattr(book, "DEFAULT_RULES_DIR", tmp_path / "empty")
    with pytest.raises(RuleFileError, match="holds no rule files"):
        load_rulebook()
    assert load_rulebook(defaults=False).rules == []  # asked for no shipped rules: no error


def test_the_python_api_reads_the_shipped_rules_once_per_process(monkeypatch):
    """clean_text() in a loop, or a Cleaner() per document, must not read and validate every
    shipped YAML file again on each call (ten times the cost of cleaning a page); the rules
    are read again only where the shipped folder is another."""
    from cleaner import clean_text
    from cleaner.rules import book

    reads = []
    real = book.load_rulebook
    monkeypatch.setattr(book, "load_rulebook", lambda *a, **k: reads.append(1) or real(*a, **k))
    book._shipped_at.cache_clear()
    try:
        text = "A short article about the harbour.\n\nCopyright 2019 The Daily Planet. All rights reserved.\n"
        first, second = clean_text(text), clean_text(text)
        assert first.text == second.text == "A short article about the harbour.\n"
        assert Cleaner().rulebook is Cleaner().rulebook
        assert len(reads) == 1
        # a test (or a tool) that points the shipped folder elsewhere gets that folder's rules
        monkeypatch.setattr(book, "DEFAULT_RULES_DIR", None)
        with pytest.raises(RuleFileError, match="shipped rule files are missing"):
            Cleaner()
    finally:
        book._shipped_at.cache_clear()


def test_shipped_rules_are_named_as_in_the_repository():
    """Logs name rules/sites/x.yaml whether the files come from the checkout or a wheel."""
    names = {f.name for f in load_rulebook().files}
    assert "rules/sites/wsws.org.yaml" in names and "rules/generic/copyright.yaml" in names


def test_rules_check_reports_every_problem_in_one_round(tmp_path):
    """A duplicate id, a bad kind, a missing key and an unknown key, in two files: all at
    once, not one more each time the previous ones are fixed."""
    from typer.testing import CliRunner

    from cleaner.cli import app

    _write(
        tmp_path,
        "scope: generic\nrules:\n"
        + GOOD_RULE.format(id="a", pattern="x")
        + "    colour: red\n"
        + "  - id: b\n    kind: regexp\n    category: junk\n",
        "one.yaml",
    )
    _write(
        tmp_path,
        "scope: generic\nrules:\n"
        + GOOD_RULE.format(id="a", pattern="y")
        + GOOD_RULE.format(id="c", pattern="z").replace("      remove: ['xyz']\n", "      keep: ['xyz']\n"),
        "two.yaml",
    )
    res = CliRunner().invoke(app, ["rules", "check", "--no-default-rules", str(tmp_path)])
    assert res.exit_code == 2
    for problem in (
        "one.yaml:10: rule 'a': field 'colour': unknown key",
        "one.yaml:12: rule 'b': field 'kind': must be one of",
        "one.yaml:11: rule 'b': field 'description': required key is missing",
        "one.yaml:11: rule 'b': field 'examples': required key is missing",
        "two.yaml:3: rule 'a': field 'id': duplicate id, already defined in one.yaml:3",
        "two.yaml:15: rule 'c': field 'examples': needs at least one 'remove' example",
    ):
        assert problem in res.output, res.output
    assert "6 problem(s) in rule files" in res.output


def test_rules_check_reports_ids_the_shipped_rules_already_use(tmp_path):
    """'rules check' accepts what 'clean --rules' will: an id the shipped rules use is a problem."""
    from typer.testing import CliRunner

    from cleaner.cli import app

    path = _write(tmp_path, "scope: generic\nrules:\n" + GOOD_RULE.format(id="copyright-line", pattern="x"))
    res = CliRunner().invoke(app, ["rules", "check", str(path)])
    assert res.exit_code == 2 and "r.yaml:3: rule 'copyright-line': field 'id': duplicate id" in res.output
    res = CliRunner().invoke(app, ["rules", "check", "--no-default-rules", str(path)])
    assert res.exit_code == 0 and "ok: 1 rule in 1 file" in res.output


def test_a_rule_file_given_twice_is_loaded_once():
    """'rules check rules/' and '--rules rules/sites/x.yaml' name files the shipped rules load already."""
    from conftest import ROOT

    assert len(load_rulebook([ROOT / "rules" / "sites" / "wsws.org.yaml"]).files) == len(load_rulebook().files)
    assert len(load_rulebook([ROOT / "rules"], defaults=False).rules) == len(load_rulebook().rules)


def test_max_matches_keeps_a_label_that_recurs_down_the_page(tmp_path):
    """A rule that would match more than ``max_matches`` lines, blocks or anchors in a
    document takes nothing there; anchors hidden in an earlier anchor's window count."""
    path = _write(
        tmp_path,
        """\
        scope: generic
        rules:
          - id: dateline
            kind: line
            category: metadata
            description: a dateline
            match: full
            max_matches: 2
            pattern: 'Posted \\d+ May'
            examples:
              remove: ['Posted 3 May']
          - id: replies
            kind: anchor
            category: comments
            description: a replies heading and all after it
            match: full
            max_matches: 2
            pattern: 'Replies'
            after: {blocks: all}
            examples:
              remove: ['Replies']
        """,
    )
    cleaner = Cleaner(load_rulebook([path], defaults=False), Options(judge=False, detect_language=False))
    article = "Posted 3 May\n\nThe body of the article, long enough to be one.\n\nReplies\n\nNice piece.\n"
    assert cleaner.clean(article).text == "The body of the article, long enough to be one.\n"
    thread = "".join(f"Posted {d} May\n\nPost number {d} of the thread.\n\nReplies\n\n" for d in (3, 4, 5))
    assert cleaner.clean(thread).text == thread.strip() + "\n"


LINES_RULE = """\
scope: {sites: [shop.example]}
rules:
  - id: shop.example/menu
    kind: lines
    category: navigation
    description: the shop's top menu
    min_run: 3
    lines: [Home, Accessories, Laptops, Deals, Sign in]
    examples:
      remove: ["Home\\nAccessories\\nLaptops"]
      keep: ["Accessories"]
"""


def test_lines_rule_takes_runs_of_listed_lines_and_leaves_one_alone(tmp_path):
    """A ``lines`` rule removes whole listed lines in runs of ``min_run`` (its block when
    every line of it is listed); the same word alone in the article, or inside a longer
    line, stays; each removal is an edit with the rule's id."""
    book = load_rulebook([_write(tmp_path, LINES_RULE)], defaults=False)
    text = (
        "Home\nAccessories\n  Laptops\n\nDeals\nSign in\nToday's top story\n\n"
        "Accessories\n\nThe best accessories for laptops this year are cheaper than ever, and sold everywhere.\n\n"
        "Deals\n"
    )
    result = Cleaner(book, Options(judge=False)).clean(text, url="https://shop.example/a")
    assert result.text == (
        "Today's top story\n\nAccessories\n\n"
        "The best accessories for laptops this year are cheaper than ever, and sold everywhere.\n\nDeals\n"
    )
    assert {e.rule for e in result.edits if e.category == "navigation"} == {"shop.example/menu"}
    reasons = [e.reason for e in result.edits if e.rule == "shop.example/menu"]
    assert reasons[0].startswith("the shop's top menu (3 listed line(s) from 'Home'")
    other = Cleaner(book, Options(judge=False)).clean(text, url="https://other.example/a")
    assert "Home" in other.text  # a site's rule, for that site only


def test_full_pattern_opening_never_changes_a_match():
    """Lines are refused by a full pattern's literal opening (or its opening digit or
    upper-case letter) before any regex call: the answer is always the regex's own."""
    from cleaner.rules.patterns import Budget, Pattern

    sources = [
        r"Publication\ date:\s+\d+",
        r"By\s+\p{Lu}\w+",
        r"ab?c",
        r"abc|xbc",
        r"x[|]y|zz",
        r"Read\ our(?:\s+full)?\ review",
        r"a{2}b",
        r"©\s+\d+",
        r"ab(?i:c)d",
        r"a\.b",
        r"\d+\.\s+\p{Lu}\w*",
        r"\p{Lu}\w+\s+says:",
        r"\d*x",
    ]
    texts = [
        "Publication date: 12",
        "Publication  date: 12",
        "By Maria",
        "ac",
        "abc",
        "xbc",
        "zz",
        "x|y",
        "aab",
        "Read our full review",
        "12. Émile",
        "١٢. Émile",
        "Ωmega says:",
        "ωmega says:",
        "x",
        "3x",
        "Read our review",
        "© 2024",
        "abCd",
        "abcd",
        "a.b",
        "axb",
        "",
        "b",
    ]
    for source in sources:
        for literal in (False, True):
            p = Pattern(source, full=True, literal=literal)
            for text in texts:
                assert bool(p.match(text, Budget(1.0))) == bool(p.compiled.fullmatch(text)), (source, text)
    assert Pattern(r"Publication\ date:\s+\d+", full=True).prefix == "Publication date:"
    assert Pattern("Skip to content", full=True, literal=True).prefix == "Skip to content"
    assert Pattern(r"abc|xbc", full=True).prefix == ""
    assert Pattern(r"\p{Lu}\w+", full=True).opening is not None and Pattern(r"\d*x", full=True).opening is None


EXCEPT_FORUM = """\
scope: generic
rules:
  - id: replies
    kind: anchor
    category: comments
    description: a comments heading and all after it, except on a forum thread
    match: full
    pattern: 'Comments'
    after: {blocks: all}
    except_page_types: [forum]
    examples:
      remove: ['Comments']
      keep: [{page_type: forum, text: "Comments"}]
"""

THREAD = (
    "Is the plugin directory going away when the hosted service closes?\n\n"
    "Comments\n\n"
    "The announcement says the directory stays read-only until the end of the year.\n\n"
    "We moved our plugins to a public repository last month.\n"
)


def test_except_page_types_keeps_the_rule_off_pages_of_that_type(tmp_path):
    """A rule with ``except_page_types`` does not run on a page of that type (as the judge
    names it, ``Document.page_type``); on any other type, or without a type, it runs."""
    from cleaner.document import Document

    book = load_rulebook([_write(tmp_path, EXCEPT_FORUM)], defaults=False)
    options = Options(judge=False, detect_language=False)
    cleaner = Cleaner(book, options)
    question = THREAD.split("\n\n")[0] + "\n"
    for page_type, want in ((None, question), ("article", question), ("forum", THREAD)):
        doc = Document(THREAD, form="text", options=options, rulebook=book)
        doc.page_type = page_type
        assert cleaner.run(doc).text == want, page_type


FORUM_THREAD_MD = "\n".join(
    [
        "[Community forum](/)",
        "",
        "  * [Categories](/categories)",
        "  * [Discussions](/discussions)",
        "  * [Sign in](/entry/signin)",
        "",
        "# Is the plugin directory going away when the hosted service closes?",
        "",
        "[maria_k](/profile/maria_k) · [March 2025](/discussion/comment/1001/#Comment_1001)",
        "",
        (
            "We rely on three plugins from the directory for our support site, and the "
            "announcement does not say what happens to them. Should we mirror them now, or will "
            "the old download links keep working after the hosted service closes?"
        ),
        "",
        "Comments",
        "",
        "[tomasz](/profile/tomasz) · [March 2025](/discussion/comment/1002/#Comment_1002)",
        "",
        (
            "The announcement says the directory stays read-only until the end of the year, so "
            "mirror what you need before then and keep the licences with the copies."
        ),
        "",
        "[ruth.b](/profile/ruth.b) · [March 2025](/discussion/comment/1003/#Comment_1003)",
        "",
        (
            "We moved our plugins to a public repository last month; the install steps are in its "
            "README, and nothing changed for our users."
        ),
        "",
        "[maria_k](/profile/maria_k) · [April 2025](/discussion/comment/1004/#Comment_1004)",
        "",
        "Thanks both, we have mirrored the three plugins and updated our install guide.",
        "",
        "[Sign in or register to comment.](/entry/signin)",
        "",
        "  * [Powered by Vanilla](https://vanillaforums.com)",
        "  * [Privacy](/privacy)",
        "",
    ]
)


def test_the_judge_names_the_page_type_that_the_rules_read():
    """The judge step sets the page's likeliest type before the generic rules run: a forum
    thread's markdown (its URL a discussion's) reads as a forum; without the judge, no type."""
    from cleaner.document import Document
    from cleaner.pipeline import shipped_rulebook

    text = FORUM_THREAD_MD
    url = "https://forum.example.org/discussion/1001/is-the-plugin-directory-going-away"
    for judge, want in ((True, "forum"), (False, None)):
        options = Options(judge=judge, detect_language=False)
        doc = Document(text, form="markdown", options=options, rulebook=shipped_rulebook(), url=url)
        Cleaner(doc.rulebook, options).run(doc, until="rules")
        assert doc.page_type == want


# Article pages as html2text writes them (an image, then its caption on the next line, or
# the caption in italics) and as plain text, with the captions news sites print: the
# credit ends the caption's line. The sentences that name an agency or a photo are article.
CAPTIONED_PAGES = {
    "en-markdown": (
        "# Storm floods coastal towns\n\n"
        "Heavy rain swept across the coast on Tuesday, flooding dozens of towns and forcing thousands of "
        "residents to leave their homes as rivers rose faster than forecasters had expected.\n\n"
        "![Police at a flooded street](https://news.example/img/1.jpg)\n\n"
        "Police at the scene on Tuesday. Photo: Jane Doe/Reuters\n\n"
        "Reuters reported on Tuesday that the regional government had asked the army for help with the "
        "evacuation of two hospitals and a care home.\n\n"
        "![Rescue boat](https://news.example/img/2.jpg)\n\n"
        "A rescue boat carries residents through a flooded street. AP Photo/Evan Vucci\n\n"
        "AFP said the toll had risen to twelve by nightfall, most of them people caught in their cars on "
        "roads that flooded within minutes.\n\n"
        "*Volunteers fill sandbags outside the town hall. © AFP*\n\n"
        "The photo shows how quickly the river rose: within an hour the water had reached the windows "
        "of the ground floors along the quay.\n\n"
        "![Minister](https://news.example/img/3.jpg)\n\n"
        "EPA-EFE/JOHN SMITH\n\n"
        "Getty Images, which licenses news pictures to publishers around the world, said its "
        "photographers had been among the first to reach the valley.\n",
        [
            "Photo: Jane Doe/Reuters",
            "AP Photo/Evan Vucci",
            "© AFP",
            "EPA-EFE/JOHN SMITH",
        ],
        ["Reuters reported on Tuesday", "AFP said the toll", "The photo shows", "Getty Images, which licenses"],
    ),
    "de-text": (
        "Starker Regen hat am Dienstag in weiten Teilen Bayerns zu Überschwemmungen geführt. Tausende "
        "Menschen mussten ihre Häuser verlassen, weil die Flüsse schneller stiegen als erwartet.\n\n"
        "Einsatzkräfte der Feuerwehr sichern ein überflutetes Wohngebiet in Passau. (Foto: dpa)\n\n"
        "Wie die Nachrichtenagentur dpa berichtete, hat die Landesregierung die Bundeswehr um Hilfe bei "
        "der Räumung zweier Krankenhäuser gebeten.\n\n"
        "Die Altstadt von Passau am Dienstagmorgen. Bild: Keystone\n\n"
        "Der Ministerpräsident versprach einen Hilfsfonds für die am stärksten betroffenen Gemeinden "
        "und kündigte an, den Hochwasserschutz vor dem Frühjahr zu überprüfen.\n",
        ["(Foto: dpa)", "Bild: Keystone"],
        ["Wie die Nachrichtenagentur dpa berichtete", "Der Ministerpräsident versprach"],
    ),
    "ja-markdown": (
        "# 九州で記録的大雨　数千人が避難\n\n"
        "火曜日、九州地方の沿岸部で記録的な大雨となり、数十の町で浸水被害が発生し、数千人の住民が避難を余儀なくされた。\n\n"
        "![救助隊](https://news.example/img/ja.jpg)\n\n"
        "浸水した住宅街で住民を救助する消防隊員。写真：共同通信\n\n"
        "共同通信によると、県は自衛隊に対し、二つの病院の患者の移送への協力を要請した。\n\n"
        "知事は被害の大きかった町への支援基金を設ける考えを示し、春までに堤防などの治水施設を点検すると述べた。\n",
        ["写真：共同通信"],
        ["共同通信によると", "知事は被害の大きかった町"],
    ),
    "zh-text": (
        "华南暴雨引发洪水 数千居民紧急转移\n\n"
        "周二，华南沿海地区遭遇强降雨，数十个乡镇被洪水淹没，数千名居民被迫离开家园。\n\n"
        "救援人员在被淹的街道上转移居民。图片来源：新华社\n\n"
        "据新华社报道，当地政府已请求部队协助转移两家医院的病人。\n\n"
        "志愿者在镇政府门前装填沙袋。（新华社记者 李四 摄）\n\n"
        "记者在现场看到，救援人员正在转移被困的居民，省长承诺设立救灾基金。\n",
        ["图片来源：新华社", "新华社记者 李四 摄"],
        ["据新华社报道", "记者在现场看到"],
    ),
}


@pytest.mark.parametrize("name", sorted(CAPTIONED_PAGES))
def test_photo_credit_caption_takes_credited_captions_and_keeps_sentences_naming_agencies(name):
    page, captions, sentences = CAPTIONED_PAGES[name]
    result = Cleaner(options=Options()).clean(page, path=f"page.{'md' if 'markdown' in name else 'txt'}")
    for caption in captions:
        assert caption not in result.text, caption
    for sentence in sentences:
        assert sentence in result.text, sentence
    taken = [e for e in result.edits if e.rule == "photo-credit-caption"]
    assert len(taken) == len(captions)
