import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Fetches a calendar feed's text; throws `FeedError` with a reason members can act on. */
export type FetchFeed = (url: string) => Promise<string>;

export class FeedError extends Error {
  override name = 'FeedError';
}

export interface FeedFetcherOptions {
  /** Allow feeds on loopback and private networks (tests, or an operator's own calendar server). */
  allowPrivate?: boolean;
  maxBytes?: number;
  timeoutMs?: number;
}

/**
 * An HTTP(S) GET for ICS feeds that cannot be turned against the operator's network: the address
 * each connection actually uses is checked (so DNS rebinding cannot swap it after a check), only
 * public unicast addresses pass unless allowed, and the body is cut off at a size and time limit.
 */
export function createFeedFetcher(options: FeedFetcherOptions = {}): FetchFeed {
  const maxBytes = options.maxBytes ?? 2 * 1024 * 1024;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const guardedLookup: LookupFunction = (hostname, lookupOptions, callback) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 4);
      const refused = addresses.find((a) => !options.allowPrivate && !isPublic(a.address));
      if (refused) {
        return callback(
          new FeedError(`${hostname} resolves to a private address (${refused.address})`),
          '',
          4,
        );
      }
      if (lookupOptions.all) return callback(null, addresses as unknown as string, 4);
      const first = addresses[0]!;
      return callback(null, first.address, first.family);
    });
  };

  return (url) =>
    new Promise<string>((resolve, reject) => {
      let target: URL;
      try {
        target = new URL(url.replace(/^webcal:/i, 'https:'));
      } catch {
        return reject(new FeedError('not a URL'));
      }
      if (target.protocol !== 'https:' && target.protocol !== 'http:') {
        return reject(new FeedError('only http(s) and webcal feeds can be subscribed to'));
      }
      if (
        !options.allowPrivate &&
        ipaddr.isValid(target.hostname.replace(/^\[|\]$/g, '')) &&
        !isPublic(target.hostname.replace(/^\[|\]$/g, ''))
      ) {
        return reject(new FeedError(`${target.hostname} is a private address`));
      }
      const client = target.protocol === 'https:' ? https : http;
      // Settles once; later events of a request torn down on purpose are ignored.
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        request.destroy();
        reject(asFeedError(error));
      };
      const request = client.get(
        target,
        { lookup: guardedLookup, timeout: timeoutMs, headers: { accept: 'text/calendar, */*' } },
        (response) => {
          const status = response.statusCode ?? 0;
          if (status < 200 || status >= 300) {
            response.resume();
            return fail(new FeedError(`the calendar server answered ${status}`));
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBytes)
              return fail(
                new FeedError(`the feed is larger than ${Math.round(maxBytes / 1024)} KiB`),
              );
            chunks.push(chunk);
          });
          response.on('end', () => {
            if (settled) return;
            settled = true;
            clearTimeout(deadline);
            resolve(Buffer.concat(chunks).toString('utf8'));
          });
          response.on('error', fail);
        },
      );
      // The socket timeout covers idle time; the overall deadline covers a slow trickle.
      const deadline = setTimeout(
        () => fail(new FeedError('the feed took too long to download')),
        timeoutMs,
      );
      request.on('timeout', () =>
        fail(new FeedError('the calendar server did not answer in time')),
      );
      request.on('error', fail);
    });
}

function isPublic(address: string): boolean {
  let parsed = ipaddr.parse(address);
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress()) {
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  }
  return parsed.range() === 'unicast';
}

function asFeedError(error: unknown): FeedError {
  if (error instanceof FeedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FeedError(`the feed could not be fetched (${message})`);
}
