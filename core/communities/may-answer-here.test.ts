import { answerScope, mayAnswerHere } from './may-answer-here';

describe('answerScope', () => {
  const cases: [string, string | null, number | null, ReturnType<typeof answerScope>][] = [
    ['a private chat serves every community', null, null, { everyCommunity: true, communityId: null }],
    ["a registered group serves its community's", '-1001', 7, { everyCommunity: false, communityId: 7 }],
    ['an unregistered group serves no community', '-2002', null, { everyCommunity: false, communityId: null }],
  ];
  it.each(cases)('%s', (_name, place, community, expected) => expect(answerScope(place, community)).toEqual(expected));
});

describe('mayAnswerHere', () => {
  const privateChat = answerScope(null, null);
  const groupOf7 = answerScope('-1001', 7);
  const unregistered = answerScope('-2002', null);
  const cases: [string, ReturnType<typeof answerScope>, number | null, boolean][] = [
    ['a platform campaign in private', privateChat, null, true],
    ["a community's campaign in private", privateChat, 7, true],
    ["another community's campaign in private", privateChat, 8, true],
    ['a platform campaign in a community group', groupOf7, null, true],
    ["the group's own community's campaign", groupOf7, 7, true],
    ["another community's campaign in a community group", groupOf7, 8, false],
    ['a platform campaign in an unregistered group', unregistered, null, true],
    ["a community's campaign in an unregistered group", unregistered, 7, false],
  ];
  it.each(cases)('%s', (_name, scope, campaignCommunity, expected) => expect(mayAnswerHere(scope, campaignCommunity)).toBe(expected));
});
