"""Checks what users bring in: a pasted text, a .js file or a .zip of a service folder.

Everything is read and checked before anything is saved: a refusal raises
UploadRefused with a reason a person can act on, and nothing is half-imported.
A zip's `node_modules/` is kept: of it, the files a deployment reads (executor/packages.py,
`needed_on_disk`), within the packages' own limits; `.bin/` (npm's links) is dropped.
"""
import io
import posixpath
import stat
import zipfile

from django.conf import settings

from analyzer.source import IGNORED_DIRS, JS_EXTENSIONS, NO_ENTRY, find_entry, is_js_path, path_problem
from executor.packages import NODE_MODULES, is_package_file, needed_on_disk

TEXT_EXTENSIONS = JS_EXTENSIONS + (".json", ".txt", ".md", ".html", ".css", ".csv", ".xml", ".yml", ".yaml")


class UploadRefused(Exception):
    """Why an upload was refused, in words for the person who sent it."""


def limits():
    return (settings.LIQUEFY_MAX_UPLOAD_BYTES, settings.LIQUEFY_MAX_UNZIPPED_BYTES, settings.LIQUEFY_MAX_FILES)


def read_upload(uploaded):
    """{path: bytes} from an uploaded .js or .zip file, or UploadRefused."""
    max_upload, _, _ = limits()
    name = (uploaded.name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    if uploaded.size > max_upload:
        raise UploadRefused(f"{name} is {uploaded.size} bytes; the limit is {max_upload} bytes")
    data = uploaded.read(max_upload + 1)
    if len(data) > max_upload:
        raise UploadRefused(f"{name} is larger than the limit of {max_upload} bytes")
    lower = name.lower()
    if lower.endswith(".zip"):
        return read_zip(data)
    if lower.endswith(JS_EXTENSIONS):
        check_text(name, data)
        return {name: data}
    raise UploadRefused(f"{name}: expected a .js file or a .zip of a service folder")


def check_text(path, data):
    """JavaScript must be UTF-8 text, not binary."""
    if b"\x00" in data:
        raise UploadRefused(f"{path} is binary, but JavaScript source is expected")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise UploadRefused(f"{path} is not UTF-8 text (byte {e.start}), but JavaScript source is expected") from None


def safe_path(raw):
    """The normalised relative path of a zip member, or UploadRefused if it leaves the folder."""
    path = raw.replace("\\", "/")
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        raise UploadRefused(f"{raw}: absolute paths are not allowed in the archive")
    norm = posixpath.normpath(path)
    if norm == ".." or norm.startswith("../") or "/../" in f"/{path}/":
        raise UploadRefused(f"{raw}: the path escapes the service folder")
    problem = path_problem(norm)
    if problem:
        raise UploadRefused(f"{raw!r}: {problem}")
    return norm


def read_zip(data):
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UploadRefused("the file is not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, ValueError) as e:
        raise UploadRefused(f"the zip archive is damaged: {e}") from None
    members = [(i, p) for i, p in ((i, safe_path(i.filename)) for i in members) if kept(p)]
    own = [(i, p) for i, p in members if not is_package_file(p)]
    package = [(i, p) for i, p in members if is_package_file(p)]
    files = read_members(archive, own, *own_limits())
    files.update(read_members(archive, package, *package_limits(), what="node_modules/ of the archive"))
    if not files:
        raise UploadRefused("the archive holds no files")
    files = strip_common_folder(files)
    entry = find_entry(files)
    if entry is None:
        raise UploadRefused(NO_ENTRY)
    for path, content in files.items():
        if is_js_path(path, entry):
            check_text(path, content)
    return files


def kept(path):
    """Whether a member of the archive is read: not .git, __pycache__ or macOS's leftovers; in node_modules/
    only what a deployment reads, never npm's .bin/ links."""
    parts = path.split("/")
    if IGNORED_DIRS & set(parts):
        return False
    return not is_package_file(path) or (".bin" not in parts and needed_on_disk(parts[-1]))


def own_limits():
    _, max_unzipped, max_files = limits()
    return max_files, max_unzipped, "LIQUEFY_MAX_FILES", "LIQUEFY_MAX_UNZIPPED_BYTES"


def package_limits():
    return (settings.LIQUEFY_PACKAGES_MAX_FILES, settings.LIQUEFY_PACKAGES_MAX_BYTES, "LIQUEFY_PACKAGES_MAX_FILES",
            "LIQUEFY_PACKAGES_MAX_BYTES")


def read_members(archive, members, max_files, max_bytes, files_setting, bytes_setting, what="archive"):
    """{path: bytes} of `members`, within their limits."""
    if len(members) > max_files:
        raise UploadRefused(f"the {what} holds {len(members)} files; the limit is {max_files} ({files_setting})")
    declared = sum(i.file_size for i, _ in members)
    if declared > max_bytes:
        raise UploadRefused(f"the {what} unpacks to {declared} bytes; the limit is {max_bytes} bytes ({bytes_setting})")
    files, total = {}, 0
    for info, path in members:
        if info.flag_bits & 0x1:
            raise UploadRefused(f"{path}: encrypted archives are not supported")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise UploadRefused(f"{path}: symbolic links are not allowed in the archive")
        content = read_member(archive, info, path, max_bytes - total, max_bytes)
        total += len(content)
        files[path] = content
    return files


def read_member(archive, info, path, budget, limit):
    """The member's bytes, stopping as soon as it unpacks past the budget (a lying header)."""
    try:
        with archive.open(info) as f:
            content = f.read(budget + 1)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError, OSError) as e:
        raise UploadRefused(f"{path}: cannot be unpacked ({e})") from None
    if len(content) > budget:
        raise UploadRefused(f"the archive unpacks to more than {limit} bytes "
                            "(a zip bomb?)")
    return content


def strip_common_folder(files):
    """A zipped folder `svc/app.js ...` becomes `app.js ...`."""
    tops = {p.split("/", 1)[0] for p in files}
    if len(tops) == 1 and all("/" in p for p in files) and tops != {NODE_MODULES}:
        return {p.split("/", 1)[1]: c for p, c in files.items()}
    return files


def split_text_and_binary(files):
    """({path: text}, {path: bytes}): text files are edited, the rest stays as uploaded."""
    text, binary = {}, {}
    for path, content in files.items():
        try:
            if b"\x00" in content:
                raise UnicodeDecodeError("utf-8", content, 0, 1, "NUL byte")
            text[path] = content.decode("utf-8")
        except UnicodeDecodeError:
            binary[path] = content
    return text, binary


