import type { Readable } from 'node:stream';
import { computeSlots, parseSlotRequest, SchedulingInputError } from '@ringfence/scheduling';
import { EXIT, write, type Command, type CommandIO } from '../io.js';

const HELP = `Usage: ringfence slots < request.json

Reads one JSON availability request from standard input and prints the bookable
slots as one JSON line.

Request fields:
  timeZone             host's IANA time zone (required)
  weekly               {"mon": [["09:00", "12:00"], ["13:00", "17:00"]], ...}
  overrides            [{"date": "YYYY-MM-DD", "ranges": [...]}]; [] = day off
  duration             meeting length in minutes (required)
  step                 minutes between slot starts (default: duration)
  minNoticeMinutes     earliest start after now (default 0)
  windowDays           slots start within this many days of now (default 60, max 366)
  bufferBeforeMinutes  free time needed before a meeting (default 0)
  bufferAfterMinutes   free time needed after a meeting (default 0)
  dailyCap             bookings per host-local day that close the day (default none)
  busy, bookings       [{"start": ISO, "end": ISO}] with an offset or Z
  now                  the current instant (required)
  bookerTimeZone       groups "days" by the booker's dates (default: timeZone)

Output: {"slots": [{"start", "end"}], "days": {"YYYY-MM-DD": [start, ...]}}, in UTC.
Invalid input prints {"error": "..."} and exits with 1.
`;

export const slotsCommand: Command = {
  help: HELP,
  async run(args: string[], io: CommandIO): Promise<number> {
    if (args.length > 0) {
      await write(
        io.stderr,
        `ringfence slots: unexpected argument "${args[0]}"; the request is read from standard input\n`,
      );
      return EXIT.usage;
    }
    const text = await readAll(io.stdin);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return reject(io, `request is not valid JSON: ${(error as Error).message}`);
    }
    let request;
    try {
      request = parseSlotRequest(json);
    } catch (error) {
      if (error instanceof SchedulingInputError) return reject(io, error.message);
      throw error;
    }
    await write(io.stdout, `${JSON.stringify(computeSlots(request))}\n`);
    return EXIT.ok;
  },
};

async function reject(io: CommandIO, message: string): Promise<number> {
  await write(io.stdout, `${JSON.stringify({ error: message })}\n`);
  return EXIT.inputErrors;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  }
  return Buffer.concat(chunks).toString('utf8');
}
