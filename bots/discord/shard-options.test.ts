import { discordShardOptions } from './shard-options';

describe('discordShardOptions', () => {
  it.each([
    [undefined, undefined, { shards: 'auto' }],
    [1, undefined, { shards: [0], shardCount: 1 }],
    [4, undefined, { shards: [0, 1, 2, 3], shardCount: 4 }],
    [4, [3, 1], { shards: [1, 3], shardCount: 4 }],
    [2, [0, 0], { shards: [0], shardCount: 2 }],
  ] as const)('count %p, shards %p: %j', (count, shards, expected) => {
    expect(discordShardOptions(count, shards)).toEqual(expected);
  });
});
