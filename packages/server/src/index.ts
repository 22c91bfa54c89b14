export { buildApp } from './app.js';
export type { AppOptions } from './app.js';
export { ConfigError, loadConfig } from './config.js';
export type { ServiceConfig } from './config.js';
export { migrateDatabase, runService } from './run.js';
export { startService } from './service.js';
export type { Service, ServiceOptions } from './service.js';
