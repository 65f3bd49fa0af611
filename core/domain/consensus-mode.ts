/**
 * How a campaign decides its tasks: a plain majority, or a fitted model of each member's
 * reliability (one accuracy per member, or a full confusion matrix per member).
 */
export type ConsensusMode = 'majority' | 'one_coin' | 'dawid_skene';

/** The fitted modes: the member model the EM fit estimates. */
export type WorkerModel = Exclude<ConsensusMode, 'majority'>;
