import { CATEGORIES } from '@ringfence/detect';
import {
  ACTIONS,
  ATTACHMENT_KINDS,
  CONTRACT_STATES,
  EXCEPTIONS,
  PLANS,
  SURFACES,
} from '@ringfence/policy';

/*
 * JSON schemas of the scan contract, for the OpenAPI document and response serialisation.
 * Request bodies are validated by the checker itself, so clients get the contract's own error
 * messages ('"text" is required') rather than a second, differently worded validator's.
 */

const anyId = { description: 'Echoed back unchanged; any JSON value.' };

export const checkInput = {
  type: 'object',
  description: 'One item of the scan contract; unknown fields are ignored.',
  properties: {
    id: anyId,
    text: { type: 'string' },
    surface: { type: 'string', enum: [...SURFACES], default: 'message' },
    contract: { type: 'string', enum: [...CONTRACT_STATES], default: 'none' },
    plan: { type: 'string', enum: [...PLANS], default: 'basic' },
    attachment_kind: { type: 'string', enum: [...ATTACHMENT_KINDS] },
    thread: {
      anyOf: [{ type: 'string' }, { type: 'number' }],
      description: 'Items sharing a thread are consecutive messages of one conversation.',
    },
    seq: { type: 'number' },
    country: {
      type: 'string',
      pattern: '^[A-Za-z]{2}$',
      description: "Sender's ISO 3166-1 alpha-2 country.",
    },
  },
  required: ['text'],
} as const;

export const checkError = {
  type: 'object',
  description: 'An item that could not be checked.',
  properties: { id: anyId, error: { type: 'string' } },
  required: ['id', 'error'],
} as const;

export const checkDecision = {
  type: 'object',
  properties: {
    id: anyId,
    action: { type: 'string', enum: [...ACTIONS] },
    categories: { type: 'array', items: { type: 'string', enum: [...CATEGORIES] } },
    findings: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          category: { type: 'string', enum: [...CATEGORIES] },
          start: { type: 'integer' },
          end: { type: 'integer' },
          text: { type: 'string' },
        },
        required: ['category', 'start', 'end', 'text'],
      },
    },
    exception: { type: 'string', enum: [...EXCEPTIONS] },
    masked: { type: 'string' },
  },
  required: ['id', 'action', 'categories', 'findings'],
} as const;

export const checkOutput = { anyOf: [checkDecision, checkError] } as const;

/** A request-level failure (malformed JSON, too large, internal error). */
export const requestError = {
  type: 'object',
  properties: { error: { type: 'string' } },
  required: ['error'],
} as const;
