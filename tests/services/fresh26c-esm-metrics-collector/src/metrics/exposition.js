import { Metric } from '#metrics/registry';

// a tag for exposition lines: numbers printed the Prometheus way
const line = (strings, ...values) =>
  strings.reduce((out, s, i) => out + s + (i < values.length ? fmt(values[i]) : ''), '');

function fmt(v) {
  if (typeof v !== 'number') return v;
  if (v === Infinity) return '+Inf';
  return Number.isInteger(v) ? String(v) : v.toFixed(3);
}

export function render() {
  const out = [];
  for (const m of Metric.all()) {
    out.push(line`# TYPE ${m.name} ${m.type}`);
    for (const [labels, value] of m.series) {
      const sel = labels ? `{${labels}}` : '';
      if (m.type !== 'histogram') {
        out.push(line`${m.name}${sel} ${value}`);
        continue;
      }
      let acc = 0;
      m.bounds.forEach((b, i) => {
        acc += value.counts[i];
        out.push(line`${m.name}_bucket{${labels ? labels + ',' : ''}le="${b}"} ${acc}`);
      });
      out.push(line`${m.name}_bucket{${labels ? labels + ',' : ''}le="+Inf"} ${value.n}`);
      out.push(line`${m.name}_sum${sel} ${value.sum}`);
      out.push(line`${m.name}_count${sel} ${value.n}`);
    }
  }
  return out.join('\n') + '\n';
}
