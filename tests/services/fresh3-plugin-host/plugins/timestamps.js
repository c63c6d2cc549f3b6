// Stamps each record with a sequence number: the counter lives in the plugin's closure.
module.exports = {
  install(host) {
    let seq = 0;
    host.on('beforeSave', (rec) => ({ ...rec, seq: ++seq }));
  },
};
