"""The reference corpus check (core level) passes."""
import os
import subprocess
import sys

import pytest

from .helpers import ROOT

CHECK = os.path.join(os.path.dirname(ROOT), "shared", "tools", "check_corpus.py")


@pytest.mark.skipif(not os.path.exists(CHECK), reason="no ../shared/tools/check_corpus.py next to the project")
def test_check_corpus_analyze_core_has_no_failure():
    p = subprocess.run([sys.executable, CHECK, "analyze", "--level", "core"], cwd=ROOT,
                       capture_output=True, text=True, timeout=600)
    last = p.stdout.strip().splitlines()[-1]
    assert last.endswith(", 0 failed"), p.stdout
