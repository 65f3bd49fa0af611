import { chatMigrationOf } from './chat-migration';

describe('chatMigrationOf', () => {
  const group = { id: -4001, type: 'group' as const, title: 'G' };
  const supergroup = { id: -1004001, type: 'supergroup' as const, title: 'G' };
  const cases: [string, Parameters<typeof chatMigrationOf>[0], ReturnType<typeof chatMigrationOf>][] = [
    ['the old group announces its supergroup', { chat: group, migrate_to_chat_id: -1004001 }, { from: '-4001', to: '-1004001' }],
    ['the supergroup announces the group it came from', { chat: supergroup, migrate_from_chat_id: -4001 }, { from: '-4001', to: '-1004001' }],
    ['a plain message is no move', { chat: group }, undefined],
    ['migrate_to from a supergroup is no move', { chat: supergroup, migrate_to_chat_id: -1009999 }, undefined],
    ['migrate_from in a basic group is no move', { chat: group, migrate_from_chat_id: -4002 }, undefined],
    ['a target that is no supergroup id is no move', { chat: group, migrate_to_chat_id: -4002 }, undefined],
    ['a positive (private) target is no move', { chat: group, migrate_to_chat_id: 1004001 }, undefined],
    ['a positive (private) source is no move', { chat: supergroup, migrate_from_chat_id: 4001 }, undefined],
    ['a private chat is no move', { chat: { id: 7, type: 'private', first_name: 'P' }, migrate_to_chat_id: -1004001 }, undefined],
  ];
  it.each(cases)('%s', (_name, message, expected) => expect(chatMigrationOf(message)).toEqual(expected));
});
