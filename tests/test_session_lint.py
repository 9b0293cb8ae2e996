"""The end-of-session check of the modules emitted during the tests (tests/conftest.py) reports what
ruff and mypy --strict refuse, and nothing for a clean module."""

from __future__ import annotations

import os
from pathlib import Path

from circdsl.emit_python import emit_python
from tests.conftest import (
    EMITTED,
    GENERATED,
    PARIS,
    SHAPES_SUFFIX,
    _emitted_imports,
    _lint_emitted,
    _mypy_sample,
    _recorded_shapes,
    _shapes,
    compiled,
)

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


def test_a_recorded_module_has_its_shapes_beside_it() -> None:
    """Each test process records what it emits, with its shapes (the controller's sample reads them)."""
    source = emit_python(compiled(PARIS).circular)
    folder = Path(os.environ[EMITTED])
    mine = folder.glob(f"m_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_*.py")  # the other worker may have it too
    [module] = [path for path in mine if path.read_text(encoding="utf-8") == source]
    assert _recorded_shapes(module) == _shapes(source)
    assert module.with_suffix(SHAPES_SUFFIX).is_file()


def test_the_warm_up_imports_what_every_committed_validator_imports() -> None:
    warm_up = set(_emitted_imports().splitlines())
    for module in (GENERATED / "circulaires").glob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert {line for line in text.splitlines() if line.startswith(("import ", "from "))} <= warm_up
