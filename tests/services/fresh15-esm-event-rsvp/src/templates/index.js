import Handlebars from 'handlebars';
import { human, icsStamp } from '../lib/dates.js';

const hbs = Handlebars.create();
hbs.registerHelper('human', (iso) => human(iso));
hbs.registerHelper('ics', (iso) => icsStamp(iso));
hbs.registerHelper('plural', (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`);

export const eventPage = hbs.compile(`<h1>{{title}}</h1>
<p>{{human start}} — {{human end}} ({{tz}})</p>
<p>{{plural seatsLeft "seat"}} left{{#if waitlist.length}}, {{plural waitlist.length "person"}} waiting{{/if}}</p>
<ul>{{#each attendees}}<li>{{name}}</li>{{else}}<li>nobody yet</li>{{/each}}</ul>
`);

export const calendar = hbs.compile(`BEGIN:VCALENDAR\r
VERSION:2.0\r
BEGIN:VEVENT\r
UID:{{id}}\r
DTSTART:{{ics start}}\r
DTEND:{{ics end}}\r
SUMMARY:{{title}}\r
END:VEVENT\r
END:VCALENDAR\r
`);
