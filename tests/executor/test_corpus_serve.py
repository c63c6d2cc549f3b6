"""The reference corpus, served: check_corpus.py replays Node.js's answers against a live Liquefy."""
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.stack import LiquefyStack

pytestmark = pytest.mark.executor
ROOT = Path(__file__).resolve().parents[2]
CHECK = ROOT.parent / "shared" / "tools" / "check_corpus.py"


@pytest.mark.skipif(not CHECK.exists(), reason="the shared corpus is not next to the project")
def test_corpus_passes_at_every_level():
    """`--level advanced` replays the core services and the advanced ones (promises, await)."""
    with LiquefyStack(nodes=["corpus1", "corpus2"]) as stack:
        done = subprocess.run([sys.executable, str(CHECK), "serve", "--level", "advanced",
                               "--base", f"http://127.0.0.1:{stack.port}"],
                              cwd=ROOT, capture_output=True, text=True, timeout=600)
        verify_errors = stack.verify_errors()
    summary = done.stdout.strip().splitlines()[-1]
    assert summary.endswith(" 0 failed"), done.stdout + done.stderr
    assert not verify_errors, [e["message"] for e in verify_errors]
