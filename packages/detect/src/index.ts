export { detect } from './detect.js';
export { detectInThread, THREAD_WINDOW } from './thread.js';
export { CATEGORIES, OBFUSCATIONS } from './types.js';
export type { Category, DetectOptions, Evidence, Finding, Obfuscation } from './types.js';
