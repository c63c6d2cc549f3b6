export const seen = { mentions: new Map(), templates: 0 };

export function countMentions(text) {
  return text.replace(/@(\w+)/g, (match, who) => {
    seen.mentions.set(who, (seen.mentions.get(who) ?? 0) + 1);
    return `<${who}>`;
  });
}

export function line(strings, ...values) {
  seen.templates++;
  return strings.reduce((out, s, i) => out + s + (i < values.length ? String(values[i]).toUpperCase() : ''), '');
}
