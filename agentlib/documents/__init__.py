"""agentlib.documents."""
