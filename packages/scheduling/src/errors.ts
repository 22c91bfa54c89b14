/** A slot request that cannot be scheduled; `path` names the offending field, e.g. `weekly.mon[1]`. */
export class SchedulingInputError extends Error {
  readonly path: string;

  constructor(path: string, detail: string) {
    super(`${path}: ${detail}`);
    this.name = 'SchedulingInputError';
    this.path = path;
  }
}
