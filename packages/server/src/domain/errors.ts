/**
 * A refusal the member can act on: the HTTP status, a stable code for programs and a sentence
 * for people. Anything else that escapes a handler is an internal error.
 */
export class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ServiceError';
  }
}

/** Someone else's thread answers exactly like a thread that does not exist. */
export const notFound = (what: string): ServiceError =>
  new ServiceError(404, 'not_found', `no ${what} with that id`);
