let current = { greeting: 'hello', maxItems: 3 };

function getConfig() { return current; }
function setConfig(patch) {
  current = { ...current, ...patch };
  return current;
}

module.exports = { getConfig, setConfig };
