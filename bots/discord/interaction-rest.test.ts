import { Routes } from 'discord.js';
import { isInteractionRoute } from './interaction-rest';

const app = '800000000000000001';

describe('isInteractionRoute', () => {
  it('recognises an interaction callback, with or without the application id', () => {
    expect(isInteractionRoute(Routes.interactionCallback('900000000000000555', 'itok-abc'), app)).toBe(true);
    expect(isInteractionRoute(Routes.interactionCallback('900000000000000555', 'itok-abc'), undefined)).toBe(true);
  });

  it('recognises the calls on an interaction token webhook: follow-up, @original edit, a follow-up message', () => {
    expect(isInteractionRoute(Routes.webhook(app, 'itok-abc'), app)).toBe(true);
    expect(isInteractionRoute(Routes.webhookMessage(app, 'itok-abc'), app)).toBe(true);
    expect(isInteractionRoute(Routes.webhookMessage(app, 'itok-abc', '900000000000000777'), app)).toBe(true);
  });

  it('leaves channel messages, command registration, channel webhooks and the gateway lookup to the global queue', () => {
    expect(isInteractionRoute(Routes.channelMessages('900000000000000101'), app)).toBe(false);
    expect(isInteractionRoute(Routes.channelMessage('900000000000000101', '900000000000000777'), app)).toBe(false);
    expect(isInteractionRoute(Routes.applicationGuildCommands(app, '900000000000000001'), app)).toBe(false);
    expect(isInteractionRoute(Routes.webhook('700000000000000042', 'wtok'), app)).toBe(false);
    expect(isInteractionRoute(Routes.webhook(app), app)).toBe(false);
    expect(isInteractionRoute(Routes.gatewayBot(), app)).toBe(false);
  });

  it('recognises no webhook call before the application id is known', () => {
    expect(isInteractionRoute(Routes.webhookMessage(app, 'itok-abc'), undefined)).toBe(false);
  });

  it('is not fooled by a look-alike: a longer id sharing the prefix, a callback path with more after it', () => {
    expect(isInteractionRoute(`/webhooks/${app}0/itok-abc`, app)).toBe(false);
    expect(isInteractionRoute(`/webhooks/${app}//x`, app)).toBe(false);
    expect(isInteractionRoute('/interactions/900000000000000555/itok-abc/callback/extra', app)).toBe(false);
    expect(isInteractionRoute('/channels/1/interactions/2/t/callback', app)).toBe(false);
  });
});
