"""Citation recognizer: lossless parts, the fields read from real and made-up notes, Ibid, keys, archives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from edition.recognize.citation import (
    ArchivalReference, BiblPart, citation_key, ibid_scope, is_ibid, parse_archival_references, parse_citation,
)


def fields(parts):
    """The non-plain parts as (field, text, level or unit)."""
    return [(p.field, p.text, p.level or p.unit) for p in parts if p.field]


def assert_lossless(text, parts):
    assert parts is None or "".join(p.text for p in parts) == text


KHRUSHCHEV_TITLE = ("Khrushchev’s Secret Speech, ‘On the Cult of Personality and Its Consequences,’ Delivered at the "
                    "Twentieth Party Congress of the Communist Party of the Soviet Union")
YUDIN = ('"From the Journal of Ambassador P. F. Yudin, Record of Conversation with Mao Zedong, 31 March 1956", '
         "April 5, 1956, Wilson Center Digital Archive, Archive of Foreign Policy, Russian Federation (AVPRF), "
         "fond 0100, opis 49, papka 410, delo 9, listy 87-98; also Center for Storage of Contemporary Documentation "
         "(TsKhSD), fond 5, opis 30, delo 163, listy 88-99; see also Problemi Dalnego Vostok 5 (1994), 101-110. "
         "Translated by Mark Doctoroff. <https://wilson-center-digital-archive.dvincitest.com/document/116977>")
PROSE = ("This article was written by the Editorial Department of Renmin Ribao (People's Daily) on the basis of a "
         "discussion at an enlarged meeting of the Political Bureau of the Central Committee of the Communist Party "
         "of China. It was published in Renmin Ribao on April 5, 1956.")

# The endnotes of a real article (and a Wilson Center citation), with the fields read by hand.
REAL = [
    ("V. I. Lenin, Collected Works, Volume II, Part 2, Moscow, 1952, p 597.",
     [("author", "V. I. Lenin", None), ("title", "Collected Works", "m"), ("biblScope", "II", "volume"),
      ("biblScope", "2", "part"), ("pubPlace", "Moscow", None), ("date", "1952", None),
      ("biblScope", "597", "page")]),
    ("Nikita Khrushchev, “" + KHRUSHCHEV_TITLE + ",” Wilson Center Digital Archive, February 25, 1956, "
     "https://digitalarchive.wilsoncenter.org/document/khrushchevs-secret-speech-cult-personality-and-its-"
     "consequences-delivered-twentieth-party.",
     [("author", "Nikita Khrushchev", None), ("title", KHRUSHCHEV_TITLE, "a"),
      ("title", "Wilson Center Digital Archive", "m"), ("date", "February 25, 1956", None),
      ("url", "https://digitalarchive.wilsoncenter.org/document/khrushchevs-secret-speech-cult-personality-and-its-"
              "consequences-delivered-twentieth-party", None)]),
    ("Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations (Beijing: Social Sciences "
     "Academic Press, 2016), 141.",
     [("author", "Zhihua Shen", None), ("title", "Reviewing and Reconsidering the History of Sino-Soviet Relations",
                                        "m"),
      ("pubPlace", "Beijing", None), ("publisher", "Social Sciences Academic Press", None), ("date", "2016", None),
      ("biblScope", "141", "page")]),
    ("Khrushchev, “" + KHRUSHCHEV_TITLE + ".”",
     [("author", "Khrushchev", None), ("title", KHRUSHCHEV_TITLE, "a")]),
    ("Ibid.", []),
    ("Myron Rush, “After Khrushchev: Problems of Succession in the Soviet Union,” Studies in Comparative Communism "
     "2 no.3/4 (July/October 1969): 79-80, 85-86.",
     [("author", "Myron Rush", None), ("title", "After Khrushchev: Problems of Succession in the Soviet Union", "a"),
      ("title", "Studies in Comparative Communism", "j"), ("biblScope", "2", "volume"),
      ("biblScope", "3/4", "issue"), ("date", "July/October 1969", None), ("biblScope", "79-80, 85-86", "page")]),
    ("Anastas Ivanovich Mikoyan, Memoirs of Anastas Mikoyan: The Path of Struggle (Chicago: Sphinx Pr, 1988), 17.",
     [("author", "Anastas Ivanovich Mikoyan", None), ("title", "Memoirs of Anastas Mikoyan: The Path of Struggle", "m"),
      ("pubPlace", "Chicago", None), ("publisher", "Sphinx Pr", None), ("date", "1988", None),
      ("biblScope", "17", "page")]),
    ("Zedong Mao, Selected Works of Mao Tse-Tung Vol 5 (Beijing: People’s Press, 1977), 286.",
     [("author", "Zedong Mao", None), ("title", "Selected Works of Mao Tse-Tung", "m"), ("biblScope", "5", "volume"),
      ("pubPlace", "Beijing", None), ("publisher", "People’s Press", None), ("date", "1977", None),
      ("biblScope", "286", "page")]),
    ("Ibid, 321-322.", [("biblScope", "321-322", "page")]),
    ("People’s Press Editorial, “Rediscussing the Historical Experience of the Dictatorship of the Proletariat,” "
     "People’s Press (Beijing), December 29, 1956.",
     [("author", "People’s Press Editorial", None),
      ("title", "Rediscussing the Historical Experience of the Dictatorship of the Proletariat", "a"),
      ("title", "People’s Press", "j"), ("pubPlace", "Beijing", None), ("date", "December 29, 1956", None)]),
    ("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.",
     [("author", "Mao", None), ("title", "Selected Works of Mao Tse-Tung", "m"), ("biblScope", "5", "volume"),
      ("biblScope", "322", "page")]),
    ("Karl Marx, Frederick Engels, Communist Manifesto (Claremont: Joshua James Press, 1848), 18-22.",
     [("author", "Karl Marx", None), ("author", "Frederick Engels", None), ("title", "Communist Manifesto", "m"),
      ("pubPlace", "Claremont", None), ("publisher", "Joshua James Press", None), ("date", "1848", None),
      ("biblScope", "18-22", "page")]),
    ("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11-22.",
     [("author", "Shen", None), ("title", "Reviewing and Reconsidering the History of Sino-Soviet Relations", "m"),
      ("biblScope", "11-22", "page")]),
    ("Lengxi, Wu, Ten Years Debate: 1956-1966 (Beijing: Central Document Press, 1999), 282.",
     [("author", "Lengxi, Wu", None), ("title", "Ten Years Debate: 1956-1966", "m"), ("pubPlace", "Beijing", None),
      ("publisher", "Central Document Press", None), ("date", "1999", None), ("biblScope", "282", "page")]),
    ("People’s Press Editorial, “Reaction to Khrushchev's report,” People’s Press (Beijing), February 19, 1956.",
     [("author", "People’s Press Editorial", None), ("title", "Reaction to Khrushchev's report", "a"),
      ("title", "People’s Press", "j"), ("pubPlace", "Beijing", None), ("date", "February 19, 1956", None)]),
    ("Zedong Mao, “Speeches At The Second Session Of The Eighth Party Congress,” (Marxists Internet Archive, "
     "Beijing, 1958).",
     [("author", "Zedong Mao", None), ("title", "Speeches At The Second Session Of The Eighth Party Congress", "a"),
      ("publisher", "Marxists Internet Archive", None), ("pubPlace", "Beijing", None), ("date", "1958", None)]),
    (YUDIN,
     [("title", "From the Journal of Ambassador P. F. Yudin, Record of Conversation with Mao Zedong, 31 March 1956",
       "u"), ("date", "April 5, 1956", None), ("title", "Wilson Center Digital Archive", "m"),
      ("title", "Problemi Dalnego Vostok", "j"), ("biblScope", "5", "volume"), ("date", "1994", None),
      ("biblScope", "101-110", "page"), ("editor", "Mark Doctoroff", None),
      ("url", "https://wilson-center-digital-archive.dvincitest.com/document/116977", None)]),
]

# Made-up notes in the same styles, odd ones included.
OWN = [
    ("https://example.org/page.", [("url", "https://example.org/page", None)]),
    ("John Smith, “An Unbalanced Title, 12.",
     [("author", "John Smith", None), ("title", "An Unbalanced Title", "m"), ("biblScope", "12", "page")]),
    ('Jane Doe, "The Party and the State," Journal of Politics 12, no. 3 (1950): 45-67.',
     [("author", "Jane Doe", None), ("title", "The Party and the State", "a"), ("title", "Journal of Politics", "j"),
      ("biblScope", "12", "volume"), ("biblScope", "3", "issue"), ("date", "1950", None),
      ("biblScope", "45-67", "page")]),
    ("V. I. Lenin, What Is to Be Done? (Moscow: Foreign Languages Publishing House, 1950), pp. 12–14.",
     [("author", "V. I. Lenin", None), ("title", "What Is to Be Done?", "m"), ("pubPlace", "Moscow", None),
      ("publisher", "Foreign Languages Publishing House", None), ("date", "1950", None),
      ("biblScope", "12–14", "page")]),
    ("Karl Marx and Frederick Engels, The German Ideology (London: Lawrence & Wishart, 1965), 37.",
     [("author", "Karl Marx", None), ("author", "Frederick Engels", None), ("title", "The German Ideology", "m"),
      ("pubPlace", "London", None), ("publisher", "Lawrence & Wishart", None), ("date", "1965", None),
      ("biblScope", "37", "page")]),
    ("Wu, Lengxi, Ten Years of Debate, 45.",
     [("author", "Wu, Lengxi", None), ("title", "Ten Years of Debate", "m"), ("biblScope", "45", "page")]),
    ("(Chicago: Sphinx Pr, 1988), 17.",
     [("pubPlace", "Chicago", None), ("publisher", "Sphinx Pr", None), ("date", "1988", None),
      ("biblScope", "17", "page")]),
    ("Studies in Comparative Communism 2 no.3/4 (July/October 1969): 79-80, 85-86.",
     [("title", "Studies in Comparative Communism", "j"), ("biblScope", "2", "volume"), ("biblScope", "3/4", "issue"),
      ("date", "July/October 1969", None), ("biblScope", "79-80, 85-86", "page")]),
    ("Collected Works, Volume II, Part 2, Moscow, 1952, p 597.",
     [("title", "Collected Works", "m"), ("biblScope", "II", "volume"), ("biblScope", "2", "part"),
      ("pubPlace", "Moscow", None), ("date", "1952", None), ("biblScope", "597", "page")]),
    ("People’s Press (Beijing), December 29, 1956.",
     [("title", "People’s Press", "j"), ("pubPlace", "Beijing", None), ("date", "December 29, 1956", None)]),
    ("Shen, Reviewing Sino-Soviet Relations (Beijing: Academic Press, 2016), 1998.",
     [("author", "Shen", None), ("title", "Reviewing Sino-Soviet Relations", "m"), ("pubPlace", "Beijing", None),
      ("publisher", "Academic Press", None), ("date", "2016", None), ("biblScope", "1998", "page")]),
    ("Robert Service, Stalin: A Biography (Cambridge, MA: Harvard University Press, 2005), 123–125.",
     [("author", "Robert Service", None), ("title", "Stalin: A Biography", "m"), ("pubPlace", "Cambridge, MA", None),
      ("publisher", "Harvard University Press", None), ("date", "2005", None), ("biblScope", "123–125", "page")]),
    ("Ibid., pp. 12–14.", [("biblScope", "12–14", "page")]),
    ("Ibidem, 7.", [("biblScope", "7", "page")]),
    ("Ibid., Vol. 3, 1024.", [("biblScope", "3", "volume"), ("biblScope", "1024", "page")]),
    ("Smith, J., The Long March, 45.",
     [("author", "Smith, J.", None), ("title", "The Long March", "m"), ("biblScope", "45", "page")]),
    ("Jane Doe, ed., Documents on Soviet Policy (London: Macmillan, 1960), 3.",
     [("editor", "Jane Doe", None), ("title", "Documents on Soviet Policy", "m"), ("pubPlace", "London", None),
      ("publisher", "Macmillan", None), ("date", "1960", None), ("biblScope", "3", "page")]),
    ("John Smith et al., Cold War Studies (Oxford: Clarendon Press, 1999), 7.",
     [("author", "John Smith", None), ("title", "Cold War Studies", "m"), ("pubPlace", "Oxford", None),
      ("publisher", "Clarendon Press", None), ("date", "1999", None), ("biblScope", "7", "page")]),
    ("See Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11.",
     [("author", "Zhihua Shen", None), ("title", "Reviewing and Reconsidering the History of Sino-Soviet Relations",
                                        "m"), ("biblScope", "11", "page")]),
    ("New York Times, March 3, 1956, 4.",
     [("title", "New York Times", "m"), ("date", "March 3, 1956", None), ("biblScope", "4", "page")]),
    ("Müller, Geschichte der Sowjetunion (Berlin: Aufbau Verlag, 1990), 5.",
     [("author", "Müller", None), ("title", "Geschichte der Sowjetunion", "m"), ("pubPlace", "Berlin", None),
      ("publisher", "Aufbau Verlag", None), ("date", "1990", None), ("biblScope", "5", "page")]),
    ("Andrei Gromyko, Memories, trans. Harold Shukman (London: Hutchinson, 1989), 250-251.",
     [("author", "Andrei Gromyko", None), ("title", "Memories", "m"), ("editor", "Harold Shukman", None),
      ("pubPlace", "London", None), ("publisher", "Hutchinson", None), ("date", "1989", None),
      ("biblScope", "250-251", "page")]),
    ("Odd Arne Westad, ed., Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance (Stanford: Stanford "
     "University Press, 1998), 1024.",
     [("editor", "Odd Arne Westad", None), ("title", "Brothers in Arms: The Rise and Fall of the Sino-Soviet Alliance",
                                            "m"),
      ("pubPlace", "Stanford", None), ("publisher", "Stanford University Press", None), ("date", "1998", None),
      ("biblScope", "1024", "page")]),
    ("Vladislav Zubok, “The Soviet Union and China in the 1980s,” in The Cold War after Stalin, ed. Klaus Larres "
     "(London: Routledge, 2017), 250.",
     [("author", "Vladislav Zubok", None), ("title", "The Soviet Union and China in the 1980s", "a"),
      ("title", "The Cold War after Stalin", "m"), ("editor", "Klaus Larres", None), ("pubPlace", "London", None),
      ("publisher", "Routledge", None), ("date", "2017", None), ("biblScope", "250", "page")]),
    ("Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/116977.",
     [("title", "Wilson Center Digital Archive", "m"),
      ("url", "https://digitalarchive.wilsoncenter.org/document/116977", None)]),
    ("Tony Judt, Postwar: A History of Europe since 1945 (New York: Penguin Press, 2005), pp. 12–14.",
     [("author", "Tony Judt", None), ("title", "Postwar: A History of Europe since 1945", "m"),
      ("pubPlace", "New York", None), ("publisher", "Penguin Press", None), ("date", "2005", None),
      ("biblScope", "12–14", "page")]),
    ("Chen Jian, “The Sino-Soviet Alliance,” Cold War History 1, no. 2 (2001): 101–132.",
     [("author", "Chen Jian", None), ("title", "The Sino-Soviet Alliance", "a"), ("title", "Cold War History", "j"),
      ("biblScope", "1", "volume"), ("biblScope", "2", "issue"), ("date", "2001", None),
      ("biblScope", "101–132", "page")]),
    ("  Lorenz Lüthi, The Sino-Soviet Split (Princeton: Princeton University Press, 2008), 46.  ",
     [("author", "Lorenz Lüthi", None), ("title", "The Sino-Soviet Split", "m"), ("pubPlace", "Princeton", None),
      ("publisher", "Princeton University Press", None), ("date", "2008", None), ("biblScope", "46", "page")]),
]

NOT_CITATIONS = [
    "", "   ", "\n", PROSE, "Hello", "hello, world",
    "For a fuller discussion of the debate, the reader should consult the memoirs of participants.",
    "Mao called it “nine fingers against one” in conversation with Yudin.",
    "The author was present at the meeting and has confirmed the account.",
]


@pytest.mark.parametrize("text, expected", REAL + OWN, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_fields(text, expected):
    parts = parse_citation(text)
    assert parts is not None
    assert_lossless(text, parts)
    assert fields(parts) == expected


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_prose_and_empty_are_not_citations(text):
    assert parse_citation(text) is None


@pytest.mark.parametrize("text", [t for t, _ in REAL + OWN] + NOT_CITATIONS + [
    "“Unclosed quote and more words, 1956.", 'Doe, "Unbalanced, 5.', "Smith, Title (Unclosed paren, 1990, 5.",
    "Title)) odd (( , , ; .", "fond 5, opis", "Ibid", "ibid.,", "“”", '""', "(", "https://", "Vol 5, no. 3, p. 7.",
])
def test_lossless_and_well_formed(text):
    parts = parse_citation(text)
    assert_lossless(text, parts)
    for part in parts or []:
        assert part.text and isinstance(part, BiblPart)
        assert part.field in (None, "author", "title", "pubPlace", "publisher", "date", "biblScope", "url", "editor")
        assert (part.level is not None) == (part.field == "title")
        assert (part.unit is not None) == (part.field == "biblScope")
        assert part.level in (None, "a", "m", "j", "u") and part.unit in (None, "page", "volume", "issue", "part")
    for a, b in zip(parts or [], (parts or [])[1:]):
        assert a.field or b.field, "plain runs are merged"


@pytest.mark.parametrize("text", [t for t, _ in REAL if not t.startswith("Ibid")])
def test_marks_and_final_period_stay_plain(text):
    parts = parse_citation(text)
    for part in parts:
        if part.field == "title":
            assert part.text[0] not in "“”\"‘’" and part.text[-1] not in "“”\"‘’,."
    if text.endswith("."):
        assert parts[-1].field is None and parts[-1].text.endswith(".")


def test_quote_marks_and_inner_comma_around_article_title():
    text = REAL[1][0]
    parts = parse_citation(text)
    assert [p.text for p in parts[:4]] == ["Nikita Khrushchev", ", “", KHRUSHCHEV_TITLE, ",” "]


@pytest.mark.parametrize("text, scope", [
    ("Ibid.", None), ("Ibid", None), ("Ibid, 321-322.", "321-322"), ("Ibid., p. 5", "5"), ("ibidem", None),
    ("Ibid., pp. 12–14.", "12–14"), ("Ibid, 125.", "125"), ("IBID., 9", "9"), ("Ibidem, 7.", "7"),
])
def test_ibid(text, scope):
    assert is_ibid(text)
    assert ibid_scope(text) == scope


@pytest.mark.parametrize("text", ["Ibidfoo, 3.", "Mao, Selected Works, 5.", "", "See ibid."])
def test_not_ibid(text):
    assert not is_ibid(text) and ibid_scope(text) is None


@pytest.mark.parametrize("short, full", [
    ("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.",
     "Zedong Mao, Selected Works of Mao Tse-Tung Vol 5 (Beijing: People’s Press, 1977), 286."),
    ("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11-22.", REAL[2][0]),
    (REAL[3][0], REAL[1][0]),
])
def test_short_citation_matches_full_one(short, full):
    key = citation_key(parse_citation(short))
    assert key is not None and key == citation_key(parse_citation(full))


def test_citation_keys():
    assert citation_key(parse_citation(REAL[10][0])) == ("mao", "selected works mao tse-tung")
    assert citation_key(parse_citation("Lengxi, Wu, Ten Years Debate: 1956-1966 (Beijing: X Press, 1999), 2.")) == (
        "lengxi", "ten years debate 1956-1966")
    assert citation_key(parse_citation("Karl Marx, Frederick Engels, Communist Manifesto (A: B Press, 1848), 1.")) \
        == ("marx", "communist manifesto")
    assert citation_key(parse_citation("Ibid, 3.")) is None
    assert citation_key(parse_citation("https://example.org/x")) is None
    assert citation_key([]) is None


def test_yudin_archival_references():
    refs = parse_archival_references(YUDIN)
    assert refs == [
        ArchivalReference("Archive of Foreign Policy, Russian Federation", "AVPRF",
                          [("fond", "0100"), ("opis", "49"), ("papka", "410"), ("delo", "9"), ("listy", "87-98")],
                          "Archive of Foreign Policy, Russian Federation (AVPRF), fond 0100, opis 49, papka 410, "
                          "delo 9, listy 87-98"),
        ArchivalReference("Center for Storage of Contemporary Documentation", "TsKhSD",
                          [("fond", "5"), ("opis", "30"), ("delo", "163"), ("listy", "88-99")],
                          "Center for Storage of Contemporary Documentation (TsKhSD), fond 5, opis 30, delo 163, "
                          "listy 88-99"),
    ]
    assert all(ref.text in YUDIN for ref in refs)


@pytest.mark.parametrize("citation, repository, abbreviation, identifiers", [
    ("RGASPI, f. 17, op. 3, d. 12, l. 5.", "RGASPI", "RGASPI",
     [("fond", "17"), ("opis", "3"), ("delo", "12"), ("listy", "5")]),
    ("GARF, f. R-9401, op. 2, d. 64, ll. 1-5ob.", "GARF", "GARF",
     [("fond", "R-9401"), ("opis", "2"), ("delo", "64"), ("listy", "1-5ob")]),
    ("AVP RF, f. 0100, op. 46, papka 362, d. 12, ll. 1–3.", "AVP RF", "AVP RF",
     [("fond", "0100"), ("opis", "46"), ("papka", "362"), ("delo", "12"), ("listy", "1–3")]),
    ("Russian State Archive of Social and Political History (RGASPI), Fond 17, Opis 3, Delo 12.",
     "Russian State Archive of Social and Political History", "RGASPI",
     [("fond", "17"), ("opis", "3"), ("delo", "12")]),
    ("Hoover Institution Archives, box 3, folder 5.", "Hoover Institution Archives", None,
     [("box", "3"), ("folder", "5")]),
    ("National Archives, Record Group 59, file 12, box 4", "National Archives, Record Group 59", None,
     [("file", "12"), ("box", "4")]),
])
def test_archival_spellings(citation, repository, abbreviation, identifiers):
    (ref,) = parse_archival_references(citation)
    assert (ref.repository, ref.abbreviation, ref.identifiers) == (repository, abbreviation, identifiers)
    assert ref.text in citation and ref.text.endswith(identifiers[-1][1])


@pytest.mark.parametrize("text", ["", PROSE, REAL[2][0], "He lived on page 5, delo of his own.", "f. 5 only"])
def test_no_archival_reference(text):
    assert parse_archival_references(text) == []


def test_archival_only_citation_is_plain_text():
    assert parse_citation("RGASPI, f. 17, op. 3, d. 12, l. 5.") == [BiblPart(None, "RGASPI, f. 17, op. 3, d. 12, l. 5.")]


PIECES = ["Ibid", ".", ",", " ", "“", "”", '"', "(", ")", ":", ";", "Karl Marx", "V. I.", "Press", "Beijing", "1956",
          "12-14", "pp. ", "Vol 5", "no. 3", "December 29", "fond 5", "op. 3", "https://x.org/a", "<", ">",
          "see also ", "in ", "Translated by ", "and ", "(AVPRF)", "was", "ed.", "’", "–", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=120), st.lists(st.sampled_from(PIECES), max_size=30).map("".join)))
def test_never_raises_and_stays_lossless(text):
    parts = parse_citation(text)
    assert_lossless(text, parts)
    if parts:
        citation_key(parts)
    is_ibid(text)
    ibid_scope(text)
    assert all(ref.text in text for ref in parse_archival_references(text))
