"""The one build step pyproject.toml cannot say: the grammar, kept in the top-level folder
grammar/ (a clone and an editable install read it there), is copied into the wheel as
circdsl/grammar/circ.lark, where an installed circdsl finds it. No symbolic link is needed."""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

GRAMMAR = Path(__file__).resolve().parent / "grammar" / "circ.lark"


class BuildWithGrammar(build_py):
    """build_py, plus the grammar copied into the built package (not for an editable install)."""

    def run(self) -> None:
        super().run()
        if not getattr(self, "editable_mode", False):
            target = Path(self.build_lib) / "circdsl" / "grammar"
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(GRAMMAR, target / "circ.lark")


setup(cmdclass={"build_py": BuildWithGrammar})
