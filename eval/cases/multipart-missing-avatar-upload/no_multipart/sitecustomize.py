"""Make this interpreter behave like the service image, which lacks python-multipart.

The image is built from requirements.txt only. Put this folder on PYTHONPATH and
`import multipart` / `import python_multipart` fail as they do there; everything else runs unchanged.
"""

import sys


class _NotInstalled:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("multipart", "python_multipart"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


sys.meta_path.insert(0, _NotInstalled())
