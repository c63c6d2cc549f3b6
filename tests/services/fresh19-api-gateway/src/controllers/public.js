const quotes = ['Simplicity is prerequisite for reliability.', 'Premature optimization is the root of all evil.', 'Talk is cheap. Show me the code.'];
let served = 0;

exports.quote = (req, res) => {
  const quote = quotes[served % quotes.length];
  served += 1;
  res.json({ n: served, quote });
};
