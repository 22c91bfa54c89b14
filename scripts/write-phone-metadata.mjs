// Writes packages/detect/src/lexicon/phone-metadata.json: libphonenumber-js's smallest metadata
// ("min") without the national formatting rules (each country's "formats"), which detection never
// uses — it parses and validates numbers, it does not format them. Gzipped that is 9.9 KB in the
// browser bundle against 18.9 KB. The detect package's tests fail when the file no longer equals
// what this script writes from the installed package (after an update of it), and check that
// numbers parse and validate alike with both; then run
//   node scripts/write-phone-metadata.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, URL } from 'node:url';

/** Index of the national formatting rules in a country's metadata (libphonenumber-js v4 layout). */
export const FORMATS = 4;

/** `full` without formatting rules, as a new object. */
export function withoutFormats(full) {
  const strip = (territories) =>
    Object.fromEntries(
      Object.entries(territories ?? {}).map(([code, entry]) => [
        code,
        entry.map((field, i) => (i === FORMATS && Array.isArray(field) ? 0 : field)),
      ]),
    );
  return { ...full, countries: strip(full.countries), nonGeographic: strip(full.nonGeographic) };
}

/** The installed package's "min" metadata (it exports it as a module; the JSON file is read). */
export function readPackageMetadata() {
  const path = createRequire(import.meta.url).resolve('libphonenumber-js/metadata.min.json');
  return JSON.parse(readFileSync(path.replace(/\.js$/, ''), 'utf8'));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const metadata = readPackageMetadata();
  const target = fileURLToPath(
    new URL('../packages/detect/src/lexicon/phone-metadata.json', import.meta.url),
  );
  writeFileSync(target, `${JSON.stringify(withoutFormats(metadata))}\n`);
  console.log(`wrote ${target}`);
}
