"""Allow ``python -m spasm_stretch``."""

import sys

from spasm_stretch.cli import main

sys.exit(main())
