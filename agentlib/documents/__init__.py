"""Long documents: checked summaries and question answering, every output sentence cited and checked.

    reader.py        .txt/.md/.html/.pdf -> Document (text, offsets, PDF pages); typed errors for bad files
    sentences.py     sentence splitting with offsets
    chunking.py      paragraphs with ids [P#] under headings; overlapping chunks under a token budget
    numbers.py       quantities in text ("1.5 million" == "1,500,000", "two" == 2)
    faithfulness.py  the tools-only checker (numbers, names, negation, antonyms, splices, novelty)
    citations.py     [P#] citations -> spans, overlap fallback, verdict per sentence
    injection.py     neutralize forged control strings / injected instructions; fence untrusted text
    prompts.py       versioned prompts (instructions trusted, document text untrusted)
    budget.py        the context guard before every call; reply truncation
    cache.py         chunk summaries on disk by content hash (resume after interruption)
    summarize.py     summarize(): one pass, or chunk -> summarise -> merge rounds; extractive without a model
    qa.py            ask()/ask_many(): prefill once, fork per question; allowed tools fixed by the task
    judge.py         model-assisted support judgement (yes/no) for the evals
    render.py        text output: each sentence with citations and verdict

Nothing here imports torch. Entry points: `summarize.summarize`, `qa.ask`, `reader.load_document`.
"""
