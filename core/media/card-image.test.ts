import { cardImage } from './card-image';

const REF = `${'ab'.repeat(32)}.jpg`;

describe('cardImage', () => {
  it.each([
    ['a stored ref', { image: REF }, { kind: 'stored', ref: REF }],
    ['an https URL', { image: 'https://example.org/cat.png' }, { kind: 'url', url: 'https://example.org/cat.png' }],
    ['an https URL, normalised', { image: 'HTTPS://Example.org/a b.png' }, { kind: 'url', url: 'https://example.org/a%20b.png' }],
    ['plain http', { image: 'http://example.org/cat.png' }, undefined],
    ['credentials in the URL', { image: 'https://user:pw@example.org/cat.png' }, undefined],
    ['a file URL', { image: 'file:///etc/passwd' }, undefined],
    ['a server path', { image: '/etc/passwd' }, undefined],
    ['a path that looks like a ref', { image: `../${REF}` }, undefined],
    ['a data URL', { image: 'data:image/png;base64,iVBORw0KGgo=' }, undefined],
    ['an over-long URL', { image: `https://example.org/${'x'.repeat(2100)}` }, undefined],
    ['a number', { image: 5 }, undefined],
    ['no image', { text: 'hello' }, undefined],
  ])('%s', (_, payload, expected) => {
    expect(cardImage(payload)).toEqual(expected);
  });
});
