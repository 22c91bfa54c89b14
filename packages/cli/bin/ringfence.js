#!/usr/bin/env node
import { main } from '../dist/bundle/main.js';

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
