export { detect, detectEach } from './detect.js';
export type { DetectItem } from './detect.js';
export { detectEachInThread, detectInThread, THREAD_WINDOW } from './thread.js';
export type { ThreadItem } from './thread.js';
export { CATEGORIES, OBFUSCATIONS } from './types.js';
export type { Category, DetectOptions, Evidence, Finding, Obfuscation } from './types.js';
