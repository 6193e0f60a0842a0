"""The database search's glossary expansion: words and phrases into groups of alternatives."""

from search.text import expansion_table, query_groups

TABLE = expansion_table(
    [
        ("cooking, cuisine, кулінарія", "koken, kookles"),
        ("conversation table", "praattafel"),
        ("Кулінарія", "kookatelier"),
    ]
)


def test_a_glossary_word_brings_its_dutch_words():
    assert query_groups("кулінарія", TABLE) == [("кулінарія", "koken", "kookles", "kookatelier")]


def test_case_and_accents_do_not_matter_for_the_lookup_but_the_typed_word_is_kept():
    assert query_groups("COOKING", TABLE) == [("COOKING", "koken", "kookles")]


def test_a_phrase_is_found_before_its_words():
    assert query_groups("conversation table gent", TABLE) == [
        ("conversation table", "praattafel"),
        ("gent",),
    ]


def test_words_outside_the_glossary_stay_as_typed():
    assert query_groups("zwemmen in gent", TABLE) == [("zwemmen",), ("in",), ("gent",)]
    assert query_groups("", TABLE) == []


def test_the_same_word_in_two_rows_merges_their_dutch_words_once():
    table = expansion_table([("cook", "koken"), ("cook", "koken, kookles")])
    assert table == {"cook": ("koken", "kookles")}
