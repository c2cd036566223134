"""Citation recognizer: lossless parts, the fields read from real and made-up notes, Ibid, keys, archives."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from edition.recognize.citation import (
    ArchivalReference, BiblPart, citation_key, ibid_scope, is_ibid, parse_archival_references, parse_citation,
    same_work,
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

# The seed notes not above: lyu [16]-[18], [20], [22].
REAL += [
    ("Mao, Selected Works of Mao Tse-Tung Vol 5, 345.",
     [("author", "Mao", None), ("title", "Selected Works of Mao Tse-Tung", "m"), ("biblScope", "5", "volume"),
      ("biblScope", "345", "page")]),
    ("Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 85.",
     [("author", "Shen", None), ("title", "Reviewing and Reconsidering the History of Sino-Soviet Relations", "m"),
      ("biblScope", "85", "page")]),
    ("Ibid, 125.", [("biblScope", "125", "page")]),
    ("Zedong Mao, Selected Works of Mao Tse-Tung Vol 7 (Beijing: People’s Press, 1999), 326.",
     [("author", "Zedong Mao", None), ("title", "Selected Works of Mao Tse-Tung", "m"), ("biblScope", "7", "volume"),
      ("pubPlace", "Beijing", None), ("publisher", "People’s Press", None), ("date", "1999", None),
      ("biblScope", "326", "page")]),
]

NY, COLUMBIA = ("pubPlace", "New York", None), ("publisher", "Columbia University Press", None)
TOMBSTONE = ("Yang Jisheng, Tombstone: The Great Chinese Famine, 1958–1962, trans. Stacy Mosher and Guo Jian (New York: "
             "Farrar, Straus and Giroux, 2012), 88–90.")
CALAMITY = ("Dali L. Yang, Calamity and Reform in China: State, Rural Society, and Institutional Change since the Great "
            "Leap Famine (Stanford: Stanford University Press, 1996), 79–82.")
MACFARQUHAR_2 = ("Roderick MacFarquhar, The Origins of the Cultural Revolution, vol. 2, The Great Leap Forward, "
                 "1958–1960 (New York: Columbia University Press, 1983), 15–17.")
MACFARQUHAR_3 = ("Roderick MacFarquhar, The Origins of the Cultural Revolution, vol. 3, The Coming of the Cataclysm, "
                 "1961–1966 (New York: Columbia University Press, 1997), 155–157.")
ROBINSON = ("Thomas W. Robinson, “The Sino-Soviet Border Dispute: Background, Development, and the March 1969 Clashes,” "
            "American Political Science Review 66, no. 4 (December 1972): 1175–1202.")
YANG_K = ("Yang Kuisong, “The Sino-Soviet Border Clash of 1969: From Zhenbao Island to Sino-American Rapprochement,” "
          "Cold War History 1, no. 1 (August 2000): 21–52.")
PLENUM_2 = ('On the decisions of the September Plenum see the resolution of the Plenum of the Central Committee of the '
            'CPSU "On Measures for the Further Development of Agriculture of the USSR", adopted on 7 September 1953.')

# Every citation note of tests/texts/web_essay_famine.txt (F), web_essay_border.txt (B) and pdf_plenum_report.txt
# (P) but the Ibid. ones, as the converter hands them over (PDF lines joined), with the fields read by hand.
TEXTS = [
    # F1
    ("Basil Ashton, Kenneth Hill, Alan Piazza and Robin Zeitz, “Famine in China, 1958–61,” Population and "
     "Development Review 10, no. 4 (December 1984): 613–645.",
     [("author", "Basil Ashton", None), ("author", "Kenneth Hill", None), ("author", "Alan Piazza", None),
      ("author", "Robin Zeitz", None), ("title", "Famine in China, 1958–61", "a"),
      ("title", "Population and Development Review", "j"), ("biblScope", "10", "volume"), ("biblScope", "4", "issue"),
      ("date", "December 1984", None), ("biblScope", "613–645", "page")]),
    # F2
    ("Felix Wemheuer, Famine Politics in Maoist China and the Soviet Union (New Haven: Yale University Press, 2014), "
     "1–12.",
     [("author", "Felix Wemheuer", None), ("title", "Famine Politics in Maoist China and the Soviet Union", "m"),
      ("pubPlace", "New Haven", None), ("publisher", "Yale University Press", None), ("date", "2014", None),
      ("biblScope", "1–12", "page")]),
    # F3: the title of the volume is a second monograph title
    (MACFARQUHAR_2,
     [("author", "Roderick MacFarquhar", None), ("title", "The Origins of the Cultural Revolution", "m"),
      ("biblScope", "2", "volume"), ("title", "The Great Leap Forward, 1958–1960", "m"), NY, COLUMBIA,
      ("date", "1983", None), ("biblScope", "15–17", "page")]),
    # F5: the years end the title
    ("Frank Dikötter, Mao’s Great Famine: The History of China’s Most Devastating Catastrophe, 1958–62 (New York: "
     "Walker & Company, 2010), 47–50.",
     [("author", "Frank Dikötter", None),
      ("title", "Mao’s Great Famine: The History of China’s Most Devastating Catastrophe, 1958–62", "m"), NY,
      ("publisher", "Walker & Company", None), ("date", "2010", None), ("biblScope", "47–50", "page")]),
    # F7: two translators
    (TOMBSTONE,
     [("author", "Yang Jisheng", None), ("title", "Tombstone: The Great Chinese Famine, 1958–1962", "m"),
      ("editor", "Stacy Mosher", None), ("editor", "Guo Jian", None), NY,
      ("publisher", "Farrar, Straus and Giroux", None), ("date", "2012", None), ("biblScope", "88–90", "page")]),
    # F8: life dates in parentheses belong to the title
    ("Peng Dehuai, Memoirs of a Chinese Marshal: The Autobiographical Notes of Peng Dehuai (1898–1974), trans. Zheng "
     "Longpu (Beijing: Foreign Languages Press, 1984), 510–520.",
     [("author", "Peng Dehuai", None),
      ("title", "Memoirs of a Chinese Marshal: The Autobiographical Notes of Peng Dehuai (1898–1974)", "m"),
      ("editor", "Zheng Longpu", None), ("pubPlace", "Beijing", None), ("publisher", "Foreign Languages Press", None),
      ("date", "1984", None), ("biblScope", "510–520", "page")]),
    # F10
    ("MacFarquhar, The Origins of the Cultural Revolution, vol. 2, 228–233.",
     [("author", "MacFarquhar", None), ("title", "The Origins of the Cultural Revolution", "m"),
      ("biblScope", "2", "volume"), ("biblScope", "228–233", "page")]),
    # F12
    ("Thomas P. Bernstein, “Mao Zedong and the Famine of 1959–1960: A Study in Wilfulness,” The China Quarterly 186 "
     "(June 2006): 421–445.",
     [("author", "Thomas P. Bernstein", None), ("title", "Mao Zedong and the Famine of 1959–1960: A Study in Wilfulness",
                                                "a"),
      ("title", "The China Quarterly", "j"), ("biblScope", "186", "volume"), ("date", "June 2006", None),
      ("biblScope", "421–445", "page")]),
    # F13
    ("Kenneth R. Walker, Food Grain Procurement and Consumption in China (Cambridge: Cambridge University Press, "
     "1984), 130–135.",
     [("author", "Kenneth R. Walker", None), ("title", "Food Grain Procurement and Consumption in China", "m"),
      ("pubPlace", "Cambridge", None), ("publisher", "Cambridge University Press", None), ("date", "1984", None),
      ("biblScope", "130–135", "page")]),
    # F14: a short citation, then a comment that stays plain
    ("Yang, Tombstone, 311–318. Yang’s procurement figures are drawn from the provincial statistical yearbooks and "
     "from internal reports of the Ministry of Grain.",
     [("author", "Yang", None), ("title", "Tombstone", "m"), ("biblScope", "311–318", "page")]),
    # F15, F20
    ("Wemheuer, Famine Politics in Maoist China and the Soviet Union, 140–144.",
     [("author", "Wemheuer", None), ("title", "Famine Politics in Maoist China and the Soviet Union", "m"),
      ("biblScope", "140–144", "page")]),
    ("Wemheuer, Famine Politics in Maoist China and the Soviet Union, 161–165.",
     [("author", "Wemheuer", None), ("title", "Famine Politics in Maoist China and the Soviet Union", "m"),
      ("biblScope", "161–165", "page")]),
    # F16, F18
    ("Yang, Tombstone, 23–36.", [("author", "Yang", None), ("title", "Tombstone", "m"), ("biblScope", "23–36", "page")]),
    ("Dikötter, Mao’s Great Famine, 118–123.",
     [("author", "Dikötter", None), ("title", "Mao’s Great Famine", "m"), ("biblScope", "118–123", "page")]),
    # F21: commas inside the title
    (CALAMITY,
     [("author", "Dali L. Yang", None),
      ("title", "Calamity and Reform in China: State, Rural Society, and Institutional Change since the Great Leap "
                "Famine", "m"),
      ("pubPlace", "Stanford", None), ("publisher", "Stanford University Press", None), ("date", "1996", None),
      ("biblScope", "79–82", "page")]),
    # F22
    (MACFARQUHAR_3,
     [("author", "Roderick MacFarquhar", None), ("title", "The Origins of the Cultural Revolution", "m"),
      ("biblScope", "3", "volume"), ("title", "The Coming of the Cataclysm, 1961–1966", "m"), NY, COLUMBIA,
      ("date", "1997", None), ("biblScope", "155–157", "page")]),
    # F24
    ("Yang, Calamity and Reform in China, 147–150.",
     [("author", "Yang", None), ("title", "Calamity and Reform in China", "m"), ("biblScope", "147–150", "page")]),
    # F25: the date of access
    ("“Great Leap Forward,” Wilson Center Digital Archive, accessed March 3, 2024, "
     "https://digitalarchive.wilsoncenter.org/collection/great-leap-forward.",
     [("title", "Great Leap Forward", "a"), ("title", "Wilson Center Digital Archive", "m"),
      ("date", "March 3, 2024", None),
      ("url", "https://digitalarchive.wilsoncenter.org/collection/great-leap-forward", None)]),
    # B1
    ("Lyle J. Goldstein, “Return to Zhenbao Island: Who Started Shooting and Why It Matters,” The China Quarterly 168 "
     "(December 2001): 985–997.",
     [("author", "Lyle J. Goldstein", None),
      ("title", "Return to Zhenbao Island: Who Started Shooting and Why It Matters", "a"),
      ("title", "The China Quarterly", "j"), ("biblScope", "168", "volume"), ("date", "December 2001", None),
      ("biblScope", "985–997", "page")]),
    # B2
    ("Lorenz M. Lüthi, The Sino-Soviet Split: Cold War in the Communist World (Princeton: Princeton University Press, "
     "2008), 1–18.",
     [("author", "Lorenz M. Lüthi", None), ("title", "The Sino-Soviet Split: Cold War in the Communist World", "m"),
      ("pubPlace", "Princeton", None), ("publisher", "Princeton University Press", None), ("date", "2008", None),
      ("biblScope", "1–18", "page")]),
    # B3
    (ROBINSON,
     [("author", "Thomas W. Robinson", None),
      ("title", "The Sino-Soviet Border Dispute: Background, Development, and the March 1969 Clashes", "a"),
      ("title", "American Political Science Review", "j"), ("biblScope", "66", "volume"), ("biblScope", "4", "issue"),
      ("date", "December 1972", None), ("biblScope", "1175–1202", "page")]),
    # B5
    ("Dennis J. Doolin, Territorial Claims in the Sino-Soviet Conflict: Documents and Analysis (Stanford: Hoover "
     "Institution, 1965), 3–9.",
     [("author", "Dennis J. Doolin", None),
      ("title", "Territorial Claims in the Sino-Soviet Conflict: Documents and Analysis", "m"),
      ("pubPlace", "Stanford", None), ("publisher", "Hoover Institution", None), ("date", "1965", None),
      ("biblScope", "3–9", "page")]),
    # B6, B12, B27: a short article citation with pages after the quote
    ("Robinson, “The Sino-Soviet Border Dispute,” 1177–1179.",
     [("author", "Robinson", None), ("title", "The Sino-Soviet Border Dispute", "a"), ("biblScope", "1177–1179", "page")]),
    ("Robinson, “The Sino-Soviet Border Dispute,” 1182–1184.",
     [("author", "Robinson", None), ("title", "The Sino-Soviet Border Dispute", "a"), ("biblScope", "1182–1184", "page")]),
    ("Robinson, “The Sino-Soviet Border Dispute,” 1201–1202.",
     [("author", "Robinson", None), ("title", "The Sino-Soviet Border Dispute", "a"), ("biblScope", "1201–1202", "page")]),
    # B7, B10
    ("Doolin, Territorial Claims in the Sino-Soviet Conflict, 27–28.",
     [("author", "Doolin", None), ("title", "Territorial Claims in the Sino-Soviet Conflict", "m"),
      ("biblScope", "27–28", "page")]),
    ("Lüthi, The Sino-Soviet Split, 281–284.",
     [("author", "Lüthi", None), ("title", "The Sino-Soviet Split", "m"), ("biblScope", "281–284", "page")]),
    # B11: a comment with a date follows; it stays plain
    ("Doolin, Territorial Claims in the Sino-Soviet Conflict, 47–51. The Soviet reply appeared in Pravda on September "
     "2, 1964, and was widely reprinted in the Western press.",
     [("author", "Doolin", None), ("title", "Territorial Claims in the Sino-Soviet Conflict", "m"),
      ("biblScope", "47–51", "page")]),
    # B14
    ("Neville Maxwell, “The Chinese Account of the 1969 Fighting at Chenpao,” The China Quarterly 56 (December 1973): "
     "730–739.",
     [("author", "Neville Maxwell", None), ("title", "The Chinese Account of the 1969 Fighting at Chenpao", "a"),
      ("title", "The China Quarterly", "j"), ("biblScope", "56", "volume"), ("date", "December 1973", None),
      ("biblScope", "730–739", "page")]),
    # B15
    (YANG_K,
     [("author", "Yang Kuisong", None),
      ("title", "The Sino-Soviet Border Clash of 1969: From Zhenbao Island to Sino-American Rapprochement", "a"),
      ("title", "Cold War History", "j"), ("biblScope", "1", "volume"), ("biblScope", "1", "issue"),
      ("date", "August 2000", None), ("biblScope", "21–52", "page")]),
    # B16, B18, B20
    ("Goldstein, “Return to Zhenbao Island,” 990–993.",
     [("author", "Goldstein", None), ("title", "Return to Zhenbao Island", "a"), ("biblScope", "990–993", "page")]),
    ("Yang, “The Sino-Soviet Border Clash of 1969,” 33–35.",
     [("author", "Yang", None), ("title", "The Sino-Soviet Border Clash of 1969", "a"), ("biblScope", "33–35", "page")]),
    ("Yang, “The Sino-Soviet Border Clash of 1969,” 43–45.",
     [("author", "Yang", None), ("title", "The Sino-Soviet Border Clash of 1969", "a"), ("biblScope", "43–45", "page")]),
    # B17: a double issue and a season
    ("Christian F. Ostermann, “East German Documents on the Border Conflict, 1969,” Cold War International History "
     "Project Bulletin 6–7 (Winter 1995/1996): 186–193.",
     [("author", "Christian F. Ostermann", None), ("title", "East German Documents on the Border Conflict, 1969", "a"),
      ("title", "Cold War International History Project Bulletin", "j"), ("biblScope", "6–7", "volume"),
      ("date", "Winter 1995/1996", None), ("biblScope", "186–193", "page")]),
    # B19: an editor, a numbered series
    ("William Burr, ed., “Sino-American Relations, 1969: The Sino-Soviet Border War and Steps Towards "
     "Rapprochement,” National Security Archive Electronic Briefing Book No. 49, "
     "https://nsarchive2.gwu.edu/NSAEBB/NSAEBB49/.",
     [("editor", "William Burr", None),
      ("title", "Sino-American Relations, 1969: The Sino-Soviet Border War and Steps Towards Rapprochement", "a"),
      ("title", "National Security Archive Electronic Briefing Book", "m"), ("biblScope", "49", "issue"),
      ("url", "https://nsarchive2.gwu.edu/NSAEBB/NSAEBB49/", None)]),
    # B22: the place of a journal in parentheses, then volume, issue, date and pages
    ("Genrikh Kireyev, “Demarcation of the Border with China,” International Affairs (Moscow) 45, no. 2 (1999): "
     "98–109.",
     [("author", "Genrikh Kireyev", None), ("title", "Demarcation of the Border with China", "a"),
      ("title", "International Affairs", "j"), ("pubPlace", "Moscow", None), ("biblScope", "45", "volume"),
      ("biblScope", "2", "issue"), ("date", "1999", None), ("biblScope", "98–109", "page")]),
    # B24: a number with a comma in the title, two publisher pieces
    ("Akihiro Iwashita, A 4,000 Kilometer Journey along the Sino-Russian Border (Sapporo: Slavic Research Center, "
     "Hokkaido University, 2004), 5–12.",
     [("author", "Akihiro Iwashita", None), ("title", "A 4,000 Kilometer Journey along the Sino-Russian Border", "m"),
      ("pubPlace", "Sapporo", None), ("publisher", "Slavic Research Center, Hokkaido University", None),
      ("date", "2004", None), ("biblScope", "5–12", "page")]),
    # P2: prose naming a resolution: only the quoted title and the date are fields
    (PLENUM_2,
     [("title", "On Measures for the Further Development of Agriculture of the USSR", "m"),
      ("date", "7 September 1953", None)]),
    # P9: an unpublished report, a month, a page
    ("Report of the commission of the district committee on the inspection of the public livestock farms, November, "
     "p. 7.",
     [("title", "Report of the commission of the district committee on the inspection of the public livestock farms",
       "u"), ("date", "November", None), ("biblScope", "7", "page")]),
]

# The notes of pdf_plenum_report.txt (P) and pdf_trade_union_article.txt (T) that are comments, not citations.
PROSE_NOTES = [
    # P1, P3-P6, P8, P11-P13
    "This text was composed for the edition test suite in the manner of a district committee report of the "
    "mid-1950s. The district, the figures and the letters quoted are illustrative and do not reproduce any "
    "particular document.",
    "The draft of this report was discussed by the bureau of the district committee at its session of 14 December; "
    "the remarks made by members of the bureau have been taken into account.",
    "Figures of the district statistical inspection as of 1 December. The figures for the southern zone are "
    "preliminary and may be revised after the threshing is completed.",
    "Letter of the chairman of the collective farm to the district committee, 19 August; kept in the files of the "
    "agricultural department of the district committee.",
    "See the model contract between machine-tractor stations and collective farms in force since 1954, sections 3 "
    "and 5.",
    "Information of the district agricultural department on the fodder balance, 1 December, table 2.",
    "On the organisation of party education in the countryside see the decisions of the regional committee on the "
    "network of political schools and circles for the current academic year.",
    "The plan of work of the instructors for the first quarter will be submitted to the bureau in January.",
    "The draft resolution of the plenum was distributed to participants before the session.",
    # T1-T6, T8-T13
    "This text was composed for the edition test suite in the manner of an article from a trade union journal of "
    "the late 1950s. The enterprises, the figures and the statements quoted are illustrative and do not reproduce "
    "any particular publication.",
    "The transition to the seven-hour working day was begun in 1956 and was carried out by branches of industry "
    "together with the reorganisation of wages; see the decisions of the Twentieth Congress of the CPSU on the "
    "directives for the sixth five-year plan.",
    "Seminar of chairmen of factory committees of the machine-building and textile industries, spring session. The "
    "materials of the seminar were circulated to the regional trade union councils.",
    "Data of the planning departments of the enterprises represented at the seminar.",
    "Speech of a fitter of a machine-building plant at the seminar; from the shorthand record.",
    "Information of the factory committee of the instrument works, table 1.",
    "Letter of the weavers of the mill to the factory committee, kept in the files of the committee.",
    "The same point was made in the resolution adopted at the close of the seminar, section 4.",
    "On the funds of the enterprise from which housing is built see the regulations on the enterprise fund.",
    "The permanent production conferences were set up at enterprises in 1958. Their work will be the subject of a "
    "separate article.",
    "From the notes of the international department on the visits of foreign trade union delegations during the "
    "year.",
    "The editors invite factory committees to send in accounts of their own experience of the reorganisation of "
    "wages.",
]

# Made-up notes in the same styles, odd ones included.
OWN = [
    ("https://example.org/page.", [("url", "https://example.org/page", None)]),
    ("Sergey Radchenko, “Two Suns in the Heavens, 12.",
     [("author", "Sergey Radchenko", None), ("title", "Two Suns in the Heavens", "m"), ("biblScope", "12", "page")]),
    ('Thomas W. Robinson, "The Sino-Soviet Border Dispute: Background, Development, and the March 1969 Clashes," '
     "American Political Science Review 66, no. 4 (1972): 1175-1202.",
     [("author", "Thomas W. Robinson", None),
      ("title", "The Sino-Soviet Border Dispute: Background, Development, and the March 1969 Clashes", "a"),
      ("title", "American Political Science Review", "j"), ("biblScope", "66", "volume"), ("biblScope", "4", "issue"),
      ("date", "1972", None), ("biblScope", "1175-1202", "page")]),
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
    ("Salisbury, H., The Long March, 45.",
     [("author", "Salisbury, H.", None), ("title", "The Long March", "m"), ("biblScope", "45", "page")]),
    ("Jane Degras, ed., Soviet Documents on Foreign Policy (London: Oxford University Press, 1951), 3.",
     [("editor", "Jane Degras", None), ("title", "Soviet Documents on Foreign Policy", "m"),
      ("pubPlace", "London", None), ("publisher", "Oxford University Press", None), ("date", "1951", None),
      ("biblScope", "3", "page")]),
    ("Sergei N. Goncharov et al., Uncertain Partners: Stalin, Mao, and the Korean War (Stanford: Stanford University "
     "Press, 1993), 7.",
     [("author", "Sergei N. Goncharov", None), ("title", "Uncertain Partners: Stalin, Mao, and the Korean War", "m"),
      ("pubPlace", "Stanford", None), ("publisher", "Stanford University Press", None), ("date", "1993", None),
      ("biblScope", "7", "page")]),
    ("See Zhihua Shen, Reviewing and Reconsidering the History of Sino-Soviet Relations, 11.",
     [("author", "Zhihua Shen", None), ("title", "Reviewing and Reconsidering the History of Sino-Soviet Relations",
                                        "m"), ("biblScope", "11", "page")]),
    ("New York Times, March 3, 1956, 4.",
     [("title", "New York Times", "m"), ("date", "March 3, 1956", None), ("biblScope", "4", "page")]),
    ("Hildermeier, Geschichte der Sowjetunion (München: Verlag C. H. Beck, 1998), 5.",
     [("author", "Hildermeier", None), ("title", "Geschichte der Sowjetunion", "m"), ("pubPlace", "München", None),
      ("publisher", "Verlag C. H. Beck", None), ("date", "1998", None), ("biblScope", "5", "page")]),
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
    ("Deborah A. Kaple, “Soviet Advisors in China in the 1950s,” in Brothers in Arms, ed. Odd Arne Westad "
     "(Stanford: Stanford University Press, 1998), 120.",
     [("author", "Deborah A. Kaple", None), ("title", "Soviet Advisors in China in the 1950s", "a"),
      ("title", "Brothers in Arms", "m"), ("editor", "Odd Arne Westad", None), ("pubPlace", "Stanford", None),
      ("publisher", "Stanford University Press", None), ("date", "1998", None), ("biblScope", "120", "page")]),
    ("Wilson Center Digital Archive, https://digitalarchive.wilsoncenter.org/document/116977.",
     [("title", "Wilson Center Digital Archive", "m"),
      ("url", "https://digitalarchive.wilsoncenter.org/document/116977", None)]),
    ("Tony Judt, Postwar: A History of Europe since 1945 (New York: Penguin Press, 2005), pp. 12–14.",
     [("author", "Tony Judt", None), ("title", "Postwar: A History of Europe since 1945", "m"),
      ("pubPlace", "New York", None), ("publisher", "Penguin Press", None), ("date", "2005", None),
      ("biblScope", "12–14", "page")]),
    ("Yang Kuisong, “The Sino-Soviet Border Clash of 1969,” Cold War History 1, no. 1 (2000): 21–52.",
     [("author", "Yang Kuisong", None), ("title", "The Sino-Soviet Border Clash of 1969", "a"),
      ("title", "Cold War History", "j"), ("biblScope", "1", "volume"), ("biblScope", "1", "issue"),
      ("date", "2000", None), ("biblScope", "21–52", "page")]),
    ("  Lorenz Lüthi, The Sino-Soviet Split (Princeton: Princeton University Press, 2008), 46.  ",
     [("author", "Lorenz Lüthi", None), ("title", "The Sino-Soviet Split", "m"), ("pubPlace", "Princeton", None),
      ("publisher", "Princeton University Press", None), ("date", "2008", None), ("biblScope", "46", "page")]),
]

GONCHAROV = ("Sergei N. Goncharov, John W. Lewis, and Xue Litai, Uncertain Partners: Stalin, Mao, and the Korean War "
             "(Stanford: Stanford University Press, 1993), 122.")
SHEN_KOREA = ("Zhihua Shen, Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s (London: "
              "Routledge, 2012), 56.")

# Misreadings found by converting further texts, with the fields read by hand.
NEW = [
    # three authors, the last after "and"; commas in the title
    (GONCHAROV,
     [("author", "Sergei N. Goncharov", None), ("author", "John W. Lewis", None), ("author", "Xue Litai", None),
      ("title", "Uncertain Partners: Stalin, Mao, and the Korean War", "m"), ("pubPlace", "Stanford", None),
      ("publisher", "Stanford University Press", None), ("date", "1993", None), ("biblScope", "122", "page")]),
    ("Goncharov, Lewis, and Xue, Uncertain Partners, 122.",
     [("author", "Goncharov", None), ("author", "Lewis", None), ("author", "Xue", None),
      ("title", "Uncertain Partners", "m"), ("biblScope", "122", "page")]),
    ("Sergei N. Goncharov, John W. Lewis and Xue Litai, Uncertain Partners (Stanford: Stanford University Press, "
     "1993), 122.",
     [("author", "Sergei N. Goncharov", None), ("author", "John W. Lewis", None), ("author", "Xue Litai", None),
      ("title", "Uncertain Partners", "m"), ("pubPlace", "Stanford", None),
      ("publisher", "Stanford University Press", None), ("date", "1993", None), ("biblScope", "122", "page")]),
    # a title that begins with a series of names: the one-word surname alone is the author
    (SHEN_KOREA,
     [("author", "Zhihua Shen", None),
      ("title", "Mao, Stalin and the Korean War: Trilateral Communist Relations in the 1950s", "m"),
      ("pubPlace", "London", None), ("publisher", "Routledge", None), ("date", "2012", None),
      ("biblScope", "56", "page")]),
    ("Shen, Mao, Stalin and the Korean War, 133.",
     [("author", "Shen", None), ("title", "Mao, Stalin and the Korean War", "m"), ("biblScope", "133", "page")]),
    ("Shen, Stalin, Mao, and the Korean War, 5.",
     [("author", "Shen", None), ("title", "Stalin, Mao, and the Korean War", "m"), ("biblScope", "5", "page")]),
    # a title with "and" is no pair of authors; place, year and page without parentheses
    ("V. I. Lenin, The State and Revolution, Moscow, 1952, p. 223.",
     [("author", "V. I. Lenin", None), ("title", "The State and Revolution", "m"), ("pubPlace", "Moscow", None),
      ("date", "1952", None), ("biblScope", "223", "page")]),
    ("V. I. Lenin, The Great Initiative, Moscow, 1950, 5.",
     [("author", "V. I. Lenin", None), ("title", "The Great Initiative", "m"), ("pubPlace", "Moscow", None),
      ("date", "1950", None), ("biblScope", "5", "page")]),
    ("V. I. Lenin, Collected Works, Volume 33, Moscow, 1966, p. 428.",
     [("author", "V. I. Lenin", None), ("title", "Collected Works", "m"), ("biblScope", "33", "volume"),
      ("pubPlace", "Moscow", None), ("date", "1966", None), ("biblScope", "428", "page")]),
    ("Yang, Tombstone, Beijing, 2008, 5.",
     [("author", "Yang", None), ("title", "Tombstone", "m"), ("pubPlace", "Beijing", None), ("date", "2008", None),
      ("biblScope", "5", "page")]),
    ("The Editors, Pravda, 5 March 1953.",
     [("author", "The Editors", None), ("title", "Pravda", "m"), ("date", "5 March 1953", None)]),
    # a person, what he said (plain), the newspaper that printed it and its date
    ("Chu Anping, speech at the forum of the United Front Department, Guangming Ribao, 2 June 1957.",
     [("author", "Chu Anping", None), ("title", "Guangming Ribao", "j"), ("date", "2 June 1957", None)]),
    ("Mao Zedong, speech at the Supreme State Conference, Renmin Ribao, 19 June 1957, 1.",
     [("author", "Mao Zedong", None), ("title", "Renmin Ribao", "j"), ("date", "19 June 1957", None),
      ("biblScope", "1", "page")]),
]

NOT_CITATIONS = [
    "", "   ", "\n", PROSE, "Hello", "hello, world",
    "For a fuller discussion of the debate, the reader should consult the memoirs of participants.",
    "Mao called it “nine fingers against one” in conversation with Yudin.",
    "The author was present at the meeting and has confirmed the account.",
] + PROSE_NOTES


@pytest.mark.parametrize("text, expected", REAL + OWN + TEXTS + NEW, ids=lambda v: v[:40] if isinstance(v, str) else None)
def test_fields(text, expected):
    parts = parse_citation(text)
    assert parts is not None
    assert_lossless(text, parts)
    assert fields(parts) == expected


@pytest.mark.parametrize("text", NOT_CITATIONS)
def test_prose_and_empty_are_not_citations(text):
    assert parse_citation(text) is None


@pytest.mark.parametrize("text", [t for t, _ in REAL + OWN + TEXTS + NEW] + NOT_CITATIONS + [
    "“Unclosed quote and more words, 1956.", 'Pravda, "Unbalanced, 5.', "Hongqi, Title (Unclosed paren, 1990, 5.",
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


@pytest.mark.parametrize("text", [t for t, _ in REAL + TEXTS + NEW if not t.startswith("Ibid")])
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
    ("Ibid., p. 11.", "11"), ("Ibid, 134–137.", "134–137"),
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


def test_roles_of_translators_editors_and_access_dates():
    roles = [(p.text, p.role) for p in parse_citation(TOMBSTONE) if p.role]
    assert roles == [("Stacy Mosher", "translator"), ("Guo Jian", "translator")]
    edited = "Odd Arne Westad, ed., Brothers in Arms (Stanford: Stanford University Press, 1998), 3."
    assert [(p.text, p.role) for p in parse_citation(edited) if p.role] == [("Odd Arne Westad", "editor")]
    assert [(p.text, p.role) for p in parse_citation(TEXTS[17][0]) if p.role] == [("March 3, 2024", "access")]
    assert all(p.role is None for p in parse_citation(CALAMITY))


@pytest.mark.parametrize("text, expected", [
    ("Stephen Kotkin, “Coercion and Identity: Workers’ Lives in Stalin’s Showcase City,” in Making Workers "
     "Soviet: Power, Class, and Identity, ed. Lewis H. Siegelbaum and Ronald Grigor Suny (Ithaca: Cornell "
     "University Press, 1994), 280.",
     [("author", "Stephen Kotkin", None),
      ("title", "Coercion and Identity: Workers’ Lives in Stalin’s Showcase City", "a"),
      ("title", "Making Workers Soviet: Power, Class, and Identity", "m"), ("editor", "Lewis H. Siegelbaum", None),
      ("editor", "Ronald Grigor Suny", None), ("pubPlace", "Ithaca", None),
      ("publisher", "Cornell University Press", None), ("date", "1994", None), ("biblScope", "280", "page")]),
    ("Fernand Braudel, Civilization and Capitalism, 15th–18th Century, vol. 2 (London: Collins, 1982), 9.",
     [("author", "Fernand Braudel", None), ("title", "Civilization and Capitalism, 15th–18th Century", "m"),
      ("biblScope", "2", "volume"), ("pubPlace", "London", None), ("publisher", "Collins", None),
      ("date", "1982", None), ("biblScope", "9", "page")]),
    ("The report spoke of the “Great Turn” in the countryside, which began in 1929.", None),
    ("Lynne Viola, Peasant Rebels under Stalin, 9. She reads the figures differently from the official series.",
     [("author", "Lynne Viola", None), ("title", "Peasant Rebels under Stalin", "m"), ("biblScope", "9", "page")]),
])
def test_own_titles_with_commas_and_comments(text, expected):
    parts = parse_citation(text)
    assert_lossless(text, parts)
    assert (parts if parts is None else fields(parts)) == expected


@pytest.mark.parametrize("text", [t for t, _ in REAL + OWN + TEXTS + NEW] + PROSE_NOTES + [PLENUM_2])
def test_titles_never_hold_an_unbalanced_quote(text):
    for part in parse_citation(text) or []:
        if part.field == "title":
            assert part.text.count('"') % 2 == 0 and part.text.count("“") == part.text.count("”"), part.text


@pytest.mark.parametrize("short, full", [
    ("Yang, Tombstone, 23–36.", TOMBSTONE),
    ("Yang, Tombstone, 311–318. Yang’s procurement figures are drawn from the yearbooks.", TOMBSTONE),
    ("Yang, Calamity and Reform in China, 147–150.", CALAMITY),
    ("MacFarquhar, The Origins of the Cultural Revolution, vol. 2, 228–233.", MACFARQUHAR_2),
    ("Robinson, “The Sino-Soviet Border Dispute,” 1177–1179.", ROBINSON),
    ("Yang, “The Sino-Soviet Border Clash of 1969,” 33–35.", YANG_K),
    ("Dikötter, Mao’s Great Famine, 118–123.", TEXTS[3][0]),
    ("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.", REAL[7][0]),
    (REAL[3][0], REAL[1][0]),
    (TOMBSTONE, TOMBSTONE),
    ("Goncharov, Lewis, and Xue, Uncertain Partners, 122.", GONCHAROV),
    ("Shen, Mao, Stalin and the Korean War, 133.", SHEN_KOREA),
    ("Lenin, The State and Revolution, 12.", "V. I. Lenin, The State and Revolution, Moscow, 1952, p. 223."),
])
def test_same_work(short, full):
    assert same_work(parse_citation(short), parse_citation(full))


@pytest.mark.parametrize("short, full", [
    ("Yang, Calamity and Reform in China, 147–150.", TOMBSTONE),
    ("Yang, Tombstone, 23–36.", CALAMITY),
    ("Yang, “The Sino-Soviet Border Clash of 1969,” 33–35.", TOMBSTONE),
    ("MacFarquhar, The Origins of the Cultural Revolution, vol. 2, 228–233.", MACFARQUHAR_3),
    ("Mao, Selected Works of Mao Tse-Tung Vol 5, 322.", REAL[-1][0]),
    ("Lüthi, The Sino-Soviet Split, 281–284.", ROBINSON),
    ("Dikötter, Tombstone, 5.", TOMBSTONE),
    ("Yang, Tombstones of the North, 5.", TOMBSTONE),
    ("Ibid, 3.", TOMBSTONE),
    ("Shen, Mao, Stalin and the Korean War, 133.", REAL[2][0]),
    ("Goncharov, Lewis, and Xue, Uncertain Partners, 122.", SHEN_KOREA),
])
def test_not_same_work(short, full):
    assert not same_work(parse_citation(short), parse_citation(full))


def test_same_work_of_empty_or_untitled_parts():
    assert not same_work([], parse_citation(TOMBSTONE)) and not same_work(parse_citation(TOMBSTONE), [])
    assert not same_work(parse_citation("https://example.org/x"), parse_citation("https://example.org/x"))


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
        same_work(parts, parts)
        assert all(p.text.count('"') % 2 == 0 and p.text.count("“") == p.text.count("”") for p in parts
                   if p.field == "title")
    is_ibid(text)
    ibid_scope(text)
    assert all(ref.text in text for ref in parse_archival_references(text))
