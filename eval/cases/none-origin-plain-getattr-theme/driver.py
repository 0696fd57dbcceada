"""Build the example site the way the docs CI job does."""

import sys
import tempfile
from pathlib import Path

from pressbox.build import build_site

with tempfile.TemporaryDirectory() as out:
    for path in build_site(Path(sys.argv[1]), Path(out)):
        print("wrote", path.name)
