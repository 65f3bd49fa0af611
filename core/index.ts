/** The single public entry of core: bots and jobs import from here only. */
export * from './config';
export * from './errors';
export * from './logger';
export * from './money';
export * from './container';
export type { Platform, CampaignOption, CampaignStatus, CampaignKind, TaskStatus, Campaign } from './db/entities';
export type { PlatformUser, MemberRef } from './identities/identity.service';
export type { CampaignStats, ImportResult, CampaignTransition, CampaignView } from './campaigns/campaign.service';
export type { ItemFormat } from './campaigns/item-rows';
export type { TaskCard, NextTask } from './tasks/assignment.service';
export type { SubmitResult, TaskState, AnswerReward, SubmittedAnswer } from './answers/answer.service';
export type { Balance, LeaderboardRow } from './rewards/reward.service';
export type { JobResult } from './jobs/job-run.service';
export type { MintRunSummary, MintStep } from './mint/mint.service';
export { ChainError, type ChainClientOptions } from './chain/chain-client';
export { startLocalChain, type LocalChain } from './chain/local-chain';
export { seedDemo } from './demo/seed-demo';
