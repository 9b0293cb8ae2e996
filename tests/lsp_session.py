"""A real LSP client session over stdio, for the tests and the benchmark: `circ lsp` runs as a
subprocess and pygls' client talks to it from a thread of its own, so that tests call it plainly.

Waiting for a notification has a timeout only so that a broken server fails the test instead of
hanging it; no test measures time."""

from __future__ import annotations

import asyncio
import shutil
import sys
import threading
from collections import defaultdict
from collections.abc import Coroutine
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from lsprotocol import types
from pygls.lsp.client import LanguageClient

if TYPE_CHECKING:
    import pytest

T = TypeVar("T")
TIMEOUT = 120  # seconds: only a server that stopped answering reaches it

CAPABILITIES = types.ClientCapabilities(
    text_document=types.TextDocumentClientCapabilities(
        hover=types.HoverClientCapabilities(content_format=[types.MarkupKind.Markdown]),
        completion=types.CompletionClientCapabilities(),
        document_symbol=types.DocumentSymbolClientCapabilities(hierarchical_document_symbol_support=True),
        rename=types.RenameClientCapabilities(prepare_support=True),
        code_action=types.CodeActionClientCapabilities(
            code_action_literal_support=types.ClientCodeActionLiteralOptions(
                code_action_kind=types.ClientCodeActionKindOptions(value_set=[types.CodeActionKind.QuickFix])
            )
        ),
        publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
            related_information=True, version_support=True, data_support=True
        ),
    )
)


