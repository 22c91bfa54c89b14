import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import tlds from 'tlds' with { type: 'json' };
import { PACKED_TOP_LEVEL_DOMAINS } from '../src/lexicon/top-level-domain-list.js';
import { hasKnownTopLevelDomain, unpackTopLevelDomains } from '../src/lexicon/top-level-domains.js';

describe('top-level domains', () => {
  it('unpack to the tlds package list (else: node scripts/write-top-level-domains.mjs)', () => {
    assert.deepEqual(unpackTopLevelDomains(PACKED_TOP_LEVEL_DOMAINS), [...tlds].sort());
  });

  it('name hosts under a delegated domain, not file names', () => {
    for (const host of ['studio.io', 'nadia.photography', 'пример.рф', 'shop.xn--p1ai'])
      assert.equal(hasKnownTopLevelDomain(host), true, host);
    for (const host of ['report.txt', 'main.tsx', 'notes.md5', 'photo.jpeg'])
      assert.equal(hasKnownTopLevelDomain(host), false, host);
  });
});
