"""How a problem is written, and the suggestion that comes with an unknown name."""

import pytest

from newsroom.problems import Problem, did_you_mean

AREAS = ["Affordable Housing", "Immigrant Rights", "Police Reform", "Workers' Rights", "Climate"]


def test_a_problem_reads_path_line_field_message() -> None:
    assert str(Problem("posts/a.md", 4, "issues", "is empty")) == "posts/a.md:4: issues: is empty"


@pytest.mark.parametrize(("word", "suggestion"), [
    ("Police Reforms", " Did you mean 'Police Reform'?"),
    ("police reform", " Did you mean 'Police Reform'?"),
    ("Housing", " Did you mean 'Affordable Housing'?"),
    ("climat", " Did you mean 'Climate'?"),
    ("Rights", ""),  # two areas contain it: no guess
    ("Transit", ""),
])
def test_did_you_mean_suggests_only_a_clear_match(word: str, suggestion: str) -> None:
    assert did_you_mean(word, AREAS) == suggestion
