import type { WebServer } from './create-web-server';

export interface RunningWeb {
  port: number;
  /** Stops taking requests and waits for those in flight (an export being read included). */
  stop(): Promise<void>;
}

/** Listens on PORT (0: any free port). @throws when the port cannot be bound. */
export async function startWeb(web: WebServer, opts: { port: number; host: string }): Promise<RunningWeb> {
  await web.app.listen({ port: opts.port, host: opts.host });
  const address = web.app.server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return { port, stop: () => web.app.close() };
}
