import { PassThrough, Readable } from 'node:stream';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `ringfence ARGS` in-process, as the bin does, with `stdin` as standard input. */
export async function runCli(args: string[], stdin = ''): Promise<CliRun> {
  // Imported on first use, so scoring tests load even when a command's module does not.
  const { main } = await import('../src/main.js');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const code = await main(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
  };
}
