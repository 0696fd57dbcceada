import sys

from sampletrack.cli import main

sys.exit(main())
