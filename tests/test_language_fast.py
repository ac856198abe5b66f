"""The fast detector gives exactly langdetect's answer: same languages, same float bits.

cleaner/langdetect_fast.py replaces langdetect's per-character and per-language loops;
these tests run langdetect's own ``Detector`` and the ``FastDetector`` side by side on the
same text, seed and number of trials and compare the full ``get_probabilities()`` lists
(and, to point at the step that went wrong, the prepared text and the n-gram list). Texts:
every fixture, multilingual sentences written for the corner cases of langdetect's
normalisation, the benchmark pages when ../shared is present, and generated text.
"""

from __future__ import annotations

import random
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langdetect.detector import Detector
from langdetect.lang_detect_exception import LangDetectException
from langdetect.utils.ngram import NGram

from cleaner import language
from cleaner.langdetect_fast import FastDetector, NormalizeTable, load_factory
from cleaner.view import View, block_texts

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench" / "data" / "scrapinghub" / "markdown"


def _factory():
    return language._init()  # loads langdetect's profiles once, seed 0


def _run(cls, text: str, n_trial: int, seed=None, alpha=None, prior=None):
    detector = cls(_factory())
    detector.n_trial = n_trial
    if seed is not None:
        detector.seed = seed
    if alpha is not None:
        detector.set_alpha(alpha)
    if prior is not None:
        detector.set_prior_map(prior)
    detector.append(text)
    prepared = detector.text
    try:
        result = [(lang.lang, lang.prob) for lang in detector.get_probabilities()]
    except LangDetectException as exc:
        result = ("error", exc.get_code())
    return prepared, detector.text, result


def assert_same(text: str, n_trial: int = language.TRIALS, **kw) -> None:
    ref = _run(Detector, text, n_trial, **kw)
    fast = _run(FastDetector, text, n_trial, **kw)
    assert fast[0] == ref[0], "append() prepared another text"
    assert fast[1] == ref[1], "cleaning_text() left another text"
    assert _bits(fast[2]) == _bits(ref[2]), f"probabilities differ for {text[:80]!r}"


def _bits(result):
    """The result with each probability as its exact float (hex), to compare bit for bit."""
    if isinstance(result, tuple):  # ("error", code)
        return result
    return [(lang, prob.hex()) for lang, prob in result]


def assert_same_ngrams(text: str) -> None:
    ref, fast = Detector(_factory()), FastDetector(_factory())
    for d in (ref, fast):
        d.append(text)
        d.cleaning_text()
    assert fast._extract_ngrams() == ref._extract_ngrams()


