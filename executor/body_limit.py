"""Request bodies bounded in front of Django.

Django's ASGI handler reads a whole request body (into memory, then a temporary
file) before any view runs; DATA_UPLOAD_MAX_MEMORY_SIZE is only checked after.
This ASGI middleware answers 413 as soon as the declared length, or the bytes
received so far, pass LIQUEFY_MAX_REQUEST_BYTES, so that nobody fills the
memory or the disk of the web process.
"""


class BodyTooLarge(Exception):
    pass


def declared_length(scope):
    for name, value in scope.get("headers", ()):
        if name.lower() == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class BodyLimit:
    def __init__(self, app, max_bytes):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        if (declared_length(scope) or 0) > self.max_bytes:
            return await self.refuse(send)
        received = 0
        started = False

        async def counted_receive():
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                raise BodyTooLarge()
            return message

        async def tracked_send(message):
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)
        try:
            await self.app(scope, counted_receive, tracked_send)
        except BodyTooLarge:
            if not started:
                await self.refuse(send)

    async def refuse(self, send):
        body = f"request body larger than {self.max_bytes} bytes\n".encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"connection", b"close"),
                                (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})
