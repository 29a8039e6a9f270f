"""Controlled English: everyday logic puzzles and arguments read by a grammar into the constraint language."""
