"""The pure plain-language scorer on known sentences: Flesch-Douma, long sentences and words,
passive sentences, and length only for the other languages."""

import pytest

from portal.readability import scoring

EASY = (
    "Je leert Nederlands sneller als je het vaak spreekt. Zoek een praattafel bij jou in de "
    "buurt. Je kiest zelf wat je doet."
)
HARD = (
    "Overeenkomstig de toepasselijke reglementaire bepalingen inzake de "
    "inburgeringsverplichting wordt de aanvraag tot vrijstelling door de bevoegde "
    "administratieve instantie onderzocht, waarna de betrokkene schriftelijk op de hoogte "
    "gebracht wordt van de genomen beslissing en de daaruit voortvloeiende verplichtingen."
)


def test_flesch_douma_formula():
    # 206.835 - 0.93 * (20 / 2) - 77 * (30 / 20)
    assert scoring.flesch_douma(words=20, sentences=2, syllables=30) == 82.0
    assert scoring.flesch_douma(words=0, sentences=0, syllables=0) == 0.0


@pytest.mark.parametrize(
    ("word", "syllables"),
    [("een", 1), ("gemeente", 3), ("bibliotheek", 4), ("België", 3), ("trajectbegeleider", 6)],
)
def test_dutch_syllables(word, syllables):
    assert scoring.dutch_syllables(word) == syllables


def test_easy_dutch_meets_b1():
    result = scoring.score(EASY, "nl")
    assert result.sentences == 3
    assert result.flesch_douma >= scoring.DUTCH_TARGET
    assert result.meets_target
    assert result.findings == []


def test_hard_dutch_is_below_b1_with_findings():
    result = scoring.score(HARD, "nl")
    assert result.sentences == 1
    assert result.flesch_douma < scoring.DUTCH_TARGET
    assert not result.meets_target
    assert [f.text for f in result.of_kind("long_sentence")] == [HARD]
    assert [f.text for f in result.of_kind("passive")] == [HARD]
    long_words = {f.text for f in result.of_kind("long_word")}
    assert {"inburgeringsverplichting", "administratieve"} <= long_words
    assert "aanvraag" not in long_words


@pytest.mark.parametrize(
    ("sentence", "passive"),
    [
        ("Het formulier wordt ingevuld door de begeleider.", True),
        ("De cursus werd gegeven in Gent.", True),
        ("De brief is verstuurd.", True),
        ("Uw kosten worden betaald.", True),
        ("Hij is gisteren naar Gent gegaan.", False),
        ("Zij is in Kyiv geboren.", False),
        ("Ik geef je het boek.", False),
        ("Je kunt de formulieren gebruiken die er zijn.", False),
        ("Het gebied is groot.", False),
    ],
)
def test_passive_heuristic(sentence, passive):
    assert scoring.is_passive(sentence) is passive


def test_other_languages_get_length_only():
    short = scoring.score("This is short. So is this one.", "en")
    assert short.flesch_douma is None
    assert short.average_sentence_words == 3.5
    assert short.meets_target
    long_sentence = " ".join(["word"] * 25) + "."
    long = scoring.score(long_sentence, "en")
    assert not long.meets_target
    assert [f.kind for f in long.findings] == ["long_sentence"]
    assert [f.text for f in scoring.score("Це міжнародноправовий документ.", "uk").findings] == [
        "міжнародноправовий"
    ]


def test_arabic_question_mark_ends_a_sentence():
    assert scoring.score("هل تتكلم الهولندية؟ نعم قليلا.", "ar").sentences == 2


def test_empty_text_meets_target():
    result = scoring.score("", "nl")
    assert result.is_empty and result.meets_target and result.flesch_douma is None


def test_examples_keep_a_few_of_each_kind():
    findings = [scoring.Finding("long_word", str(n)) for n in range(9)]
    findings.append(scoring.Finding("passive", "x"))
    shown = scoring.examples(findings)
    assert len(shown) == scoring.MAX_EXAMPLES + 1
