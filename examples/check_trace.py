"""Check two reasoning traces: a word problem with an arithmetic slip, and a knights-and-knaves search.

Run: `python examples/check_trace.py`. Prints each report (steps numbered as printed, each failure with its
evidence) and the one-line feedback a loop would send.
"""

from agentlib.checking.checker import check_trace, make_reasoning_checker

PROBLEM = "A baker packs 12 boxes with 4 muffins each and sells each muffin for $3. How much does she earn?"
TRACE = """Step 1: She packs 12 x 4 = 46 muffins.

Step 2: At $3 each she earns 46 * 3 = $138.

Step 3: The answer is \\boxed{138}."""

PUZZLE = ("A very special island is inhabited only by knights and knaves. Knights always tell the truth, "
          "and knaves always lie. You meet 2 inhabitants: Zoey and Oliver. Zoey said, \"Oliver is a knave.\" "
          "Oliver said, \"Zoey is a knight and Oliver is a knight.\" So who is a knight and who is a knave?")
SEARCH = [
    "Assume Zoey is a knight. No contradiction is found in their claim that Oliver is a knave.",
    "Oliver cannot be a knight, because this would contradict the claim of Zoey that Oliver is a knave.",
    "Assume Oliver is a knight. No contradiction is found in their claim that Zoey is a knight and Oliver is a knight.",
]


def main() -> None:
    report = check_trace(PROBLEM, TRACE)
    print(report.render())
    wrong = report.steps[report.first_error_index]  # first_error_step counts from 1, as printed
    print(f"first wrong step: {report.first_error_step}; evidence: {wrong.flagged[0].correct}")
    print()
    print(check_trace(PUZZLE, SEARCH).render())
    print()
    feedback = make_reasoning_checker()
    print("feedback:", feedback(PROBLEM, TRACE))


if __name__ == "__main__":
    main()
