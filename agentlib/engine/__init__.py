"""agentlib.engine."""
