import { PACKED_TOP_LEVEL_DOMAINS } from './top-level-domain-list.js';

/** The list packed by scripts/write-top-level-domains.mjs, one domain after the other. */
export function unpackTopLevelDomains(packed: string): string[] {
  const domains: string[] = [];
  let previous = '';
  // Each domain is a digit, the length of the prefix it shares with the one before, then the rest.
  for (const [, shared, rest] of packed.matchAll(/(\d)(\D*)/g)) {
    previous = previous.slice(0, Number(shared)) + rest;
    domains.push(previous);
  }
  return domains;
}

/**
 * Top-level domains delegated by ICANN ("io", "рф"), from the `tlds` list: a host is a place on
 * the web when its last label is one, so "report.txt" or "main.tsx" are not read as links.
 * (Which part of a host is registrable, as the public-suffix list tells, never decides whether a
 * text names a link or a mailbox: the list would weigh a sixth of the browser bundle.)
 */
const KNOWN = new Set<string>(unpackTopLevelDomains(PACKED_TOP_LEVEL_DOMAINS));

/** Whether `hostname` ends in a delegated top-level domain (an IDN in punycode counts too). */
export function hasKnownTopLevelDomain(hostname: string): boolean {
  const last = hostname.slice(hostname.lastIndexOf('.') + 1).toLowerCase();
  return KNOWN.has(last) || last.startsWith('xn--');
}

/** The host of a URL, lower-cased and with IDNs in punycode; '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** An IPv4 address, or an IPv6 one in brackets, as URL writes hosts. */
export function isIpHost(host: string): boolean {
  return /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[\da-f:.]+\])$/.test(host);
}

// A label of a domain name: letters or digits, hyphens inside.
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

/** Whether `domain` (after a mailbox's "@") names a domain under a delegated top-level domain. */
export function isMailDomain(domain: string): boolean {
  const labels = domain.split('.');
  return (
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    !/^\d+$/.test(labels[labels.length - 1]!) &&
    hasKnownTopLevelDomain(domain)
  );
}
