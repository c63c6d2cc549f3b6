module.exports = Object.freeze({
  port: Number(process.env.PORT) || 3000,
  seedFile: require('path').join(__dirname, '..', 'data', 'seed.json'),
  lowStock: 2,
});
