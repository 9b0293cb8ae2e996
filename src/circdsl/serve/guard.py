"""The outer layer of the web service: request bodies are bounded (a larger one is refused before it
is read to the end) and an internal error becomes a French 500 whose log line names only the kind of
error (its message could quote a situation, which is never logged)."""

from __future__ import annotations

import json
import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1_000_000  # a situation is a few hundred bytes; one megabyte is far beyond any
LOGGER = logging.getLogger("circdsl.serve")


class _TooLargeError(Exception):
    pass


def too_large_message() -> str:
    return f"requête trop grande (plus de {MAX_BODY_BYTES // 1_000_000} Mo) : une situation tient en quelques lignes"


class Guard:
    """ASGI middleware: body size limit, internal errors answered without leaking anything."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", ())).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            await _answer(send, 413, too_large_message())
            return
        received = 0
        started = False

        async def bounded_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise _TooLargeError
            return message

        async def watched_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, bounded_receive, watched_send)
        except _TooLargeError:
            if not started:
                await _answer(send, 413, too_large_message())
        except Exception as error:
            LOGGER.error("erreur interne de circdsl (%s) : le détail n'est pas journalisé", type(error).__name__)
            if not started:
                await _answer(send, 500, "erreur interne du service : ce n'est pas une erreur de votre situation")


async def _answer(send: Send, status: int, message: str) -> None:
    body = json.dumps({"message": message, "errors": []}, ensure_ascii=False).encode("utf-8")
    headers = [(b"content-type", b"application/json; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
