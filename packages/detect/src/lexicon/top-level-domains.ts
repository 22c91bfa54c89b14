import tlds from 'tlds' with { type: 'json' };

/**
 * Top-level domains delegated by ICANN ("io", "рф"), from the `tlds` list. The public-suffix
 * parser (tldts-icann) splits a host name into its parts but does not say whether the last one
 * is a real domain; this does, so "plan.final" or "report.txt" are not read as links.
 */
const KNOWN = new Set<string>(tlds);

/** Whether `hostname` ends in a delegated top-level domain (an IDN in punycode counts too). */
export function hasKnownTopLevelDomain(hostname: string): boolean {
  const last = hostname.slice(hostname.lastIndexOf('.') + 1).toLowerCase();
  return KNOWN.has(last) || last.startsWith('xn--');
}
