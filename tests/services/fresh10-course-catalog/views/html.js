const escape = (s) => String(s).replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

exports.courseList = (title, courses) => `<!doctype html>
<html><head><title>${escape(title)}</title></head><body>
<h1>${escape(title)}</h1>
<ul>
${courses.map((c) => `  <li><a href="/courses/${encodeURIComponent(c.code)}">${escape(c.title)}</a> (${c.students.length}/${c.seats})</li>`).join('\n')}
</ul>
</body></html>`;
