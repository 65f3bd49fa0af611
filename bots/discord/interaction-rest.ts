import { REST, RESTEvents, type InternalRequest, type RESTOptions, type ResponseLike } from 'discord.js';

const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/;

/**
 * Whether a route is an interaction's own: its callback (POST /interactions/{id}/{token}/callback)
 * or a call on its webhook (/webhooks/{application id}/{interaction token}..., where
 * editReply, followUp, fetchReply and deleteReply go). Discord does not count these
 * against the bot's global rate limit; a channel webhook (another id) is not one of them.
 * Without the application id (before READY), only callbacks are recognised.
 */
export function isInteractionRoute(fullRoute: string, applicationId: string | undefined): boolean {
  if (CALLBACK.test(fullRoute)) return true;
  if (!applicationId) return false;
  const prefix = `/webhooks/${applicationId}/`;
  return fullRoute.startsWith(prefix) && fullRoute.length > prefix.length && fullRoute[prefix.length] !== '/';
}

/**
 * The bot's REST client, split the way Discord limits it. Interaction calls go through a
 * second REST instance without a global limit of its own (it still keeps every route's
 * bucket and waits out any 429, a global one included). discord.js's single queue lets the
 * callbacks past its global count (its burst handler) but holds the interaction-token
 * webhook calls (editReply, followUp) to the bot's 50 requests a second, so a busy bot
 * would deliver its answers at the pace of that limit. Everything else (channel messages,
 * card edits, the gateway lookup) keeps the ordinary queue and its global limit. Both
 * instances share the options (the `api` base included), the token and the agent; the
 * second one's events are re-emitted here, so a listener on the client's REST sees all.
 */
export class InteractionRest extends REST {
  private readonly interactionsRest: REST;

  /** `applicationId` is read per request: the client only knows it once the gateway is READY. */
  constructor(
    options: Partial<RESTOptions>,
    private readonly applicationId: () => string | undefined,
  ) {
    super(options);
    this.interactionsRest = new REST({ ...options, globalRequestsPerSecond: Number.POSITIVE_INFINITY });
    for (const event of Object.values(RESTEvents)) {
      this.interactionsRest.on(event, (...args: unknown[]) => (this.emit as (e: string, ...a: unknown[]) => boolean)(event, ...args));
    }
  }

  override queueRequest(request: InternalRequest): Promise<ResponseLike> {
    if (isInteractionRoute(request.fullRoute, this.applicationId())) return this.interactionsRest.queueRequest(request);
    return super.queueRequest(request);
  }

  override setToken(token: string): this {
    this.interactionsRest.setToken(token);
    return super.setToken(token);
  }

  override setAgent(agent: Parameters<REST['setAgent']>[0]): this {
    this.interactionsRest.setAgent(agent);
    return super.setAgent(agent);
  }

  override clearHashSweeper(): void {
    this.interactionsRest.clearHashSweeper();
    super.clearHashSweeper();
  }

  override clearHandlerSweeper(): void {
    this.interactionsRest.clearHandlerSweeper();
    super.clearHandlerSweeper();
  }
}
