"""agentlib.commands."""
