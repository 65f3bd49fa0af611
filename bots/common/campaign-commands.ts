import type { CampaignStats, CampaignTransition, CampaignView, Core, VerifiedAccuracy } from '../../core';
import type { ChatContext, ChatReply } from './chat-message';
import { percent, tnet } from './format';
import { actorOf, mayTryModerating } from './moderator-actor';

export type CampaignDeps = Pick<Core, 'campaigns' | 'moderation' | 'identities'> & Partial<Pick<Core, 'baselines'>>;

const usage =
  'Usage: /campaign list | /campaign stats <id> | /campaign post <id> | /campaign activate|pause|resume|close <id>';

const line = (c: CampaignView) => `#${c.id} ${c.name} [${c.status}] · ${tnet(c.rewardPerAnswer)} per answer · ${tnet(c.spent)} of ${tnet(c.budget)} spent`;

const moderatorOnly = new Set(['activate', 'pause', 'resume', 'close', 'post']);

/**
 * /campaign <sub> [id]: members may list and see stats (public); the rest is for moderators,
 * scoped by core to the campaigns they moderate: any other campaign gets the same reply as
 * an unknown id.
 */
export async function campaignCommand(deps: CampaignDeps, ctx: ChatContext, args: string[]): Promise<ChatReply> {
  const [sub, idText, ...rest] = args;
  if (sub === undefined) return { messages: [{ text: usage }] };
  if (sub === 'list') {
    const mine = ctx.moderator ? await deps.moderation.list(actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId)) : undefined;
    const list = mine ?? (await deps.campaigns.list(['active']));
    if (list.length === 0) return { messages: [{ text: mine ? 'No campaigns yet.' : 'No active campaigns right now.' }] };
    return { messages: [{ text: `Campaigns\n${list.map(line).join('\n')}` }] };
  }
  const known = sub === 'stats' || moderatorOnly.has(sub);
  if (!known) return { messages: [{ text: `Unknown subcommand "${sub}".\n${usage}` }] };
  const id = idText !== undefined && /^#?\d{1,10}$/.test(idText) ? Number(idText.replace(/^#/, '')) : NaN;
  if (!(id >= 1 && id <= 2 ** 31 - 1) || rest.length > 0) {
    return { messages: [{ text: `Usage: /campaign ${sub} <id>, with the campaign's number from /campaign list.` }] };
  }
  if (sub === 'stats') {
    // A draft's figures are its moderators' only; anyone else gets the unknown-id reply.
    await deps.moderation.statsVisible(actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId), id);
    return stats(deps, id);
  }
  if (!(await mayTryModerating(ctx))) return { messages: [{ text: 'Only moderators can do that.' }] };
  const actor = actorOf(ctx, (await deps.identities.resolve(ctx.user)).memberId);
  if (sub === 'post') {
    const c = await deps.moderation.postHere(actor, id, ctx.chatId);
    return { messages: [{ text: `Campaign #${c.id} is now posted here.` }] };
  }
  const c = await deps.moderation.transition(actor, id, sub as CampaignTransition);
  return { messages: [{ text: `Campaign #${c.id} is now ${c.status}.` }] };
}

async function stats(deps: CampaignDeps, id: number): Promise<ChatReply> {
  const s = await deps.campaigns.stats(id);
  // The model's accuracy as members verified it in check campaigns (of this one, or this one's source).
  const verified = await deps.baselines?.verifiedAccuracy(id);
  return { messages: [{ text: campaignStatsText(s, verified ?? null) }] };
}

/** A campaign's figures in words: the /campaign stats reply, and the stats picture's caption. */
export function campaignStatsText(s: CampaignStats, verified: VerifiedAccuracy | null): string {
  const lines = [
    `Campaign #${s.campaignId} · ${s.name} [${s.status}]`,
    `Progress: ${percent(s.progress)} (${s.finalTasks + s.uncertainTasks} of ${s.tasks - s.goldTasks} tasks final, ${s.uncertainTasks} without clear consensus)`,
    `Answers: ${s.answers} from ${s.members} member${s.members === 1 ? '' : 's'}`,
    `Agreement: ${s.agreement === null ? 'no scored answers yet' : percent(s.agreement)} (${s.acceptedAnswers} accepted, ${s.withheldAnswers} withheld)`,
    `Budget: ${tnet(s.spent)} of ${tnet(s.budget)} spent`,
  ];
  if (verified && verified.accuracy !== null) {
    lines.push(`Model verified by members: ${percent(verified.accuracy)} right (${verified.decided} prediction${verified.decided === 1 ? '' : 's'} checked)`);
  }
  return lines.join('\n');
}
