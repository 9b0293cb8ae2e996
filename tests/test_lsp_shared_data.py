"""The language server and shared data files: a name imported from procedure_aix_marseille_2025.circ
leads to its line there, and editing the shared file rechecks the open circulars that use it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from circdsl.lsp.positions import uri_of
from tests.lsp_session import Session, position_of, shared_workspace

# With test_lsp.py on one worker: one language server for both modules, not one per module and worker.
pytestmark = pytest.mark.xdist_group("lsp")

CIRCULAR = "poste_adapte_aix_marseille_2025.circ"
SHARED = "procedure_aix_marseille_2025.circ"


@pytest.fixture(scope="module")
def project(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the circulars, with the server that test_lsp.py also uses (started once)."""
    return shared_workspace(pytestconfig, tmp_path_factory)[0]


@pytest.fixture(scope="module")
def session(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Session:
    return shared_workspace(pytestconfig, tmp_path_factory)[1]


@contextlib.contextmanager
def opened(session: Session, uri: str, text: str) -> Iterator[None]:
    session.open(uri, text)
    try:
        yield
    finally:
        session.close(uri)


def _file(project: Path, name: str) -> tuple[str, str]:
    path = project / "circulars" / name
    return uri_of(path), path.read_text(encoding="utf-8")


def test_a_shared_service_and_the_shared_file_lead_to_their_lines(session: Session, project: Path) -> None:
    uri, text = _file(project, CIRCULAR)
    shared_uri, shared_text = _file(project, SHARED)
    with opened(session, uri, text):
        assert session.diagnostics(uri) == []
        found = session.definition(uri, position_of(text, "donné par médecin_du_travail", len("donné par ")))
        assert [location.uri for location in found] == [shared_uri]
        assert found[0].range.start == position_of(shared_text, "médecin_du_travail ")
        imported = session.definition(uri, position_of(text, "utilise procedure_aix", len("utilise ")))
        assert [location.uri for location in imported] == [shared_uri]


def test_editing_the_shared_file_rechecks_the_circulars_that_use_it(session: Session, project: Path) -> None:
    uri, text = _file(project, CIRCULAR)
    shared_uri, shared_text = _file(project, SHARED)
    with opened(session, uri, text):
        assert session.diagnostics(uri) == []
        with opened(session, shared_uri, shared_text):
            before = session.publications(uri)
            session.change(shared_uri, shared_text.replace("service drrh ", "service drrh_rectorat "))
            found = session.next_diagnostics(uri, before)  # the circular reads the unsaved shared file
            assert {d.code for d in found} == {"E101"}
            before = session.publications(uri)
        assert session.next_diagnostics(uri, before) == []  # closed unsaved: the file on the disk again
