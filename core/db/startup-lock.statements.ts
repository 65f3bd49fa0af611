/** A connection that runs text with parameters: a pg Client outside the pool. */
export interface LockConnection {
  query(text: string, values?: unknown[]): Promise<unknown>;
}

/** Opens the transaction that holds a start-up lock (BEGIN), then waits for the lock named `name`. */
export async function beginStartupLock(c: LockConnection, name: string): Promise<void> {
  await c.query('BEGIN');
  // The holder sits idle in its transaction while the work runs elsewhere: a server-wide
  // idle_in_transaction_session_timeout must not end it (and the lock) halfway.
  await c.query(`SET LOCAL idle_in_transaction_session_timeout = 0`);
  await c.query(`SELECT pg_advisory_xact_lock(hashtext('tnet.startup'), hashtext($1))`, [name]);
}

/** Ends the holding transaction, and the lock with it. */
export async function endStartupLock(c: LockConnection): Promise<void> {
  await c.query('COMMIT');
}
