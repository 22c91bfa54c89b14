import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { createFeedFetcher, FeedError } from '../src/calendar/feed-fetcher.js';

describe('calendar feed fetcher', () => {
  const server = createServer((req, res) => {
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end('X'.repeat(10_000));
    } else if (req.url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.write('BEGIN:VCALENDAR\r\n'); // and never finishes
    } else if (req.url === '/gone') {
      res.writeHead(404);
      res.end();
    } else {
      res.writeHead(200, { 'content-type': 'text/calendar' });
      res.end('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    }
  });
  let base = '';
  before(async () => {
    server.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test('refuses loopback, private and link-local addresses, by literal or by name', async () => {
    const fetchFeed = createFeedFetcher();
    for (const url of [
      `${base}/ok`,
      'http://localhost:9/feed.ics',
      'http://10.0.0.8/feed.ics',
      'http://169.254.169.254/latest/meta-data',
      'http://[::1]/feed.ics',
      'http://[::ffff:127.0.0.1]/feed.ics',
    ]) {
      await assert.rejects(
        fetchFeed(url),
        (error: unknown) => error instanceof FeedError && /private address/.test(error.message),
        url,
      );
    }
  });

  test('refuses other schemes and reads webcal as https', async () => {
    const fetchFeed = createFeedFetcher();
    await assert.rejects(fetchFeed('file:///etc/passwd'), /only http\(s\) and webcal/);
    await assert.rejects(fetchFeed('webcal://127.0.0.1/feed.ics'), /private address/);
  });

  test('fetches an allowed feed, and stops at the size and time limits', async () => {
    const fetchFeed = createFeedFetcher({ allowPrivate: true, maxBytes: 1000, timeoutMs: 300 });
    assert.match(await fetchFeed(`${base}/ok`), /BEGIN:VCALENDAR/);
    await assert.rejects(fetchFeed(`${base}/big`), /larger than/);
    await assert.rejects(fetchFeed(`${base}/slow`), /too long|in time/);
    await assert.rejects(fetchFeed(`${base}/gone`), /answered 404/);
  });
});
