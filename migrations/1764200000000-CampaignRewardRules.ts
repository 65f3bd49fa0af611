import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reward rules of the consensus engine, per campaign: the accuracy floor below which a
 * member's matching answers are withheld (NULL: chance level plus a margin), and the gold
 * check (at least `gold_min_answers` gold answers, more than `gold_max_failure` of them
 * wrong: withheld). New campaigns score by Dawid-Skene unless they choose otherwise.
 */
export class CampaignRewardRules1764200000000 implements MigrationInterface {
  name = 'CampaignRewardRules1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign
      ADD COLUMN min_accuracy double precision CHECK (min_accuracy >= 0 AND min_accuracy <= 1),
      ADD COLUMN gold_min_answers integer NOT NULL DEFAULT 3 CHECK (gold_min_answers >= 1),
      ADD COLUMN gold_max_failure double precision NOT NULL DEFAULT 0.5 CHECK (gold_max_failure >= 0 AND gold_max_failure <= 1),
      ALTER COLUMN consensus_mode SET DEFAULT 'dawid_skene'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP COLUMN min_accuracy, DROP COLUMN gold_min_answers, DROP COLUMN gold_max_failure, ALTER COLUMN consensus_mode SET DEFAULT 'majority'`);
  }
}
