import {
  isSupportedCountry as isSupportedCountryWith,
  parsePhoneNumberFromString as parseWith,
  type CountryCode,
  type MetadataJson,
  type PhoneNumber,
} from 'libphonenumber-js/core';
import metadataJson from './phone-metadata.json' with { type: 'json' };

/**
 * libphonenumber-js with its smallest metadata less the formatting rules detection never uses
 * (written by scripts/write-phone-metadata.mjs): half the weight in the browser bundle, and the
 * same parse and validation of every number (checked in the tests against the package's own).
 */
const metadata = metadataJson as unknown as MetadataJson;

export type { CountryCode };

export function parsePhoneNumberFromString(
  text: string,
  country?: CountryCode,
): PhoneNumber | undefined {
  return country === undefined ? parseWith(text, metadata) : parseWith(text, country, metadata);
}

export function isSupportedCountry(country: string): boolean {
  return isSupportedCountryWith(country as CountryCode, metadata);
}
