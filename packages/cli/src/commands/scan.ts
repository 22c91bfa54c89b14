import { createChecker } from '@ringfence/policy';
import { parseArgs } from 'node:util';
import { EXIT, UsageError, write, type Command } from '../io.js';
import { readJsonLineBatches } from '../jsonl.js';
import { readPolicyFile } from '../policy-option.js';

export const scanCommand: Command = {
  help: `Usage: ringfence scan [--policy FILE] < items.jsonl

Reads one JSON object per line from standard input and writes one JSON line per input line,
in order, as soon as each is decided (constant memory however long the input).

Input fields: id, text (required), surface (message|proposal|job_post|profile|invite|attachment),
contract (none|active|ended), plan (basic|business|enterprise), attachment_kind (legal|other),
thread, seq, country (ISO 3166-1 alpha-2). Missing context means message, none, basic.
Lines sharing a thread are consecutive messages of one conversation.

Output: {"id", "action", "categories", "findings": [{"category","start","end","text"}],
"exception"?, "masked"?}, or {"id", "error"} for a line that could not be read.

Options:
  --policy FILE   a policy document (JSON) to use instead of the default one
  -h, --help      show this help

Exit status: 0 all lines decided, 1 some lines were invalid, 2 bad options or policy.
`,
  async run(args, io) {
    let options;
    try {
      options = parseArgs({
        args,
        options: { policy: { type: 'string' } },
        strict: true,
        allowPositionals: false,
      }).values;
    } catch (error) {
      throw new UsageError(`ringfence scan: ${(error as Error).message}`);
    }
    const policy = options.policy === undefined ? undefined : await readPolicyFile(options.policy);
    const checker = createChecker(policy ? { policy } : {});
    let failed = false;
    // The lines of each chunk of input are checked together and answered in one write.
    for await (const lines of readJsonLineBatches(io.stdin)) {
      const checked = checker.checkEach(
        lines.flatMap((line) => ('error' in line ? [] : [line.value])),
      );
      let next = 0;
      let answers = '';
      for (const line of lines) {
        const output =
          'error' in line
            ? { id: null, error: `line ${line.line}: ${line.error}` }
            : checked[next++]!;
        if ('error' in output) failed = true;
        answers += `${JSON.stringify(output)}\n`;
      }
      await write(io.stdout, answers);
    }
    return failed ? EXIT.inputErrors : EXIT.ok;
  },
};
