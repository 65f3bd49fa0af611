export * from './member.entity';
export * from './identity.entity';
export * from './wallet.entity';
export * from './link-challenge.entity';
export * from './campaign.entity';
export * from './task.entity';
export * from './answer.entity';
export * from './member-skill.entity';
export * from './reward-ledger.entity';
export * from './mint-batch.entity';
export * from './job-run.entity';
export * from './onnx-model.entity';
export * from './inference-check.entity';

import { Answer, TaskServe } from './answer.entity';
import { Campaign, CampaignBudget } from './campaign.entity';
import { Identity } from './identity.entity';
import { InferenceCheck } from './inference-check.entity';
import { JobRun } from './job-run.entity';
import { LinkChallenge } from './link-challenge.entity';
import { Member } from './member.entity';
import { MemberSkill } from './member-skill.entity';
import { MintBatch } from './mint-batch.entity';
import { OnnxModel } from './onnx-model.entity';
import { RewardLedger } from './reward-ledger.entity';
import { Task } from './task.entity';
import { Wallet } from './wallet.entity';

export const entities = [Member, Identity, Wallet, LinkChallenge, Campaign, CampaignBudget, Task, Answer, TaskServe, MemberSkill, RewardLedger, MintBatch, JobRun, OnnxModel, InferenceCheck];
