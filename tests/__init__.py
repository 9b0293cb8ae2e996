"""The test suite of circdsl. A package, so that pytest imports conftest.py and each test module once,
under tests.…, the name the tests import them by: without it, a module both collected by pytest
and imported by another test (conftest.py, test_differential.py, test_guide.py...) was loaded twice,
its caches (the compiled circulars) and module-level work twice per process."""
