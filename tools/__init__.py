"""agentlib.tools: the agent's built-in tools (SymPy, Z3, graphs).

Installed as `agentlib.tools` (see pyproject's package-dir). Importing this package is cheap:
each tool module imports its solver library only when used.
"""
