"""The tools-only faithfulness checker: numbers, names, negation, antonyms, splices."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from agentlib.documents.faithfulness import SourceIndex, check_sentence, check_summary, entities
from agentlib.documents.numbers import find_numbers, supported_number
from agentlib.documents.sentences import split_sentences

SOURCE = ("Acme Corp sold 1.5 million widgets in 2021, chief executive Jane Doe said on Tuesday. "
          "Revenue increased to $42 million. The firm has two factories in Poland.")


def test_numbers_compare_with_scale_words_and_number_words():
    assert find_numbers("1.5 million") == [1_500_000.0]
    assert find_numbers("1,500,000 and two and twenty-five and 3bn") == [1_500_000.0, 2.0, 25.0, 3e9]
    assert supported_number(1_500_000.0, find_numbers("sold 1.5 million"))
    assert not supported_number(1_600_000.0, find_numbers("sold 1.5 million"))


def test_supported_paraphrase_with_other_number_format_passes():
    verdict = check_sentence("Acme sold 1,500,000 widgets in 2021.", SourceIndex.build(SOURCE))
    assert verdict.supported, verdict.reasons


def test_wrong_number_name_negation_and_antonym_are_flagged():
    index = SourceIndex.build(SOURCE)
    cases = {
        "Acme sold 2.5 million widgets in 2021.": "number",
        "Chief executive John Doe said Acme sold widgets.": "name 'john'",
        "Acme did not sell widgets in 2021.": "negation",
        "Revenue decreased to $42 million.": "contradicts",
    }
    for sentence, reason in cases.items():
        verdict = check_sentence(sentence, index)
        assert not verdict.supported, sentence
        assert any(reason in r for r in verdict.reasons), (sentence, verdict.reasons)


def test_sentence_initial_common_words_are_not_names():
    assert entities("However, the Board met in Paris.") == ["board", "paris"]


def test_spliced_sentence_in_extractive_summary_is_flagged():
    source = ("The mayor opened the new bridge on Monday. Local schools were closed because of the storm. "
              "Traffic was heavy near the river all week.")
    summary = ["The mayor opened the new bridge on Monday.", "Local schools opened the new bridge near the river."]
    verdicts = check_summary(summary, source)
    assert verdicts[0].supported and not verdicts[1].supported


def test_sentences_keep_offsets_and_skip_abbreviations():
    text = "Mr. Smith paid $1.5 million. He left."
    sentences = split_sentences(text, offset=10)
    assert [s.text for s in sentences] == ["Mr. Smith paid $1.5 million.", "He left."]
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in sentences)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=len(split_sentences(SOURCE)) - 1), min_size=1, max_size=3))
def test_any_copied_source_sentence_is_supported(picks):
    sentences = [split_sentences(SOURCE)[i].text for i in picks]
    assert all(v.supported for v in check_summary(sentences, SOURCE))


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=3, max_value=999_999))
def test_a_changed_number_is_always_flagged(value):
    source = f"The company hired {value} people last year."
    index = SourceIndex.build(source)
    assert check_sentence(f"The company hired {value:,} people last year.", index).supported
    assert not check_sentence(f"The company hired {value * 2 + 1:,} people last year.", index).supported
