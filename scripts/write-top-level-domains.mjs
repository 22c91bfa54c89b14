// Writes packages/detect/src/lexicon/top-level-domain-list.ts from the `tlds` package: the
// delegated top-level domains, each written as the length of the prefix it shares with the one
// before it (a digit, at most 9) and the rest of its letters. Gzipped, that weighs 4.2 KB in the
// browser bundle against 5.5 KB for the package's JSON array. The detect package's tests fail when
// the list no longer equals the package's (after an update of it): then run
//   node scripts/write-top-level-domains.mjs
import tlds from 'tlds' with { type: 'json' };
import { writeFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

const MOST_SHARED = 9;
const sorted = [...tlds].sort();
if (sorted.some((tld) => /\d/.test(tld))) throw new Error('a top-level domain holds a digit');
let packed = '';
let previous = '';
for (const tld of sorted) {
  let shared = 0;
  while (shared < MOST_SHARED && tld[shared] !== undefined && tld[shared] === previous[shared])
    shared++;
  packed += `${shared}${tld.slice(shared)}`;
  previous = tld;
}
const target = fileURLToPath(
  new URL('../packages/detect/src/lexicon/top-level-domain-list.ts', import.meta.url),
);
writeFileSync(
  target,
  `/**
 * The ${sorted.length} top-level domains of the \`tlds\` package, sorted, each written as the length of
 * the prefix it shares with the one before it and the rest of it (see unpackTopLevelDomains).
 * Written by scripts/write-top-level-domains.mjs: do not edit.
 */
export const PACKED_TOP_LEVEL_DOMAINS =\n  '${packed}';\n`,
);
console.log(`${sorted.length} top-level domains, ${packed.length} characters: ${target}`);
