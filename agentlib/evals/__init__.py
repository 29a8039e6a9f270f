"""agentlib.evals."""
