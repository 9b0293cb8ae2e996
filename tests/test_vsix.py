"""The VS Code extension packages into a .vsix (what `make vsix` does), and the package holds
the extension's client, its language client library and the repository's TextMate grammar."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTENSION = ROOT / "editors" / "vscode"


def test_the_extension_packages_into_a_vsix(tmp_path: Path) -> None:
    npx = shutil.which("npx")
    if npx is None or not (EXTENSION / "node_modules" / ".bin" / "vsce").exists():
        pytest.fail(
            "node et les paquets de l'extension sont nécessaires : lancez « make test » (npm ci dans editors/vscode)"
        )
    package = tmp_path / "circ.vsix"
    done = subprocess.run(
        [npx, "vsce", "package", "--skip-license", "--allow-missing-repository", "--out", str(package)],
        cwd=EXTENSION,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    with zipfile.ZipFile(package) as vsix:
        names = set(vsix.namelist())
        manifest = json.loads(vsix.read("extension/package.json"))
        grammar = vsix.read("extension/syntaxes/circ.tmLanguage.json")
    assert {"extension/extension.js", "extension/language-configuration.json"} <= names
    assert "extension/node_modules/vscode-languageclient/package.json" in names
    assert not any(name.startswith("extension/node_modules/vscode-textmate/") for name in names)  # test-only
    assert manifest["contributes"]["languages"][0]["extensions"] == [".circ"]
    assert grammar == (EXTENSION / "syntaxes" / "circ.tmLanguage.json").read_bytes()
