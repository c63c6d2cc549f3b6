const express = require('express');

const labels = {
  en: { tools: 'Tools', garden: 'Garden', misc: 'Other' },
  fr: { tools: 'Outils', garden: 'Jardin', misc: 'Divers' },
};
let renders = 0;

module.exports = express.Router().get('/', (req, res) => {
  renders++;
  const lang = req.acceptsLanguages('fr', 'en') || 'en';
  res.send(`<ul data-render="${renders}">${Object.values(labels[lang]).map((l) => `<li>${l}</li>`).join('')}</ul>`);
});
