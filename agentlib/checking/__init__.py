"""agentlib.checking."""
