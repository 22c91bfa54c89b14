#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// Detection runs several hundred regular expressions, most a few times per message. By default
// V8 first compiles each one for its interpreter and compiles it again to machine code when it
// runs a second time; compiled straight to machine code, the first batch of a `scan` takes about
// 0.3 s instead of 0.55 s, and its first line is answered about 60 ms sooner (docs/performance.md).
// Set before the bundle is loaded, so that every pattern is compiled the one way.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/bundle/main.js');

// A reader that stops early (`ringfence scan < items.jsonl | head`) closes the pipe: end quietly,
// as command-line tools do, instead of with a stack trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
