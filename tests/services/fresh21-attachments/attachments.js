const files = new Map(); // ticket -> File[]
const byType = {};

function attach(ticket, { name, type, base64, lastModified }) {
  const file = new File([Buffer.from(base64, 'base64')], name, { type, lastModified });
  const list = files.get(ticket) ?? [];
  list.push(file);
  files.set(ticket, list);
  byType[file.type || 'unknown'] = (byType[file.type || 'unknown'] ?? 0) + file.size;
  return file;
}

function describe(file) {
  return { name: file.name, type: file.type, size: file.size, lastModified: file.lastModified, isBlob: file instanceof Blob };
}

module.exports = { files, byType, attach, describe };
