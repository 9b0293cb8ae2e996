"""The end-of-session check of the modules emitted during the tests (tests/conftest.py) reports what
ruff and mypy --strict refuse, and nothing for a clean module."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import _lint_emitted, _mypy_sample

CLEAN = "def double(value: int) -> int:\n    return 2 * value\n"
REFUSED = 'import os\n\nVALUE: int = "deux"\n'  # os unused (F401), a str declared int


def test_refused_modules_fail_with_both_tools_and_a_clean_one_passes(tmp_path: Path) -> None:
    clean, refused = tmp_path / "m_main_00001.py", tmp_path / "m_main_00002.py"
    clean.write_text(CLEAN, encoding="utf-8")
    refused.write_text(REFUSED, encoding="utf-8")
    failures = _lint_emitted(tmp_path, [clean, refused])
    assert len(failures) == 2
    ruff, mypy = failures
    assert ruff.startswith("ruff refuse") and "F401" in ruff and "m_main_00002.py" in ruff
    assert mypy.startswith("mypy refuse") and "m_main_00002.py:3" in mypy and "m_main_00001" not in mypy
    refused.unlink()
    assert _lint_emitted(tmp_path, [clean]) == []


def test_the_sample_covers_every_shape_with_few_modules(tmp_path: Path) -> None:
    modules = []
    for number, text in enumerate([CLEAN, CLEAN, REFUSED], start=1):
        module = tmp_path / f"m_main_{number:05d}.py"
        module.write_text(text, encoding="utf-8")
        modules.append(module)
    sample = _mypy_sample(modules, 40)
    assert sorted(sample) == [modules[0], modules[2]]  # the copy adds no shape: left out
    assert len(_mypy_sample(modules, 1)) == 1
