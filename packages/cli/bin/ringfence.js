#!/usr/bin/env node
import { createReadStream, fstatSync } from 'node:fs';
import { main } from '../dist/bundle/main.js';

// Input redirected from a file is read a megabyte at a time rather than Node's 64 KB: `scan`
// checks each chunk's lines together, which is faster the more lines a chunk holds.
const stdin = fstatSync(0).isFile()
  ? createReadStream('', { fd: 0, highWaterMark: 1 << 20 })
  : process.stdin;

process.exitCode = await main(process.argv.slice(2), {
  stdin,
  stdout: process.stdout,
  stderr: process.stderr,
});
