"""The language server (`circ lsp`): pygls over stdio, one handler per feature, each delegating to
its module.

Diagnostics follow the text as it is typed: a change after a pause is checked at once; a change that
comes while the previous check is pending or running reschedules it a short moment later
(DEBOUNCE_SECONDS), so that a burst of keystrokes is checked once, for its last text. The check runs
in a worker thread, so that the server keeps answering, and its diagnostics are published only if
the document did not change meanwhile. The files that read a document (the circulars that import
a vocabulary being edited) are checked again after it.
"""

from __future__ import annotations

import asyncio
import traceback
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from circdsl.lsp import code_actions, completion, hover, navigation, outline, rename
from circdsl.lsp.diagnostics import lsp_diagnostics
from circdsl.lsp.files import Analysis, Files
from circdsl.lsp.positions import path_of

DEBOUNCE_SECONDS = 0.03
NAME = "circ"
CIRCULARS = "circulars"  # where an unsaved document of a workspace looks for `commun.circ`


def _version() -> str:
    try:
        return package_version("circdsl")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree without installing
        return "0"


class CircServer(LanguageServer):
    """The server's state: the files it knows and the checks scheduled."""

    def __init__(self) -> None:
        super().__init__(NAME, _version(), text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.files = Files(codec=lambda: self.workspace.position_codec)
        self.scheduled: dict[str, asyncio.Task[None]] = {}

    def analysis(self, uri: str) -> Analysis | None:
        return self.files.analysis(uri)

    def schedule(self, uri: str, delay: float | None = None) -> None:
        """Check a document: at once after a pause in the typing, a moment from now (DEBOUNCE_SECONDS)
        while a check of it is still pending or running — a later change reschedules it."""
        previous = self.scheduled.pop(uri, None)
        busy = previous is not None and not previous.done()
        if previous is not None:
            previous.cancel()
        if delay is None:
            delay = DEBOUNCE_SECONDS if busy else 0.0
        self.scheduled[uri] = asyncio.get_running_loop().create_task(self._check(uri, delay))

    async def _check(self, uri: str, delay: float) -> None:
        await asyncio.sleep(delay)
        version = self.files.version(uri)
        previous = self.files.analyses.get(uri)
        try:
            analysis = await asyncio.to_thread(self.files.analysis, uri)
        except Exception as error:  # a fault of the server, not of the file: said, and the server goes on
            self.internal_error(error)
            return
        if analysis is None or self.files.version(uri) != version or uri not in self.files.opened:
            return  # changed or closed meanwhile: a newer check is scheduled
        self.publish(analysis)
        if analysis is not previous:  # a new text: what reads this file may say something else now
            for reader in self.files.dependents(uri):
                self.schedule(reader, delay=0)

    def publish(self, analysis: Analysis) -> None:
        params = types.PublishDiagnosticsParams(
            uri=analysis.uri, version=analysis.version, diagnostics=lsp_diagnostics(analysis)
        )
        self.text_document_publish_diagnostics(params)

    def internal_error(self, error: Exception) -> None:
        detail = "".join(traceback.format_exception_only(type(error), error)).strip()
        self.window_log_message(
            types.LogMessageParams(
                type=types.MessageType.Error,
                message=f"erreur interne du serveur circ ({detail}) : ce n'est pas une erreur de votre fichier",
            )
        )


def create_server() -> CircServer:
    """A server with every feature registered."""
    server = CircServer()

    @server.feature(types.INITIALIZED)
    def initialized(ls: CircServer, params: types.InitializedParams) -> None:
        root = ls.workspace.root_path
        if root:
            folder = Path(root)
            ls.files.default_folder = folder / CIRCULARS if (folder / CIRCULARS).is_dir() else folder

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: CircServer, params: types.DidOpenTextDocumentParams) -> None:
        document = params.text_document
        ls.files.open(document.uri, document.text, document.version)
        ls.schedule(document.uri, delay=0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: CircServer, params: types.DidChangeTextDocumentParams) -> None:
        uri = params.text_document.uri
        document = ls.workspace.get_text_document(uri)
        ls.files.open(uri, document.source, params.text_document.version)
        ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: CircServer, params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        ls.files.close(uri)
        task = ls.scheduled.pop(uri, None)
        if task is not None:
            task.cancel()
        ls.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))
        for reader in ls.files.dependents(uri) if path_of(uri) else ():
            ls.schedule(reader, delay=0)  # they read the file from the disk again

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    def on_hover(ls: CircServer, params: types.HoverParams) -> types.Hover | None:
        analysis = ls.analysis(params.text_document.uri)
        return hover.hover(ls.files, analysis, params.position) if analysis else None

    @server.feature(types.TEXT_DOCUMENT_DEFINITION)
    def on_definition(ls: CircServer, params: types.DefinitionParams) -> list[types.Location]:
        analysis = ls.analysis(params.text_document.uri)
        return navigation.definition(ls.files, analysis, params.position) if analysis else []

    @server.feature(types.TEXT_DOCUMENT_REFERENCES)
    def on_references(ls: CircServer, params: types.ReferenceParams) -> list[types.Location]:
        analysis = ls.analysis(params.text_document.uri)
        if analysis is None:
            return []
        return navigation.references(ls.files, analysis, params.position, params.context.include_declaration)

    @server.feature(
        types.TEXT_DOCUMENT_COMPLETION,
        types.CompletionOptions(trigger_characters=[".", "{", "|"]),
    )
    def on_completion(ls: CircServer, params: types.CompletionParams) -> types.CompletionList | None:
        analysis = ls.analysis(params.text_document.uri)
        return completion.complete(ls.files, analysis, params.position) if analysis else None

    @server.feature(types.TEXT_DOCUMENT_DOCUMENT_SYMBOL)
    def on_outline(ls: CircServer, params: types.DocumentSymbolParams) -> list[types.DocumentSymbol]:
        analysis = ls.analysis(params.text_document.uri)
        return outline.outline(analysis) if analysis else []

    @server.feature(types.TEXT_DOCUMENT_PREPARE_RENAME)
    def on_prepare_rename(ls: CircServer, params: types.PrepareRenameParams) -> types.PrepareRenamePlaceholder | None:
        analysis = ls.analysis(params.text_document.uri)
        return rename.prepare(ls.files, analysis, params.position) if analysis else None

    @server.feature(types.TEXT_DOCUMENT_RENAME, types.RenameOptions(prepare_provider=True))
    def on_rename(ls: CircServer, params: types.RenameParams) -> types.WorkspaceEdit | None:
        analysis = ls.analysis(params.text_document.uri)
        return rename.rename(ls.files, analysis, params.position, params.new_name) if analysis else None

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )
    def on_code_action(ls: CircServer, params: types.CodeActionParams) -> list[types.CodeAction]:
        analysis = ls.analysis(params.text_document.uri)
        return code_actions.quick_fixes(analysis, params) if analysis else []

    return server


def serve(**options: Any) -> None:
    """Run the server on stdin and stdout until the editor stops it."""
    create_server().start_io(**options)
