"""The database search's glossary expansion: words and phrases into groups of alternatives."""

from search.text import (
    best_corrections,
    edit_distance,
    expansion_table,
    fold,
    query_groups,
    searchable,
)

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


# --- typo tolerance (the database path) ---------------------------------------------------


def test_edit_distance_counts_a_swap_as_one_edit():
    assert edit_distance("wandelclbu", "wandelclub") == 1
    assert edit_distance("koekn", "koken") == 1
    assert edit_distance("sportclb", "sportclub") == 1
    assert edit_distance("abc", "xyz") == 3


def test_corrections_follow_the_engines_auto_fuzziness():
    assert best_corrections("koekn", ["koken", "kookles"]) == ("koken",)
    # Two edits only from six letters on.
    assert best_corrections("kokn", ["koken"]) == ("koken",)
    assert best_corrections("kkn", ["koken"]) == ()
    assert best_corrections("bibliotheeek", ["bibliotheek"]) == ("bibliotheek",)
    # A known word is never corrected, and a short one never at all.
    assert best_corrections("koken", ["koken", "koeken"]) == ()
    assert best_corrections("ab", ["abc"]) == ()


def test_a_misspelt_first_part_of_a_compound_is_corrected():
    assert best_corrections("buddyprojcet", ["buddyproject"]) == ("buddyproject",)
    assert best_corrections("praatt", ["praattafel"]) == ("praattafel",)


def test_corrections_join_the_group_and_find_glossary_phrases():
    table = expansion_table([("cours de néerlandais", "cursus nederlands")])
    groups = query_groups("cours de néerlandias", table, {"neerlandias": ("neerlandais",)})
    assert groups == [("cours de néerlandias", "cours de neerlandais", "cursus nederlands")]
    assert query_groups("koekn", {}, {"koekn": ("koken", "koeken")}) == [
        ("koekn", "koken", "koeken")
    ]


def test_fold_matches_cyrillic_and_arabic_variants():
    assert fold("Ёлка") == fold("елка")
    assert fold("طاولة مُحادثة") == fold("طاوله محادثه")
    assert searchable("<p>Praattafel Gent-Zuid</p>", "9000") == "praattafel gent zuid 9000"
