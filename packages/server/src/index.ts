export { buildApp } from './app.js';
export type { AppOptions } from './app.js';
export { ConfigError, loadConfig } from './config.js';
export type { ServiceConfig } from './config.js';
