// Writes N synthesised typical messages (the ones `ringfence bench --generate` times) as JSON
// lines, for timing the scan contract end to end:
//   node scripts/typical-messages.mjs 40000 > /tmp/typical.jsonl
//   time npx ringfence scan < /tmp/typical.jsonl > /dev/null
// Run `npx tsc -b` first: it reads the built CLI.
import { synthesiseMessages } from '../packages/cli/dist/evaluation/synthetic-messages.js';

const count = Number(process.argv[2] ?? 40_000);
const seed = Number(process.argv[3] ?? 1);
if (!Number.isInteger(count) || count < 1) {
  console.error('usage: node scripts/typical-messages.mjs COUNT [SEED] > messages.jsonl');
  process.exit(2);
}
process.stdout.write(
  synthesiseMessages({ count, seed })
    .map((message) => JSON.stringify(message))
    .join('\n') + '\n',
);
