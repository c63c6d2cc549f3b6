'use strict';

const sales = [
  { region: 'north', amount: 120 },
  { region: 'south', amount: 80 },
  { region: 'north', amount: 45 },
  { region: 'west', amount: 200 },
];

let runs = 0;

async function exportReport({ report, format }) {
  runs += 1;
  await new Promise((resolve) => setImmediate(resolve));
  if (report === 'broken') throw new Error('report definition missing');
  const rows = report === 'by-region'
    ? Object.entries(sales.reduce((acc, s) => ({ ...acc, [s.region]: (acc[s.region] || 0) + s.amount }), {}))
    : sales.map((s) => [s.region, s.amount]);
  const body = format === 'csv' ? rows.map((r) => r.join(',')).join('\n') : JSON.stringify(rows);
  return { rows: rows.length, body };
}

module.exports = { exportReport, runCount: () => runs };
