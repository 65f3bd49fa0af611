import type { Platform } from '../../core';

/** What a chat adapter reports for monitoring; the web side exposes it on /metrics. */
export interface BotMetrics {
  /** One update (message, button press, interaction) handled, in seconds from arrival. */
  observeUpdate(platform: Platform, seconds: number): void;
}

/** For adapters run without the web side. */
export const noBotMetrics: BotMetrics = { observeUpdate: () => undefined };