class Session:
    """`circ lsp` started in `root` (its workspace), and a client to it."""

    def __init__(self, root: Path, command: tuple[str, ...] = (sys.executable, "-m", "circdsl", "lsp")):
        self.root = root
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.client = LanguageClient("tests-circdsl", "1")
        self.published: dict[str, list[types.PublishDiagnosticsParams]] = defaultdict(list)
        self.logged: list[str] = []
        self.changed = threading.Condition()
        self.versions: dict[str, int] = {}
        self.marks: dict[str, int] = {}  # publications for a document before it was last opened

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def diagnostics(params: types.PublishDiagnosticsParams) -> None:
            with self.changed:
                self.published[params.uri].append(params)
                self.changed.notify_all()

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def log(params: types.LogMessageParams) -> None:
            self.logged.append(params.message)

        self.run(self.client.start_io(*command, cwd=str(root)))
        self.initialize_result = self.run(
            self.client.initialize_async(
                types.InitializeParams(
                    capabilities=CAPABILITIES,
                    root_uri=root.as_uri(),
                    workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
                )
            )
        )
        self.client.initialized(types.InitializedParams())

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(TIMEOUT)

    def call(self, function: Any, *args: Any) -> None:
        """A notification: sent from the client's own thread."""
        self.loop.call_soon_threadsafe(function, *args)

    # ------------------------------------------------------------ documents
    def open(self, uri: str, text: str) -> int:
        self.versions[uri] = 1
        self.marks[uri] = self.publications(uri)
        item = types.TextDocumentItem(uri=uri, language_id="circ", version=1, text=text)
        self.call(self.client.text_document_did_open, types.DidOpenTextDocumentParams(text_document=item))
        return 1

    def change(self, uri: str, text: str) -> int:
        version = self.versions[uri] = self.versions[uri] + 1
        params = types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(version=version, uri=uri),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
        self.call(self.client.text_document_did_change, params)
        return version

    def close(self, uri: str) -> None:
        params = types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        self.call(self.client.text_document_did_close, params)

    def diagnostics(self, uri: str, version: int | None = None) -> list[types.Diagnostic]:
        """The diagnostics published for a version of a document since it was opened (by default
        its last version)."""
        version = self.versions.get(uri) if version is None else version
        after = self.marks.get(uri, 0)

        def found() -> types.PublishDiagnosticsParams | None:
            for params in self.published[uri][after:]:
                if version is None or params.version == version:
                    return params
            return None

        with self.changed:
            if not self.changed.wait_for(lambda: found() is not None, TIMEOUT):
                raise AssertionError(f"aucun diagnostic publié pour {uri} (version {version})")
            params = found()
            assert params is not None
            return list(params.diagnostics)

    def next_diagnostics(self, uri: str, after: int) -> list[types.Diagnostic]:
        """The diagnostics of the first publication for a document after its `after` first ones."""
        with self.changed:
            if not self.changed.wait_for(lambda: len(self.published[uri]) > after, TIMEOUT):
                raise AssertionError(f"aucun nouveau diagnostic publié pour {uri}")
            return list(self.published[uri][after].diagnostics)

    def publications(self, uri: str) -> int:
        with self.changed:
            return len(self.published[uri])

    # ------------------------------------------------------------ requests
    def hover(self, uri: str, position: types.Position) -> types.Hover | None:
        params = types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        return self.run(self.client.text_document_hover_async(params))

    def definition(self, uri: str, position: types.Position) -> Any:
        params = types.DefinitionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        return self.run(self.client.text_document_definition_async(params))

    def references(self, uri: str, position: types.Position, declaration: bool = True) -> list[types.Location]:
        params = types.ReferenceParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=position,
            context=types.ReferenceContext(include_declaration=declaration),
        )
        return list(self.run(self.client.text_document_references_async(params)) or [])

    def completion(self, uri: str, position: types.Position) -> list[types.CompletionItem]:
        params = types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        result = self.run(self.client.text_document_completion_async(params))
        if isinstance(result, types.CompletionList):
            return list(result.items)
        return list(result or [])

    def outline(self, uri: str) -> list[Any]:
        params = types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=uri))
        return list(self.run(self.client.text_document_document_symbol_async(params)) or [])

    def rename(self, uri: str, position: types.Position, new_name: str) -> types.WorkspaceEdit | None:
        params = types.RenameParams(
            text_document=types.TextDocumentIdentifier(uri=uri), position=position, new_name=new_name
        )
        return self.run(self.client.text_document_rename_async(params))

    def prepare_rename(self, uri: str, position: types.Position) -> Any:
        params = types.PrepareRenameParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
        return self.run(self.client.text_document_prepare_rename_async(params))

    def code_actions(self, uri: str, diagnostics: list[types.Diagnostic]) -> list[Any]:
        params = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostics[0].range,
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
        return list(self.run(self.client.text_document_code_action_async(params)) or [])

    def stop(self) -> None:
        self.run(self.client.shutdown_async(None))
        self.client.exit(None)
        self.run(self.client.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(TIMEOUT)


def position_of(text: str, needle: str, offset: int = 0, occurrence: int = 0) -> types.Position:
    """The LSP position (UTF-16) of `offset` characters into the `occurrence`-th `needle` of `text`."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    index += offset
    line_start = text.rfind("\n", 0, index) + 1
    column = len(text[line_start:index].encode("utf-16-le")) // 2
    return types.Position(line=text.count("\n", 0, index), character=column)


def apply_edits(text: str, edits: list[types.TextEdit]) -> str:
    """Apply text edits (UTF-16 positions) to a text, the last first."""
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        line = lines[position.line]
        units = 0
        column = 0
        while column < len(line) and units < position.character:
            units += len(line[column].encode("utf-16-le")) // 2
            column += 1
        return sum(len(x) + 1 for x in lines[: position.line]) + column

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]
        lines = text.split("\n")
    return text


_SHARED: list[tuple[Path, Session]] = []


def shared_workspace(config: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Session]:
    """A copy of the repository's circulars and one `circ lsp` started on it, for every test module
    of this process that asks (test_lsp.py, test_lsp_shared_data.py: one pytest-xdist group): the
    server starts once (about 1.3 s of CPU, its imports and the workspace), and stops when the
    process's tests end. The tests keep it as they found it: each opens the documents it needs and
    closes them, its edits stay unsaved, and what it writes goes to a folder of its own."""
    if not _SHARED:
        root = tmp_path_factory.mktemp("espace")
        shutil.copytree(Path(__file__).resolve().parent.parent / "circulars", root / "circulars")
        session = Session(root)
        config.add_cleanup(session.stop)
        _SHARED.append((root, session))
    return _SHARED[0]
