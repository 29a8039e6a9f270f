"""agentlib.skills: skill folders, each `<name>/SKILL.md` with YAML front matter.

Installed as `agentlib.skills`; `agentlib.agent.skills` loads them.
"""
