"""agentlib.backends."""