SENTENCES = [
    "The quick brown fox jumps over the lazy dog while the government announced new taxes.",
    "Die Bundesregierung hat am Mittwoch neue Maßnahmen gegen die Inflation beschlossen.",
    "Le gouvernement français a présenté mercredi un projet de loi sur les retraites.",
    "El presidente del Gobierno anunció ayer una reforma de las pensiones en España.",
    "O governo português aprovou hoje o orçamento do Estado para o próximo ano.",
    "Il governo italiano ha approvato la legge di bilancio dopo un lungo dibattito.",
    "De Nederlandse regering heeft dinsdag nieuwe maatregelen tegen de woningnood aangekondigd.",
    "Rząd przyjął we wtorek projekt ustawy o podatku dochodowym od osób fizycznych.",
    "Vláda ve středu schválila návrh zákona o státním rozpočtu na příští rok.",
    # Romanian with comma-below ș ț (normalised to cedilla) and with cedilla ş ţ
    "Guvernul a aprobat astăzi ordonanța privind înființarea și funcționarea școlilor.",
    "Guvernul a aprobat astăzi ordonanţa privind înfiinţarea şi funcţionarea şcolilor.",
    "Hükümet çarşamba günü yeni ekonomik önlemleri açıkladı ve vergileri düşürdü.",
    # Vietnamese precomposed, and decomposed (letter + combining mark U+0300..U+0323)
    "Chính phủ Việt Nam đã thông qua nghị quyết về phát triển kinh tế xã hội.",
    unicodedata.normalize("NFD", "Chính phủ Việt Nam đã thông qua nghị quyết về phát triển kinh tế."),
    "Ệ Ố Ử ệ ố ử ặ ẫ ậ ẹ ẻ ẽ ị ọ ỏ ộ ớ ờ ở ỡ ợ ụ ủ ứ ừ ữ ự ỳ ỵ ỷ ỹ",  # all Latin Ext. Additional
    "Правительство России в среду объявило о новых мерах поддержки экономики.",
    "Уряд України ухвалив рішення про підвищення мінімальної заробітної плати.",
    "Правителството одобри бюджета за следващата година след дълъг дебат.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα για την οικονομία την Τετάρτη.",
    "أعلنت الحكومة يوم الأربعاء عن إجراءات جديدة لدعم الاقتصاد الوطني.",
    "دولت ایران روز چهارشنبه بودجه سال آینده را به مجلس ارائه کرد و یی",  # Farsi yeh
    "הממשלה הודיעה ביום רביעי על צעדים חדשים לתמיכה בכלכלה.",
    "सरकार ने बुधवार को अर्थव्यवस्था के लिए नए उपायों की घोषणा की।",
    "সরকার বুধবার অর্থনীতির জন্য নতুন পদক্ষেপ ঘোষণা করেছে।",
    "รัฐบาลประกาศมาตรการใหม่เพื่อสนับสนุนเศรษฐกิจในวันพุธ",
    "中国政府周三宣布了支持经济发展的新措施，包括减税和增加基础设施投资。",
    "中華民國政府週三宣布了支持經濟發展的新措施，包括減稅和增加基礎建設投資。",
    "日本政府は水曜日、経済を支援するための新しい対策を発表した。カタカナもテストする。",
    "한국 정부는 수요일 경제를 지원하기 위한 새로운 대책을 발표했다.",
    "ㄅㄆㄇㄈ ㆠㆡㆢ 注音符號",  # Bopomofo and Bopomofo Extended
    # mostly CJK with some Latin: cleaning_text drops the Latin letters
    "新华社北京电 iPhone 和 Android 手机的销售额在中国市场继续增长，专家表示。",
    "Москва Moscow Кремль Kremlin президент president",
    # capital words, URLs, e-mail addresses
    "BREAKING NEWS: THE GOVERNMENT ANNOUNCED NEW TAXES TODAY, SAYS NASA AND THE EU.",
    "NASA and the EU said the USA's GDP grew. OK? iPhone eBay McDonald's O'Neil X-Men",
    "Visit https://example.com/path?query=1&b=2#frag or http://a.b/c for more, or write "
    "to john.doe@example.org and jane_doe-99@mail.example.co.uk today.",
    "See www.example.com and ftp://files.example.net/pub, user@localhost mail.",
    # punctuation, digits, spacing, symbols
    "12345 678 90",
    "",
    "   ",
    "!!! ... --- ??? ;;; ***",
    "a",
    "I",
    "  leading spaces and trailing spaces  ",
    "ends without space",
    "ends with space ",
    "multiple     spaces\tand\ttabs\nand\nnewlines\r\nand CRLF",
    "Latin-1 letters ÀÉÎÕÜ àéîõü ß ÿ and excluded signs × ÷ ¡ ¿ « » ° ± ©",
    "General punctuation — “quoted” ‘single’ … • ‰ ′ ″ and\u00a0no-break\u2009thin space",
    "Fullwidth ＡＢＣ ａｂｃ １２３ and ideographic space\u3000here",
    "Non-BMP 𝐁𝐨𝐥𝐝 𝑖𝑡𝑎𝑙𝑖𝑐 text with emoji 😀🎉 and 𠀀𠀁 CJK Extension B",
    "Brackets [ \\ ] ^ _ ` count as Latin for langdetect",
    "ǅ ǈ ǋ titlecase and ŉ İ ı dotted letters, ﬁ ligature",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences(text):
    assert_same_ngrams(text)
    for n_trial in (1, language.TRIALS, 7):
        assert_same(text, n_trial)


def test_sentences_with_other_seeds_alpha_and_priors():
    for text in SENTENCES[:30]:
        for seed in (1, 12345):
            assert_same(text, 7, seed=seed)
        assert_same(text, 5, alpha=0.9)
        assert_same(text, 3, prior={"en": 0.5, "de": 0.3, "zh-cn": 0.2})


@pytest.mark.parametrize("alpha", [0.0, 1e-12, -1e-3, -0.5, -10.0, 0.1, 5.0, 1e6])
def test_alphas_whose_weights_can_be_negative(alpha):
    # alpha + gauss * 0.05 is below 0 for alpha near 0: negative factors, totals and
    # probabilities, where the largest quotient is the smallest value over the total
    for text in SENTENCES[:6]:
        for seed in range(5):
            assert_same(text, 7, seed=seed, alpha=alpha)


def test_all_sentences_in_one_text():
    assert_same(" ".join(SENTENCES), 7)
    assert_same_ngrams(" ".join(SENTENCES))


def test_append_twice():
    ref, fast = Detector(_factory()), FastDetector(_factory())
    for d in (ref, fast):
        d.append("first part  ")
        d.append("  second   part")
    assert fast.text == ref.text
    assert [(p.lang, p.prob.hex()) for p in fast.get_probabilities()] == [
        (p.lang, p.prob.hex()) for p in ref.get_probabilities()
    ]


def test_max_text_length_cuts_the_same_place():
    for limit in (1, 7, 50):
        ref, fast = Detector(_factory()), FastDetector(_factory())
        for d in (ref, fast):
            d.set_max_text_length(limit)
            d.append("many   spaces here and  there " * 5)
        assert fast.text == ref.text


@pytest.mark.slow
def test_profiles_computed_on_first_use_are_load_profiles_to_the_bit():
    """load_factory's lazy map against langdetect's own loading: the same languages in the same
    order, the same n-grams, and every n-gram's list of floats equal."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    ref = DetectorFactory()
    ref.load_profile(PROFILES_DIRECTORY)
    lazy = load_factory()
    assert lazy.langlist == ref.langlist and len(lazy.word_lang_prob_map) == len(ref.word_lang_prob_map)
    assert list(lazy.word_lang_prob_map) == list(ref.word_lang_prob_map)
    assert all(w in lazy.word_lang_prob_map for w in ref.word_lang_prob_map) and "qqqqq" not in lazy.word_lang_prob_map
    bad = [
        w
        for w, probs in ref.word_lang_prob_map.items()
        if [p.hex() for p in lazy.word_lang_prob_map[w]] != [p.hex() for p in probs]
    ]
    assert not bad


@pytest.mark.slow
def test_normalize_table_is_ngram_normalize_on_every_code_point():
    table = NormalizeTable()  # a table of its own: this one ends up with every character in it
    everything = "".join(chr(cp) for cp in range(0x110000))
    translated = everything.translate(table)
    bad = [hex(cp) for cp in range(0x110000) if translated[cp] != NGram.normalize(chr(cp))]
    assert not bad


def _fixture_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.is_file():
            out.append((str(path.relative_to(ROOT)), path.read_text(encoding="utf-8", errors="replace")))
    return out


FIXTURES = _fixture_texts()


@pytest.mark.parametrize("name,text", FIXTURES, ids=[n for n, _ in FIXTURES])
def test_fixtures(name, text):
    assert_same(language.sample(text))
    assert_same(text, 7)  # the whole file, as far as langdetect reads (10,000 characters)


def _bench_pages() -> list[Path]:
    return sorted(BENCH.glob("*.md")) if BENCH.is_dir() else []


@pytest.mark.skipif(not _bench_pages(), reason="../shared/bench is not present")
def test_benchmark_pages():
    rng = random.Random(6)
    for path in _bench_pages():
        text = path.read_text(encoding="utf-8", errors="replace")
        assert_same(language.sample(text))
        start = rng.randrange(max(1, len(text) - 1500))
        assert_same(text[start : start + 1500], 7)  # raw markdown: links, URLs, tables


# Characters from the blocks langdetect treats specially, and around them.
ALPHABET = st.sampled_from(
    list("aAbBzZ  eEoOiI,.!?-'0123456789\n\t@/:")
    + list("[\\]^_`ÀÉàéßÿ×÷¡«")  # Basic Latin and Latin-1 corners
    + ["\u0219", "\u021b", "\u015f", "\u0163", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    + list("ĂăƠơƯưẠạẦầỆệỲỳ")  # Vietnamese letters and Latin Extended Additional
    + list("\u2014\u201c\u2026\u00a0\u3000")
    + list("абвгдЖЗИКЛ")
    + list("αβγΔΣ")
    + ["\u06cc", "\u064a", "ب", "ت"]
    + list("あいうアイウㄅㄆㆠ中国語漢字的了是")
    + ["\uac00", "\ud55c", "\uae00"]
    + ["😀", "𝐁", "\U00020000"]
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(ALPHABET, max_size=200), st.integers(1, 7), st.integers(0, 2**31))
def test_generated_text(text, n_trial, seed):
    assert_same(text, n_trial, seed=seed)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_unicode_text(text):
    assert_same(text)
    assert_same_ngrams(text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=8), st.integers(1, 7))
def test_mixed_sentences(parts, n_trial):
    assert_same(" ".join(parts), n_trial)


# language.sample (blocks read lazily, view.block_texts) against one taken from View.blocks


def _sample_with_view(text: str, limit: int = language.SAMPLE_CHARS) -> str:
    parts, size = [], 0
    for b in View(text).blocks:
        if len(b.text) >= language.MIN_BLOCK:
            parts.append(b.text[: limit - size])
            size += len(parts[-1])
            if size >= limit:
                break
    if not parts:
        return text[:limit]
    return "\n".join(parts)


def test_sample_matches_view_blocks_on_files():
    texts = [t for _, t in FIXTURES] + [p.read_text(encoding="utf-8", errors="replace") for p in _bench_pages()]
    for text in texts:
        for limit in (40, language.SAMPLE_CHARS, 5000):
            assert language.sample(text, limit) == _sample_with_view(text, limit)


LINES = st.lists(
    st.one_of(
        st.just(""),
        st.just("   "),
        st.just("\t"),
        st.just("\u00a0\u3000"),
        st.just("\r"),
        st.text(st.sampled_from("ab \t\r\u00a0"), max_size=8),
        st.text(min_size=1, max_size=90),
    ),
    max_size=30,
)


@settings(max_examples=400, deadline=None)
@given(LINES, st.integers(1, 500))
def test_sample_matches_view_blocks_generated(lines, limit):
    text = "\n".join(lines)
    assert language.sample(text, limit) == _sample_with_view(text, limit)
    assert list(block_texts(text)) == [b.text for b in View(text).blocks]


def test_detect_is_langdetect_on_the_sample():
    for text in SENTENCES + [t for _, t in FIXTURES]:
        probe = _sample_with_view(text)
        got = language.detect(text)
        if not any(c.isalpha() for c in probe):
            assert got == (None, None)
            continue
        ref = Detector(_factory())
        ref.n_trial = language.TRIALS
        ref.append(probe)
        try:
            langs = ref.get_probabilities()
        except LangDetectException:
            langs = []
        assert got == ((langs[0].lang, round(langs[0].prob, 4)) if langs else (None, None))
