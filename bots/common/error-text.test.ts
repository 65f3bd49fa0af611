import { DomainError, type DomainErrorCode, type DomainErrorDetails } from '../../core';
import { errorText } from './error-text';
import { english } from './i18n/translator';

const t = english();

/** One plausible error per code; typed over every code, so a new code must be added here. */
const samples: { [C in DomainErrorCode]: DomainErrorDetails[C] } = {
  'member.not_found': { memberId: 7 },
  'member.banned': { memberId: 7 },
  'member.no_merge': {},
  'member.merge_expired': {},
  'member.merge_stale': {},
  'campaign.not_found': { campaignId: 41 },
  'campaign.invalid_definition': { problems: [{ field: 'reward', code: 'not_tnet_amount' }, { field: 'options', code: 'too_few', params: { min: 2 } }] },
  'campaign.invalid_transition': { campaignId: 41, from: 'closed', to: 'active' },
  'campaign.not_active': { campaignId: 41, status: 'paused' },
  'campaign.import_invalid': {
    badRows: [
      { row: 3, reason: { field: '', code: 'no_content' } },
      { row: 9, reason: { field: '', code: 'gold_not_option', params: { gold: 'horse', options: 'cat, dog' } } },
    ],
    badRowCount: 5,
  },
  'campaign.closed': { campaignId: 41 },
  'campaign.no_items': { campaignId: 41 },
  'campaign.export_format': { campaignId: 41, format: 'dpo', kind: 'label' },
  'campaign.forbidden': {},
  'campaign.budget_exhausted': { campaignId: 41 },
  'campaign.over_cap': { available: 1500n * 10n ** 18n },
  'campaign.check_not_posted': { campaignId: 41 },
  'campaign.post_elsewhere': { campaignId: 41 },
  'community.not_found': { communityId: 3 },
  'community.not_registered': {},
  'community.already_registered': { communityId: 3 },
  'community.forbidden': {},
  'community.invalid': { reason: { field: 'amount', code: 'grant_amount' } },
  'community.allowance_exceeded': { communityId: 3, available: 250n * 10n ** 18n },
  'task.not_found': { taskId: 1234 },
  'answer.not_served': { taskId: 1 },
  'answer.task_closed': { taskId: 1234 },
  'answer.task_full': { taskId: 1234 },
  'answer.invalid_option': { taskId: 1234, option: 'horse' },
  'answer.rate_limited': { retryAfterSeconds: 17 },
  'answer.campaign_paused': { campaignId: 41, status: 'paused' },
  'answer.own_contribution': { taskId: 7 },
  'contribution.not_wanted': { taskId: 7 },
  'wallet.invalid_address': { text: 'hello' },
  'wallet.no_challenge': {},
  'wallet.challenge_expired': {},
  'wallet.bad_signature': {},
  'wallet.address_taken': { address: '0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' },
  'wallet.not_linked': {},
  'model.invalid_config': { problems: ['classes: cat is not an option of the campaign'] },
  'model.invalid_file': { path: '/models/broken.onnx', reason: 'Failed to load model because protobuf parsing failed.' },
  'model.shape_mismatch': { path: '/models/m.onnx', expected: 'output [batch, 3] for classes a, b, c', actual: 'output shape [?, 2]' },
  'model.file_changed': { path: '/models/m.onnx' },
  'model.device_unavailable': { device: 'cuda', reason: 'Failed to load shared library' },
  'model.not_found': { campaignId: 41 },
  'model.no_predictions': { campaignId: 41 },
};

const codes = Object.keys(samples) as DomainErrorCode[];
const make = <C extends DomainErrorCode>(code: C): DomainError<C> => new DomainError(code, samples[code]);

describe('errorText', () => {
  it.each(codes)('gives %s a readable, non-empty message', (code) => {
    const text = errorText(t, make(code));
    expect(typeof text).toBe('string');
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|null|NaN|\[object Object\]/);
    // The words a member reads, not the internal code.
    expect(text).not.toContain(code);
  });

  it('covers the codes in the domain error table', () => {
    // `samples` is typed over every code, so the compiler checks completeness; each code
    // gets words of its own.
    expect(new Set(codes.map((c) => errorText(t, make(c)))).size).toBe(codes.length);
  });

  it('puts the details into the words', () => {
    expect(errorText(t, make('campaign.not_found'))).toContain('#41');
    expect(errorText(t, make('campaign.invalid_transition'))).toMatch(/#41.*closed.*active/s);
    expect(errorText(t, make('answer.rate_limited'))).toContain('17 seconds');
    expect(errorText(t, make('answer.campaign_paused'))).toContain('paused');
    const definition = errorText(t, make('campaign.invalid_definition'));
    expect(definition).toContain('- reward: must be a TNET amount like "10" or "0.5"');
    expect(definition).toContain('- options: must have at least 2 entries');
    const imported = errorText(t, make('campaign.import_invalid'));
    expect(imported).toContain('5 bad rows');
    expect(imported).toContain('line 3: the item has no content');
    expect(imported).toContain('line 9');
    expect(imported).toContain('and 3 more');
  });

  it('does not promise more rows than were bad', () => {
    const text = errorText(t, new DomainError('campaign.import_invalid', { badRows: [{ row: 2, reason: { field: '', code: 'no_content' } }], badRowCount: 1 }));
    expect(text).toContain('1 bad row.');
    expect(text).not.toContain('more');
  });
});
