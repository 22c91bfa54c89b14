import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry as referenceIsSupported,
  parsePhoneNumberFromString as referenceParse,
} from 'libphonenumber-js/min';

import trimmed from '../src/lexicon/phone-metadata.json' with { type: 'json' };
import { isSupportedCountry, parsePhoneNumberFromString } from '../src/lexicon/phone-metadata.js';
// @ts-expect-error -- a plain script without types, the one that writes the trimmed metadata.
import { readPackageMetadata, withoutFormats } from '../../../scripts/write-phone-metadata.mjs';
import { seededRandom } from '../../cli/src/evaluation/synthetic-messages.js';

const packageMetadata: unknown = readPackageMetadata();

// Seeded, so that a failure can be run again.
const random = seededRandom(11);
const digits = (n: number): string =>
  Array.from({ length: n }, () => Math.floor(random() * 10)).join('');

/** What detection reads of a parsed number. */
const reading = (parsed: ReturnType<typeof referenceParse>) =>
  parsed && {
    number: parsed.number,
    country: parsed.country,
    valid: parsed.isValid(),
    possible: parsed.isPossible(),
  };

describe('phone metadata without formatting rules', () => {
  it('is what scripts/write-phone-metadata.mjs writes (else: node scripts/write-phone-metadata.mjs)', () => {
    assert.deepEqual(trimmed, withoutFormats(packageMetadata));
  });

  it('parses and validates numbers of every country as the package does', () => {
    let compared = 0;
    for (const country of getCountries()) {
      assert.equal(isSupportedCountry(country), referenceIsSupported(country));
      const code = getCountryCallingCode(country);
      for (let i = 0; i < 40; i++) {
        const national = (i % 4 === 0 ? '0' : '') + digits(6 + Math.floor(random() * 7));
        for (const [text, hint] of [
          [national, country],
          [`+${code}${national.replace(/^0/, '')}`, undefined],
        ] as const) {
          assert.deepEqual(
            reading(parsePhoneNumberFromString(text, hint)),
            reading(referenceParse(text, hint)),
            `${text} ${hint ?? ''}`,
          );
          compared++;
        }
      }
    }
    assert.ok(compared > 15_000, `${compared} numbers compared`);
  });
});
