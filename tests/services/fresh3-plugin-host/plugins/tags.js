// Normalises tags and counts them in a Map shared by every host it is installed on.
const seen = new Map();

module.exports = {
  seen,
  install(host) {
    host.on('beforeSave', (rec) => {
      rec.tags = [...new Set((rec.tags ?? []).map((t) => t.trim().toLowerCase()))].sort();
      rec.tags.forEach((t) => seen.set(t, (seen.get(t) ?? 0) + 1));
    });
  },
};
