import sys

from agentlib.cli import main

sys.exit(main())
