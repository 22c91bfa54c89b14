import document from './default-policy.json' with { type: 'json' };
import type { Policy } from './policy-document.js';

/**
 * The policy document that ships with the package. The tests validate it with loadPolicy; it is
 * not validated again on every load, so a browser checks messages without the schema library.
 */
export const defaultPolicy = document as unknown as Policy;
