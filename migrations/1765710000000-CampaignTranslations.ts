import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaign translations (issue 17): a campaign's name, question and option labels in other
 * languages, an object keyed by language tag (core/campaigns/campaign-translations.ts,
 * validated with the definition). '{}': none, members read the campaign's own words.
 * Answers keep storing option ids, so the language a member read never splits a vote.
 */
export class CampaignTranslations1765710000000 implements MigrationInterface {
  name = 'CampaignTranslations1765710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE campaign ADD COLUMN translations jsonb NOT NULL DEFAULT '{}' CONSTRAINT campaign_translations_ck CHECK (jsonb_typeof(translations) = 'object')`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE campaign DROP COLUMN translations`);
  }
}
