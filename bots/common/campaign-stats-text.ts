import type { CampaignStats, VerifiedAccuracy } from '../../core';
import { percent, tnet } from './format';

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
