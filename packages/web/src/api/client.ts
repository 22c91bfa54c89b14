import type { ApiDecision } from './types';

/** An error answer of the API: `{error, code}` plus whatever else it carried. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly body: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get decision(): ApiDecision | undefined {
    const decision = this.body.decision;
    return decision && typeof decision === 'object' ? (decision as ApiDecision) : undefined;
  }

  get until(): string | null {
    return typeof this.body.until === 'string' ? this.body.until : null;
  }
}

/** The request never reached the service (offline, server down). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('The service cannot be reached. Check your connection.');
    this.name = 'NetworkError';
    this.cause = cause;
  }
}

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;
const connectivityListeners = new Set<(online: boolean) => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request answers 401, so the app returns to sign-in (drafts stay stored). */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** Told whenever a request fails for lack of network, or succeeds again. */
export function onConnectivity(listener: (online: boolean) => void): () => void {
  connectivityListeners.add(listener);
  return () => connectivityListeners.delete(listener);
}

function report(online: boolean): void {
  for (const listener of connectivityListeners) listener(online);
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface RequestOptions {
  /** Do not call the 401 handler (signing in, probing the session). */
  quiet401?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (WRITES.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    report(false);
    throw new NetworkError(error);
  }
  report(true);
  const text = await response.text();
  let data: unknown = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { error: text };
    }
  }
  if (!response.ok) {
    const obj = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
    const code = typeof obj.code === 'string' ? obj.code : String(response.status);
    const message =
      typeof obj.error === 'string' ? obj.error : `The request failed (${response.status}).`;
    if (response.status === 401 && !options.quiet401 && onUnauthenticated) onUnauthenticated();
    throw new ApiError(response.status, code, message, obj);
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  del: <T>(path: string) => request<T>('DELETE', path),
};

/** Words for people from any error. */
export function errorText(error: unknown): string {
  if (error instanceof ApiError || error instanceof NetworkError) return error.message;
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}

/** Lists from the API may come bare or wrapped (`{items}`, `{jobs}`…): take the first array. */
export function listOf<T>(data: unknown, ...keys: string[]): T[] {
  if (Array.isArray(data)) return data as T[];
  if (data && typeof data === 'object') {
    const obj = data as Record<string, unknown>;
    for (const key of [...keys, 'items', 'results', 'data']) {
      if (Array.isArray(obj[key])) return obj[key] as T[];
    }
    for (const value of Object.values(obj)) if (Array.isArray(value)) return value as T[];
  }
  return [];
}
