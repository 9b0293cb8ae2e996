"""Any workstation: the repository needs no symbolic link. A clone made as on Windows without
symlink support (`git -c core.symlinks=false clone`, where a link becomes a small text file)
checks, builds and builds its site with the documented commands without `make`
(`python -m circdsl …`, `python -m mkdocs build`), from the clone's own sources.

The clone is of the last commit of this checkout: uncommitted changes are not in it. The
generated pages reach the site through the mkdocs plugin `circdsl`, tested here too.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files

ROOT = Path(__file__).resolve().parent.parent
LINK_MODE = "120000"  # how git records a symbolic link


def git(*args: str, cwd: Path = ROOT) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)} : {done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert (ROOT / ".git").exists(), "ce test clone le dépôt : lancez-le depuis un clone git"
    folder = tmp_path_factory.mktemp("windows") / "circdsl"
    git("-c", "core.symlinks=false", "clone", "--quiet", str(ROOT), str(folder))
    git("-c", "advice.detachedHead=false", "checkout", "--quiet", git("rev-parse", "HEAD").strip(), cwd=folder)
    return folder


def run(clone: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """A command of the documented path without make, with the clone's sources first on the path."""
    env = {
        **os.environ,
        "PYTHONPATH": str(clone / "src"),
        "NO_MKDOCS_2_WARNING": "1",
        "DISABLE_MKDOCS_2_WARNING": "true",
    }
    return subprocess.run([sys.executable, *args], cwd=clone, capture_output=True, text=True, env=env, check=False)


def test_the_repository_records_no_symbolic_link(clone: Path) -> None:
    links = [line for line in git("ls-files", "-s", cwd=clone).splitlines() if line.startswith(LINK_MODE)]
    assert links == []
    on_disk = [p for p in clone.rglob("*") if p.is_symlink() and ".git" not in p.parts]
    assert on_disk == []


def test_the_clone_uses_its_own_sources_and_grammar(clone: Path) -> None:
    done = run(clone, "-c", "import circdsl.lark_parser as p; print(p.__file__); print(p.GRAMMAR_PATH)")
    assert done.returncode == 0, done.stderr
    module, grammar = done.stdout.split()
    assert Path(module).is_relative_to(clone / "src") and Path(grammar) == clone / "grammar" / "circ.lark"


def test_the_clone_checks_and_builds_without_make(clone: Path) -> None:
    checked = run(clone, "-m", "circdsl", "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "circulaire(s) vérifiée(s)" in checked.stdout
    built = run(clone, "-m", "circdsl", "build", "--check")
    assert built.returncode == 0, built.stdout + built.stderr
    assert "generated/ est à jour" in built.stdout


def test_the_clone_builds_its_site_with_the_circular_pages(clone: Path) -> None:
    site = clone / "site"
    done = run(clone, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site))
    assert done.returncode == 0, done.stderr[-3000:]
    pages = sorted(p.parent.name for p in (site / "circulaires").glob("*/index.html"))
    circulars = sorted(p.stem for p in (clone / "generated" / "docs").glob("*.md") if p.stem.islower())
    assert set(circulars) - {"index", "dispositifs"} <= set(pages)
    assert (site / "circulaires" / "index.html").is_file()


# ---------------------------------------------------------------- the mkdocs plugin that gathers the generated pages


def site_config(folder: Path) -> Any:
    (folder / "docs").mkdir(exist_ok=True)
    (folder / "docs" / "index.md").write_text("# Accueil\n", encoding="utf-8")
    (folder / "mkdocs.yml").write_text("site_name: essai\nplugins:\n  - circdsl\n", encoding="utf-8")
    return load_config(config_file=str(folder / "mkdocs.yml"))


def test_the_plugin_adds_the_generated_pages_under_circulaires(tmp_path: Path) -> None:
    generated = tmp_path / "generated" / "docs"
    (generated / "sources").mkdir(parents=True)
    (generated / "index.md").write_text("# Circulaires\n", encoding="utf-8")
    (generated / "sources" / "a.md").write_text("# Source\n", encoding="utf-8")
    config = site_config(tmp_path)
    (tmp_path / "docs" / "circulaires").mkdir()
    (tmp_path / "docs" / "circulaires" / "index.md").write_text("# Ancienne copie\n", encoding="utf-8")
    files = config.plugins.on_files(get_files(config), config=config)
    added = {f.src_uri: f.abs_src_path for f in files if f.src_uri.startswith("circulaires/")}
    assert added == {
        "circulaires/index.md": str(generated / "index.md"),  # the generated page wins over a copy in docs/
        "circulaires/sources/a.md": str(generated / "sources" / "a.md"),
    }


def test_the_plugin_asks_for_circ_build_when_there_are_no_pages(tmp_path: Path) -> None:
    config = site_config(tmp_path)
    with pytest.raises(PluginError, match="lancez « circ build » avant de construire le site"):
        config.plugins.on_files(get_files(config), config=config)


def test_mkdocs_serve_watches_the_generated_pages(tmp_path: Path) -> None:
    watched: list[str] = []

    class Server:
        def watch(self, path: str) -> None:
            watched.append(path)

    config = site_config(tmp_path)
    config.plugins["circdsl"].on_serve(Server(), config=config, builder=None)
    assert watched == [str(tmp_path / "generated" / "docs")]
