"""agentlib.agent."""
