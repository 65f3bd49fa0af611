import { readFileSync } from 'node:fs';
import { artifactPath, compileContract, type Artifact } from './compile';

/**
 * The committed artifact is what the app deploys and talks to; it must be exactly what the
 * sources compile to. A change to contracts/*.sol (or to the compiler settings, or an
 * OpenZeppelin update) without `npm run build:contracts` fails here.
 */
describe('contracts/artifacts/TNET.json', () => {
  let compiled: Artifact;
  let committed: Artifact;

  beforeAll(() => {
    compiled = compileContract('TNET');
    committed = JSON.parse(readFileSync(artifactPath('TNET'), 'utf8')) as Artifact;
  }, 120_000);

  const stale = 'the committed artifact is stale: run `npm run build:contracts` and commit contracts/artifacts/TNET.json';

  it('names the same contract, compiler and settings', () => {
    expect({ contractName: committed.contractName, compiler: committed.compiler, settings: committed.settings }).toEqual({
      contractName: compiled.contractName,
      compiler: compiled.compiler,
      settings: compiled.settings,
    });
  });

  it('has the ABI the sources compile to', () => {
    expect(committed.abi).toEqual(compiled.abi);
  });

  it('has the creation bytecode the sources compile to', () => {
    expect(compiled.bytecode).toMatch(/^0x[0-9a-f]+$/);
    if (committed.bytecode !== compiled.bytecode) throw new Error(`${stale} (bytecode differs)`);
  });

  it('has the deployed bytecode the sources compile to', () => {
    expect(compiled.deployedBytecode).toMatch(/^0x[0-9a-f]+$/);
    if (committed.deployedBytecode !== compiled.deployedBytecode) throw new Error(`${stale} (deployedBytecode differs)`);
  });
});
