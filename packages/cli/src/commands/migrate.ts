import { EXIT, write, type Command } from '../io.js';
import { serviceEnv } from './serve.js';

const HELP = `Usage: ringfence migrate [--data-dir DIR]

Brings the database's schema up to date and exits: the embedded database in
DATA_DIR (default ./data), or the PostgreSQL server at DATABASE_URL. The service
also migrates at every start; this is for deployments that migrate first.
`;

export const migrateCommand: Command = {
  help: HELP,
  async run(args, io) {
    const env = serviceEnv(args, process.env, 'migrate');
    const { migrateDatabase } = await import('@ringfence/server');
    const where = await migrateDatabase(env);
    await write(io.stdout, `${JSON.stringify({ migrated: where })}\n`);
    return EXIT.ok;
  },
};
