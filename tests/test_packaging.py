"""A wheel built from the repository, installed in a fresh virtual environment outside the checkout,
parses a sample: the lexicons ship inside the package."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_installs_and_parses_outside_the_checkout(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)], check=True, capture_output=True)
    wheel = next(dist.glob("policyparse-*.whl"))
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    py = env_dir / "bin" / "python"
    subprocess.run([str(py), "-m", "pip", "install", "--quiet", str(wheel)], check=True, capture_output=True)
    work = tmp_path / "elsewhere"
    work.mkdir()
    sample = work / "notice.txt"
    sample.write_bytes((ROOT / "samples" / "001_c9a87959f9653342.txt").read_bytes())
    probe = (
        "import json, policyparse, policyparse.lexicons as lx;"
        "doc = policyparse.parse_file('notice.txt');"
        "print(json.dumps({'lexicons': str(lx.lexicon_dir()), 'title': doc.metadata.title, 'files': sorted(p.name for p in lx.lexicon_dir().iterdir())}))"
    )
    result = subprocess.run([str(py), "-c", probe], cwd=work, check=True, capture_output=True, text=True)
    found = json.loads(result.stdout)
    assert str(env_dir) in found["lexicons"], "lexicons must come from the installed package"
    assert "units.tsv" in found["files"]
    assert "鞍山市" in found["title"]
    cli = subprocess.run([str(env_dir / "bin" / "policyparse"), "parse", "notice.txt"], cwd=work, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert json.loads(cli.stdout)["schema_version"] == "1.2"
