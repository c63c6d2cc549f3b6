const { Issue } = require('./issue');

const issues = new Map();
const activity = [];
const inbox = new Map(); // user -> [activity entries mentioning or assigning them]

function track(entry) {
  const item = { id: activity.length + 1, ...entry };
  activity.push(item);
  const targets = new Set([entry.to, ...(entry.mentions ?? [])].filter(Boolean));
  targets.delete(entry.by);
  for (const user of targets) {
    if (!inbox.has(user)) inbox.set(user, []);
    inbox.get(user).push(item.id);
  }
}

function openIssue(fields) {
  const issue = new Issue(fields, track);
  issues.set(issue.number, issue);
  return issue;
}

module.exports = { issues, activity, inbox, openIssue };
