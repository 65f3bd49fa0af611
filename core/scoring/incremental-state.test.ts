import { decodeCounts, decodeIds, decodeVotes, decodeVotesOf, encodeCounts, encodeIds, encodeVotes, encodeVotesHex, VOTE_BYTES, votesByTask } from './incremental-state';

describe('task votes as stored', () => {
  it.each<[string, number[], number[], string]>([
    ['none', [], [], ''],
    ['one vote', [1, 7], [0, 3], '01000000000700000003'],
    ['a large member id and the last option', [2_000_000_000], [24], '0094357718'],
  ])('%s', (_, members, labels, hex) => {
    const b = encodeVotes(members, labels);
    expect(b.toString('hex')).toBe(hex);
    expect(b.byteLength).toBe(members.length * VOTE_BYTES);
    const back = decodeVotes(b);
    expect(Array.from(back.members)).toEqual(members);
    expect(Array.from(back.labels)).toEqual(labels);
  });

  it('reads a task outside the state as no votes', () => {
    expect(decodeVotes(null).members).toHaveLength(0);
  });

  it.each<[string, () => unknown, RegExp]>([
    ['arrays of other lengths', () => encodeVotes([1, 2], [0]), /differ in length/],
    ['an option index past a byte', () => encodeVotes([1], [256]), /out of range/],
    ['a negative option index', () => encodeVotes([1], [-1]), /out of range/],
    ['bytes that are not whole votes', () => decodeVotes(Buffer.alloc(7)), /not whole votes/],
  ])('refuses %s', (_, f, message) => {
    expect(f).toThrow(message);
  });
});

describe("members' counts as stored", () => {
  it('round-trips ids and counts, read from a slice of a larger buffer', () => {
    const ids = Int32Array.of(5, 3, 900_000);
    const counts = Float64Array.from({ length: 3 * 4 }, (_, i) => i / 3);
    const idBytes = Buffer.concat([Buffer.from([9, 9, 9]), encodeIds(ids)]).subarray(3);
    const countBytes = Buffer.concat([Buffer.from([9]), encodeCounts(counts)]).subarray(1);
    expect(Array.from(decodeIds(idBytes))).toEqual([5, 3, 900_000]);
    expect(Array.from(decodeCounts(countBytes, 3, 4))).toEqual(Array.from(counts));
  });

  it.each<[string, () => unknown, RegExp]>([
    ['ids that are not whole', () => decodeIds(Buffer.alloc(6)), /not whole ids/],
    ['counts for other members', () => decodeCounts(Buffer.alloc(8 * 4), 2, 4), /32 bytes for 2 members of 4/],
    ['no counts for members', () => decodeCounts(null, 1, 4), /0 bytes for 1 members/],
  ])('refuses %s', (_, f, message) => {
    expect(f).toThrow(message);
  });

  it('reads no members from none', () => {
    expect(decodeIds(null)).toHaveLength(0);
    expect(decodeCounts(null, 0, 4)).toHaveLength(0);
  });
});

describe('votesByTask', () => {
  it('groups answers by task in order, leaving the baseline out', () => {
    // Workers 0 and 1 are members 10 and 20; worker 2 is the baseline.
    const g = votesByTask(3, Int32Array.of(1, 0, 1, 2, 1), Int32Array.of(0, 1, 1, 2, 2), Int32Array.of(3, 1, 2, 0, 0), [10, 20]);
    expect(Array.from(g.start)).toEqual([0, 1, 3, 3]);
    expect(Array.from(g.members)).toEqual([20, 10, 20]);
    expect(Array.from(g.labels)).toEqual([1, 3, 2]);
  });

  it('gives tasks without answers no votes', () => {
    const g = votesByTask(2, new Int32Array(0), new Int32Array(0), new Int32Array(0), []);
    expect(Array.from(g.start)).toEqual([0, 0, 0]);
  });
});

describe('many tasks\' votes at once', () => {
  const tasks: [number[], number[]][] = [
    [[1, 7], [0, 3]],
    [[], []],
    [[2_000_000_000], [24]],
  ];

  it('reads what encodeVotes stored, a task outside the state as none', () => {
    const g = decodeVotesOf([...tasks.map(([m, l]) => encodeVotes(m, l)), null]);
    expect(Array.from(g.start)).toEqual([0, 2, 2, 3, 3]);
    expect(Array.from(g.members)).toEqual([1, 7, 2_000_000_000]);
    expect(Array.from(g.labels)).toEqual([0, 3, 24]);
  });

  it('writes each task as encodeVotes does, for the whole grouping or a page of it', () => {
    const g = decodeVotesOf(tasks.map(([m, l]) => encodeVotes(m, l)));
    const one = tasks.map(([m, l]) => encodeVotes(m, l).toString('hex'));
    expect(encodeVotesHex(g)).toEqual(one);
    expect(encodeVotesHex(g, 1, 3)).toEqual(one.slice(1, 3));
    expect(encodeVotesHex(g, 2, 2)).toEqual([]);
  });

  it('refuses a task whose bytes are not whole votes', () => {
    expect(() => decodeVotesOf([encodeVotes([1], [0]), Buffer.alloc(4)])).toThrow(/not whole votes/);
  });
});
