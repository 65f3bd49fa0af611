import { Client } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * A PostgreSQL connection of its own, outside `ds`'s pool, to the same server: for a lock
 * held for the length of some work, which must not take a pool connection the work needs
 * (startup-lock.ts, the job lock). A dropped connection goes to `onError`, never to the
 * process as an unhandled 'error'. The caller ends it.
 */
export async function ownConnection(ds: DataSource, applicationName: string, onError: (e: Error) => void): Promise<Client> {
  const client = new Client({ connectionString: (ds.options as { url?: string }).url, application_name: applicationName });
  client.on('error', onError);
  await client.connect();
  return client;
}
