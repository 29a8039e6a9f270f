"""agentlib.bench."""
