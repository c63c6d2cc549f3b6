import Papa from 'papaparse';
import * as yup from 'yup';
import pLimit from 'p-limit';
import _ from 'lodash';
import { contactRepo, importLog } from '#repo';
import { toSlug } from '#lib/slug';
import { regionOf } from '#lib/geo';

const limit = pLimit(2);
const ALIASES = { fullName: 'name', eMail: 'email', town: 'city' };

const rowSchema = yup.object({
  name: yup.string().trim().required(),
  email: yup.string().email().required(),
  city: yup.string().trim().default('unknown'),
  spend: yup.number().typeError('spend must be a number').min(0).default(0),
  slug: yup
    .string()
    .test('unique', 'contact ${value} already exists', async (value) => !contactRepo.has(value)),
});

export async function importCsv(text, { dryRun = false } = {}) {
  const seenHeaders = [];
  const rows = [];
  Papa.parse(text.trim(), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (h) => {
      const key = ALIASES[_.camelCase(h)] ?? _.camelCase(h);
      seenHeaders.push(key);
      return key;
    },
    step: ({ data }, parser) => {
      rows.push(data);
      if (rows.length >= 20) parser.abort();
    },
  });

  const results = await Promise.all(
    rows.map((row, index) =>
      limit(async () => {
        try {
          const contact = await rowSchema.validate({ ...row, slug: toSlug(row.name ?? '') }, { abortEarly: true });
          contact.region = await regionOf(contact.city);
          return { line: index + 2, contact };
        } catch (err) {
          return { line: index + 2, error: err.errors.join('; ') };
        }
      }),
    ),
  );

  const good = results.filter((r) => r.contact);
  const dupes = _.filter(_.countBy(good, 'contact.slug'), (n) => n > 1);
  if (!dryRun) for (const { contact } of _.uniqBy(good, 'contact.slug')) contactRepo.save(contact);

  return importLog.add({
    dryRun,
    headers: _.uniq(seenHeaders),
    imported: dryRun ? 0 : _.uniqBy(good, 'contact.slug').length,
    duplicatesInFile: dupes.length,
    errors: results.filter((r) => r.error).map(({ line, error }) => ({ line, error })),
  });
}

export function report() {
  const all = contactRepo.all();
  return _.chain(all)
    .groupBy('region')
    .map((list, region) => ({ region, contacts: list.length, spend: _.sumBy(list, 'spend') }))
    .orderBy(['spend', 'region'], ['desc', 'asc'])
    .value();
}

export function exportCsv(region) {
  const list = _.sortBy(contactRepo.all().filter((c) => !region || c.region === region), 'slug');
  return Papa.unparse(list.map(_.partialRight(_.pick, ['slug', 'name', 'email', 'region', 'spend'])));
}
