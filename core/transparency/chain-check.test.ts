import { checkFromBatchMinted, checkFromReceipt, type ChainCheck, type MintedEvent } from './chain-check';

const A = `0x${'a'.repeat(64)}`;
const B = `0x${'b'.repeat(64)}`;

describe('checkFromReceipt', () => {
  it.each<[string, MintedEvent[] | undefined, ChainCheck | undefined]>([
    ['no receipt: the map decides', undefined, undefined],
    ['no event in the receipt: the map decides', [], undefined],
    ['the event names the batch', [{ batchId: A, blockNumber: 7 }], { status: 'minted', onChainId: A, source: 'event', blockNumber: 7 }],
    ['another batch first, then this one', [{ batchId: B, blockNumber: 7 }, { batchId: A, blockNumber: 7 }], { status: 'minted', onChainId: A, source: 'event', blockNumber: 7 }],
    ['the transaction minted another id', [{ batchId: B, blockNumber: 9 }], { status: 'minted', onChainId: B, source: 'event', blockNumber: 9 }],
    ['upper-case hex reads as the same id', [{ batchId: A.toUpperCase().replace('0X', '0x'), blockNumber: 1 }], { status: 'minted', onChainId: A, source: 'event', blockNumber: 1 }],
  ])('%s', (_name, events, expected) => expect(checkFromReceipt(A, events)).toEqual(expected));
});

describe('checkFromBatchMinted', () => {
  it.each<[boolean, ChainCheck]>([
    [true, { status: 'minted', onChainId: A, source: 'batch-minted', blockNumber: null }],
    [false, { status: 'not-minted' }],
  ])('batchMinted %s', (minted, expected) => expect(checkFromBatchMinted(A, minted)).toEqual(expected));
});
