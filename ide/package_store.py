"""The node_modules/ of uploads, kept out of the database: one zip per content, named by the
SHA-256 of its paths and bytes, under settings.LIQUEFY_PACKAGE_STORE. A revision names its
zip (Revision.packages); revisions with the same packages share it. Nothing is ever removed
from the store automatically."""
import hashlib
import io
import os
import tempfile
import zipfile
from pathlib import Path

from django.conf import settings


def root():
    return Path(settings.LIQUEFY_PACKAGE_STORE)


def digest_of(files):
    h = hashlib.sha256()
    for path in sorted(files):
        h.update(path.encode() + b"\0" + len(files[path]).to_bytes(8, "big") + files[path])
    return h.hexdigest()


def put(files):
    """Keeps {path: bytes} (paths under node_modules/); its digest, "" for no files."""
    if not files:
        return ""
    digest = digest_of(files)
    target = root() / f"{digest}.zip"
    if not target.exists():
        root().mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix="storing-", dir=root())
        with os.fdopen(fd, "wb") as out, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for path in sorted(files):
                z.writestr(path, files[path])
        os.replace(temporary, target)  # whole or not at all, also when two uploads store the same
    return digest


def get(digest):
    """{path: bytes} kept under `digest`; {} for ""."""
    if not digest:
        return {}
    with zipfile.ZipFile(io.BytesIO((root() / f"{digest}.zip").read_bytes())) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def summary(digest):
    """{"files": n, "bytes": n} of what `digest` keeps, for the page; None for ""."""
    if not digest:
        return None
    with zipfile.ZipFile(root() / f"{digest}.zip") as z:
        infos = z.infolist()
        return {"files": len(infos), "bytes": sum(i.file_size for i in infos)}
