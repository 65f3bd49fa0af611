import { ConversationStore } from './conversation-store';

describe('conversation store', () => {
  it('keeps a conversation per chat and user until it is idle too long', () => {
    let now = 0;
    const store = new ConversationStore<string>(1000, () => now);
    store.set(-1, 7, 'group step');
    store.set(7, 7, 'private step');
    expect(store.get(-1, 7)).toBe('group step');
    expect(store.get(7, 7)).toBe('private step');
    expect(store.get(-1, 8)).toBeUndefined();
    now = 900;
    store.set(7, 7, 'next step');
    now = 1500;
    expect(store.get(-1, 7)).toBeUndefined();
    expect(store.get(7, 7)).toBe('next step');
    store.set(7, 7, undefined);
    expect(store.get(7, 7)).toBeUndefined();
  });
});
