import { readFileSync } from 'node:fs';
import path from 'node:path';
// solc ships no types; its compile() takes and returns standard JSON strings.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const solc = require('solc') as { version(): string; compile(input: string, opts: { import(p: string): { contents: string } | { error: string } }): string };

export interface Artifact {
  contractName: string;
  compiler: string;
  settings: unknown;
  abi: unknown[];
  bytecode: string;
  deployedBytecode: string;
}

const root = path.resolve(__dirname, '..');

/** The compiler settings; changing them changes the committed artifact. */
export const SETTINGS = {
  optimizer: { enabled: true, runs: 1_000_000 },
  evmVersion: 'prague',
  metadata: { bytecodeHash: 'none' },
  outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object', 'storageLayout'] } },
};

/**
 * Compiles contracts/<name>.sol with the npm solc (standard JSON input); imports such as
 * @openzeppelin/... are read from node_modules.
 * @throws Error listing every compiler error.
 */
export function compileContract(name: string): Artifact {
  const source = `contracts/${name}.sol`;
  const input = {
    language: 'Solidity',
    sources: { [source]: { content: readFileSync(path.join(root, source), 'utf8') } },
    settings: SETTINGS,
  };
  const findImport = (p: string) => {
    for (const candidate of [path.join(root, 'node_modules', p), path.join(root, p)]) {
      try {
        return { contents: readFileSync(candidate, 'utf8') };
      } catch {
        // try the next place
      }
    }
    return { error: `not found: ${p}` };
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImport }));
  const errors = (output.errors ?? []).filter((e: { severity: string }) => e.severity === 'error');
  if (errors.length > 0) throw new Error(errors.map((e: { formattedMessage: string }) => e.formattedMessage).join('\n'));
  const c = output.contracts[source][name];
  checkLayout(name, c.storageLayout);
  return {
    contractName: name,
    compiler: `solc ${solc.version()}`,
    settings: { optimizer: SETTINGS.optimizer, evmVersion: SETTINGS.evmVersion },
    abi: c.abi,
    bytecode: '0x' + c.evm.bytecode.object,
    deployedBytecode: '0x' + c.evm.deployedBytecode.object,
  };
}

/**
 * mintBatch writes OpenZeppelin ERC20's balances and supply by slot number (one supply
 * write per batch); refuse to build if a dependency update ever moves those slots.
 */
function checkLayout(name: string, layout: { storage: { label: string; slot: string }[] }) {
  if (name !== 'TNET') return;
  const slotOf = (label: string) => layout.storage.find((s) => s.label === label)?.slot;
  if (slotOf('_balances') !== '0' || slotOf('_totalSupply') !== '2') {
    throw new Error(`TNET storage layout changed: _balances at ${slotOf('_balances')}, _totalSupply at ${slotOf('_totalSupply')}; mintBatch expects 0 and 2`);
  }
}

export const artifactPath = (name: string) => path.join(root, 'contracts', 'artifacts', `${name}.json`);
