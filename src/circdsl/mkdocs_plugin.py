"""The mkdocs plugin `circdsl`: the pages that `circ build` writes in generated/docs/ become the
section `circulaires/` of the site, with no link or copy in docs/ (a clone on any workstation,
Windows included, builds the same site).

    plugins:
      - circdsl                     # generated/docs/ → circulaires/
      - literate-nav: ...           # after it: it reads circulaires/SUMMARY.md

Options: `dossier` (the generated pages, relative to mkdocs.yml; default generated/docs) and
`section` (where they appear in the site; default circulaires). Under `mkdocs serve`, the
folder is watched: pages rewritten by `circ build --watch` reload in the browser.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files


class CirculairesConfig(Config):  # type: ignore[no-untyped-call]  # mkdocs leaves __init_subclass__ untyped
    dossier = config_options.Type(str, default="generated/docs")
    section = config_options.Type(str, default="circulaires")


class CirculairesPlugin(BasePlugin[CirculairesConfig]):  # type: ignore[no-untyped-call]
    """Adds the generated pages to the site's files, under the section's folder."""

    def folder(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).resolve().parent / self.config.dossier

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        folder = self.folder(config)
        if not folder.is_dir():
            raise PluginError(
                f"circdsl : le dossier des pages générées {self.config.dossier} n'existe pas ; "
                "lancez « circ build » avant de construire le site"
            )
        section = self.config.section.strip("/")
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
            uri = f"{section}/{path.relative_to(folder).as_posix()}"
            existing = files.get_file_from_path(uri)
            if existing is not None:  # a page of the same name in docs/: the generated one wins
                files.remove(existing)
            files.append(File.generated(config, uri, abs_src_path=str(path)))
        return files

    def on_serve(self, server: Any, /, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.folder(config)))
        return server
