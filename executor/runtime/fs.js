// fs on the project's file store: the uploaded files plus what the service
// writes. The store lives in Redis; each node's isolate holds a copy that is
// refreshed before a message when the store has changed. Reads are served from
// the copy; writes change the copy and become effects that Python persists
// before any continuation of the write runs. Callbacks are post messages.
const {EFFECT} = require("./protocol");
(function (rt) {
  "use strict";
  const P = () => rt.project;

  function pathModule() { return rt.require("path"); }

  // "/srv/app/data/x.txt" or "data/x.txt" -> "data/x.txt"; null outside the service.
  function relative(p) {
    if (p instanceof URL) p = p.pathname;
    if (Buffer.isBuffer(p)) p = p.toString();
    if (typeof p !== "string") {
      throw argError(TypeError, "ERR_INVALID_ARG_TYPE",
                     'The "path" argument must be of type string or an instance of Buffer or URL.' + rt.received(p));
    }
    const abs = pathModule().resolve(P().root, p);
    if (abs === P().root) return "";
    if (!abs.startsWith(P().root + "/")) return null;
    return abs.slice(P().root.length + 1);
  }

  function absolute(p) { return pathModule().resolve(P().root, String(p)); }

  function fsError(code, syscall, path, dest) {
    const info = {ENOENT: [-2, "no such file or directory"], EEXIST: [-17, "file already exists"],
                  EISDIR: [-21, "illegal operation on a directory"], ENOTDIR: [-20, "not a directory"],
                  ENOTEMPTY: [-39, "directory not empty"], EACCES: [-13, "permission denied"],
                  ENOSPC: [-28, "no space left on device"], EINVAL: [-22, "invalid argument"]}[code];
    let message = code + ": " + info[1] + ", " + syscall;
    if (path !== undefined) message += " '" + path + "'";
    if (dest !== undefined) message += " -> '" + dest + "'";
    const e = new Error(message);
    e.errno = info[0];
    e.code = code;
    e.syscall = syscall;
    if (path !== undefined) e.path = path;
    if (dest !== undefined) e.dest = dest;
    return e;
  }

  function isDir(rel) {
    if (rel === "") return true;
    const files = P().files;
    if (files[rel + "/"] !== undefined) return true;
    const prefix = rel + "/";
    for (const k in files) if (k.startsWith(prefix)) return true;
    return false;
  }

  function exists(rel) { return rel !== null && (P().files[rel] !== undefined || isDir(rel)); }

  // The encoding of an options argument, checked as Node's getOptions does.
  function encodingOf(options) {
    if (options == null || typeof options === "function") return null;
    const enc = typeof options === "string" ? options : options.encoding;
    if (typeof options !== "string" && typeof options !== "object") {
      throw argError(TypeError, "ERR_INVALID_ARG_TYPE", 'The "options" argument must be one of type string or object.' +
                     rt.received(options));
    }
    if (enc && enc !== "buffer" && !Buffer.isEncoding(enc)) {
      throw argError(TypeError, "ERR_INVALID_ARG_VALUE", "The argument 'encoding' is invalid encoding. Received " +
                     rt.require("util").inspect(enc));
    }
    return enc || null;
  }

  // An invalid argument: thrown at the call, even by the callback forms.
  const argErrors = new WeakSet();
  function argError(Type, code, message) {
    const e = new Type(message);
    e.code = code;
    argErrors.add(e);
    return e;
  }

  function toBuffer(data, options) {
    if (Buffer.isBuffer(data)) return data;
    if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (typeof data !== "string") {
      throw argError(TypeError, "ERR_INVALID_ARG_TYPE", 'The "data" argument must be of type string or an instance of ' +
                     "Buffer, TypedArray, or DataView." + rt.received(data));
    }
    return Buffer.from(data, encodingOf(options) || "utf8");
  }

  // The file store is kept in Redis: a service gets a bounded share of it.
  const MAX_FILE_BYTES = 8 * 1024 * 1024;
  const MAX_STORE_BYTES = 32 * 1024 * 1024;

  function storeBytes() {
    let total = 0;
    for (const k in P().files) total += P().files[k].length;
    return total;
  }

  function persist(rel, buffer) {
    if (buffer !== null) {
      const before = P().files[rel] ? P().files[rel].length : 0;
      if (buffer.length > MAX_FILE_BYTES || storeBytes() - before + buffer.length > MAX_STORE_BYTES) {
        throw fsError("ENOSPC", "write", absolute(rel));
      }
    }
    if (buffer === null) delete P().files[rel];
    else P().files[rel] = buffer;
    rt.emit({op: EFFECT.fsWrite, path: rel, data: buffer === null ? null : buffer.toString("base64")});
  }

  function parentExists(rel) {
    const slash = rel.lastIndexOf("/");
    return slash === -1 || isDir(rel.slice(0, slash));
  }

  // fs.Stats and fs.Dirent keep their methods after a trip (runtime classes).
  const S_IFMT = 0o170000, S_IFREG = 0o100000, S_IFDIR = 0o040000;
  class Stats {
    constructor(rel, size, dir) {
      const t = new Date(P().filesTime || 0);
      Object.assign(this, {dev: 2049, mode: dir ? 16877 : 33188, nlink: 1, uid: 0, gid: 0, rdev: 0, blksize: 4096,
                           ino: 0, size: size, blocks: Math.ceil(size / 512), atimeMs: t.getTime(), mtimeMs: t.getTime(),
                           ctimeMs: t.getTime(), birthtimeMs: t.getTime(), atime: t, mtime: t, ctime: t, birthtime: t});
    }
    isFile() { return (this.mode & S_IFMT) === S_IFREG; }
    isDirectory() { return (this.mode & S_IFMT) === S_IFDIR; }
    isSymbolicLink() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
  }
  rt.runtimeClass("fs.Stats", Stats);

  class Dirent {
    constructor(name, parent, dir) {
      Object.assign(this, {name: name, parentPath: parent, path: parent});
      Object.defineProperty(this, "_dir", {value: dir, writable: true, configurable: true});
    }
    isFile() { return !this._dir; }
    isDirectory() { return this._dir; }
    isSymbolicLink() { return false; }
    isFIFO() { return false; }
    isSocket() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return false; }
  }
  rt.runtimeClass("fs.Dirent", Dirent);

  // -- the operations, synchronous: they throw ----------------------------------
  const ops = {
    readFile(p, options) {
      const enc = encodingOf(options);
      const rel = relative(p);
      if (rel !== null && isDir(rel) && P().files[rel] === undefined) throw fsError("EISDIR", "read");
      const data = rel === null ? undefined : P().files[rel];
      if (data === undefined) throw fsError("ENOENT", "open", absolute(p));
      return enc ? data.toString(enc) : Buffer.from(data);
    },
    writeFile(p, data, options) {
      encodingOf(options);
      const rel = relative(p);
      if (rel === null || !parentExists(rel)) throw fsError("ENOENT", "open", absolute(p));
      if (isDir(rel) && P().files[rel] === undefined) throw fsError("EISDIR", "open", absolute(p));
      persist(rel, toBuffer(data, options));
    },
    appendFile(p, data, options) {
      encodingOf(options);
      const rel = relative(p);
      if (rel === null || !parentExists(rel)) throw fsError("ENOENT", "open", absolute(p));
      const before = P().files[rel] || Buffer.alloc(0);
      persist(rel, Buffer.concat([before, toBuffer(data, options)]));
    },
    readdir(p, options) {
      encodingOf(options);
      const rel = relative(p);
      if (rel === null || !exists(rel)) throw fsError("ENOENT", "scandir", absolute(p));
      if (!isDir(rel)) throw fsError("ENOTDIR", "scandir", absolute(p));
      const prefix = rel === "" ? "" : rel + "/";
      const names = new Set();
      for (const k in P().files) {
        if (k.startsWith(prefix) && k.length > prefix.length) names.add(k.slice(prefix.length).split("/")[0]);
      }
      const sorted = Array.from(names).sort();
      if (options && options.withFileTypes) return sorted.map((name) => new Dirent(name, absolute(p), isDir(prefix + name)));
      return sorted;
    },
    stat(p) {
      const rel = relative(p);
      if (!exists(rel)) throw fsError("ENOENT", "stat", absolute(p));
      const data = P().files[rel];
      return data !== undefined && !rel.endsWith("/") ? new Stats(rel, data.length, false) : new Stats(rel, 4096, true);
    },
    access(p) {
      const rel = relative(p);
      if (!exists(rel)) throw fsError("ENOENT", "access", absolute(p));
    },
    unlink(p) {
      const rel = relative(p);
      if (rel === null || P().files[rel] === undefined) throw fsError("ENOENT", "unlink", absolute(p));
      persist(rel, null);
    },
    mkdir(p, options) {
      const rel = relative(p);
      const recursive = options && typeof options === "object" && options.recursive;
      if (rel === null) throw fsError("EACCES", "mkdir", absolute(p));
      if (exists(rel)) {
        if (recursive) return undefined;
        throw fsError("EEXIST", "mkdir", absolute(p));
      }
      if (!recursive && !parentExists(rel)) throw fsError("ENOENT", "mkdir", absolute(p));
      persist(rel + "/", Buffer.alloc(0));
      return recursive ? absolute(p) : undefined;
    },
    rmdir(p) {
      const rel = relative(p);
      if (rel === null || !isDir(rel)) throw fsError("ENOENT", "rmdir", absolute(p));
      for (const k in P().files) if (k.startsWith(rel + "/") && k !== rel + "/") throw fsError("ENOTEMPTY", "rmdir", absolute(p));
      persist(rel + "/", null);
    },
    rm(p, options) {
      const rel = relative(p);
      if (rel === null || !exists(rel)) {
        if (options && options.force) return;
        throw fsError("ENOENT", "rm", absolute(p));
      }
      for (const k of Object.keys(P().files)) if (k === rel || k.startsWith(rel + "/")) persist(k, null);
    },
    rename(from, to) {
      const a = relative(from), b = relative(to);
      if (a === null || P().files[a] === undefined) throw fsError("ENOENT", "rename", absolute(from), absolute(to));
      const data = P().files[a];
      persist(a, null);
      persist(b, data);
    },
    copyFile(from, to) {
      const a = relative(from);
      if (a === null || P().files[a] === undefined) throw fsError("ENOENT", "copyfile", absolute(from), absolute(to));
      persist(relative(to), P().files[a]);
    },
    exists(p) {
      try { return exists(relative(p)); } catch (e) { return false; }
    },
    // The file store has no symbolic links: a path is its own real path, and no file is a link.
    realpath(p, options, syscall) {
      if (!exists(relative(p))) throw fsError("ENOENT", syscall || "lstat", absolute(p));
      return absolute(p);
    },
    readlink(p) {
      throw fsError(exists(relative(p)) ? "EINVAL" : "ENOENT", "readlink", absolute(p));
    },
  };
  ops.lstat = ops.stat;

  // -- streams over the file store ----------------------------------------------
  // A read stream pushes the file's bytes (start..end) in highWaterMark chunks; a
  // missing file is its 'error'. A write stream writes each chunk as it comes
  // (flags "w" empties the file first, "a" appends), each one a write as fs.writeFile's.
  function streamOptions(options) {
    return typeof options === "string" ? {encoding: options} : Object.assign({}, options);
  }

  function createReadStream(p, options) {
    const opts = streamOptions(options);
    const {Readable} = rt.require("stream");
    let data = null, error = null;
    try { data = ops.readFile(p); } catch (e) { error = e; }
    const size = opts.highWaterMark || 64 * 1024;
    let at = opts.start || 0;
    const end = opts.end === undefined ? Infinity : opts.end + 1;
    const stream = new Readable({
      highWaterMark: size, encoding: opts.encoding,
      read() {
        if (error) { this.destroy(error); return; }
        const stop = Math.min(data.length, end, at + size);
        if (at >= stop) { this.push(null); return; }
        const chunk = data.subarray(at, stop);
        at = stop;
        this.bytesRead += chunk.length;
        this.push(chunk);
      },
    });
    stream.path = p;
    stream.bytesRead = 0;
    stream.pending = false;
    if (!error) process.nextTick(() => { stream.emit("open", 3); stream.emit("ready"); });
    return stream;
  }

  function createWriteStream(p, options) {
    const opts = streamOptions(options);
    const {Writable} = rt.require("stream");
    const append = String(opts.flags || "w")[0] === "a";
    let opened = false;
    const stream = new Writable({
      decodeStrings: true, defaultEncoding: opts.encoding || "utf8",
      write(chunk, encoding, done) {
        try {
          if (!opened && !append) ops.writeFile(p, chunk);
          else ops.appendFile(p, chunk);
          opened = true;
          this.bytesWritten += chunk.length;
        } catch (e) {
          done(e);
          return;
        }
        done();
      },
      final(done) {
        try { if (!opened && !append) ops.writeFile(p, ""); } catch (e) { done(e); return; }
        done();
      },
    });
    stream.path = p;
    stream.bytesWritten = 0;
    stream.pending = false;
    return stream;
  }

  // -- the module: callbacks, sync and promise forms of each operation ----------
  // A package's callback (hbs reading a template), or the service's holding one (the `done` of
  // async.waterfall), cannot travel: it runs in the message, as an immediate (run.js,
  // keepImmediate), after the write it follows, which this isolate's files already hold. A
  // callback of a stateless unit this node runs is chained there too, after a read only.
  const READS = new Set(["readFile", "readdir", "stat", "lstat", "access", "realpath"]);
  // Node 20's fs.constants on Linux (graceful-fs reads the open flags)
  const FS_CONSTANTS = Object.freeze({
    UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
    UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3, UV_DIRENT_FIFO: 4,
    UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7, EXTENSIONLESS_FORMAT_JAVASCRIPT: 0,
    EXTENSIONLESS_FORMAT_WASM: 1, S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192,
    S_IFBLK: 24576, S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
    UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
    O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384,
    O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32,
    S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2,
    X_OK: 1, UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
    UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
  });
  // The deprecated `constants` module: os's and fs's constants in one object, as Node's lib/constants.js
  rt.defineRuntimeModule("constants", () => {
    const os = rt.require("os").constants;
    return Object.assign({}, os.errno, os.priority, os.signals, FS_CONSTANTS);
  });
  rt.defineRuntimeModule("fs", function () {
    const fs = {constants: FS_CONSTANTS};
    const promises = {};
    for (const name of Object.keys(ops)) {
      if (name === "exists") continue;
      const op = ops[name];
      fs[name + "Sync"] = function () { return op.apply(null, arguments); };
      fs[name] = function () {
        const args = Array.prototype.slice.call(arguments);
        const cb = args.pop();
        if (typeof cb !== "function") {
          const e = new TypeError('The "cb" argument must be of type function. Received ' + (cb === undefined ? "undefined" : typeof cb));
          e.code = "ERR_INVALID_ARG_TYPE";
          throw e;
        }
        let result, error = null;
        try { result = op.apply(null, args); } catch (e) {
          if (argErrors.has(e)) throw e;
          error = e;
        }
        const cbArgs = error ? [error] : (result === undefined ? [null] : [null, result]);
        if (!rt.keepImmediate(cb, cbArgs, rt.newId(), READS.has(name))) rt.post(cb, cbArgs, {via: "fs." + name});
      };
      promises[name] = function () {
        try { return Promise.resolve(op.apply(null, arguments)); } catch (e) { return Promise.reject(e); }
      };
    }
    // glob's path-scurry takes these as it loads; the system's realpath names its own syscall
    const nativeRealpath = (p) => ops.realpath(p, undefined, "realpath");
    fs.realpathSync.native = nativeRealpath;
    fs.realpath.native = function (p, options, cb) {
      return fs.realpath(p, undefined, "realpath", typeof options === "function" ? options : cb);
    };
    promises.realpath = function (p) {  // Node's is the system's
      try { return Promise.resolve(nativeRealpath(p)); } catch (e) { return Promise.reject(e); }
    };
    fs.existsSync = ops.exists;
    fs.exists = function (p, cb) { rt.post(cb, [ops.exists(p)], {via: "fs.exists"}); };
    fs.promises = promises;
    fs.Stats = Stats;
    fs.Dirent = Dirent;
    fs.createReadStream = createReadStream;
    fs.createWriteStream = createWriteStream;
    fs.watch = fs.watchFile = function () { throw new Error("fs.watch is not available in Liquefy"); };
    Object.defineProperty(fs, "readFileSyncOrNull", {enumerable: false, value: function (p) {
      try { return ops.readFile(p); } catch (e) { return null; }
    }});
    return fs;
  });
  rt.defineRuntimeModule("fs/promises", () => rt.require("fs").promises);
})(require("./core"));
