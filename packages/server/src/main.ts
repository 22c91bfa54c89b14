import { runService } from './run.js';

runService(process.env).catch((error: unknown) => {
  console.error('ringfence: cannot start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
