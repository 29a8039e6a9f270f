"""agentlib.puzzles."""
