// @ts-check
// The house rules that check themselves (`npm run lint`, run by .ci/run): ESLint's and
// typescript-eslint's recommended sets (syntax only: no type-aware rules, so a run stays
// seconds), a few deliberate departures from them, and the boundaries STYLE.md asks for
// ("The shape"), written as one no-restricted-imports list per folder.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------
// Boundaries
// ---------------------------------------------------------------------------------------

/** Libraries that belong to one adapter each: the regex of the module names, and why. */
const LIBRARIES = {
  grammy: { regex: '^(grammy|@grammyjs/[^/]+)(/.*)?$', message: 'grammY belongs in bots/telegram: core and the other adapters know nothing of Telegram.' },
  discord: { regex: '^(discord\\.js|@discordjs/[^/]+)(/.*)?$', message: 'discord.js belongs in bots/discord: core and the other adapters know nothing of Discord.' },
  ethers: { regex: '^ethers(/.*)?$', message: 'ethers belongs in core/chain: everything else reaches the chain through its functions.' },
  siwe: { regex: '^siwe(/.*)?$', message: 'siwe belongs in core/chain (and core/wallets/wallet.service.ts until the re-cut moves it).' },
  onnx: { regex: '^onnxruntime-(node|common|web)(/.*)?$', message: 'onnxruntime belongs in core/models: everything else asks a model through its interface.' },
  typeorm: { regex: '^typeorm(/.*)?$', message: 'TypeORM belongs in core/db, migrations and ormconfig.ts; elsewhere in core `import type` only, and never outside core.' },
};

/** Top-level folders that hold entry points and adapters: core imports none of them. */
const OUTSIDE_CORE = ['bots', 'jobs', 'app'];

/**
 * The restrictions for one file, `depth` folders below the repository root (`core/x/y.ts`
 * is 2). Relative imports are matched with exactly `depth` steps up, so `../jobs/...`
 * from core/health (core/jobs) is not mistaken for the top-level jobs/ folder.
 * @param {{ depth: number, allow?: (keyof typeof LIBRARIES)[], typesOnly?: (keyof typeof LIBRARIES)[],
 *   forbidFolders?: string[], coreThroughIndex?: boolean }} o
 */
function boundary(o) {
  const up = `^(\\.\\./){${o.depth}}`;
  const patterns = [];
  for (const [key, lib] of Object.entries(LIBRARIES)) {
    if (o.allow?.includes(/** @type {keyof typeof LIBRARIES} */ (key))) continue;
    const typesOnly = o.typesOnly?.includes(/** @type {keyof typeof LIBRARIES} */ (key)) ?? false;
    patterns.push({ regex: lib.regex, message: lib.message, allowTypeImports: typesOnly });
  }
  if (o.forbidFolders?.length) {
    patterns.push({
      regex: `${up}(${o.forbidFolders.join('|')})(/.*)?$`,
      message: 'Dependencies point one way: bots -> core and jobs -> core; core imports neither, and bots and jobs never import each other, app, ormconfig or migrations.',
    });
  }
  if (o.coreThroughIndex) {
    patterns.push({
      regex: `${up}core/(?!index$).+`,
      message: 'Import core through its one public entry (core/index.ts); export what you need from there.',
    });
  }
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

const SOURCE = '{ts,js,mjs,cjs}';
const MAX_DEPTH = 6;

/**
 * One config block per depth below `folder` (each block states a file's whole list: in a
 * flat config a later block's options replace an earlier block's, they do not merge).
 * @param {string} folder a folder, or a single file when it has an extension
 * @param {Omit<Parameters<typeof boundary>[0], 'depth'>} o
 */
function zone(folder, o) {
  if (/\.[a-z]+$/.test(folder)) {
    return [{ files: [folder], rules: boundary({ ...o, depth: folder.split('/').length - 1 }) }];
  }
  const base = folder.split('/').length;
  const blocks = [];
  for (let extra = 0; extra < MAX_DEPTH; extra++) {
    blocks.push({ files: [`${folder}/${'*/'.repeat(extra)}*.${SOURCE}`], rules: boundary({ ...o, depth: base + extra }) });
  }
  return blocks;
}

const boundaries = [
  // Anything not named below (root files, contracts/, models/, bin/) gets no adapter library.
  { files: [`**/*.${SOURCE}`], rules: boundary({ depth: 0 }) },
  // core: no chat library; TypeORM as types only; nothing from the folders that use core.
  ...zone('core', { typesOnly: ['typeorm'], forbidFolders: OUTSIDE_CORE }),
  ...zone('core/db', { allow: ['typeorm'], forbidFolders: OUTSIDE_CORE }),
  ...zone('core/chain', { allow: ['ethers', 'siwe'], typesOnly: ['typeorm'], forbidFolders: OUTSIDE_CORE }),
  ...zone('core/models', { allow: ['onnx'], typesOnly: ['typeorm'], forbidFolders: OUTSIDE_CORE }),
  // Exception, to go with the re-cut: SIWE messages are built and parsed in the wallet
  // service today; moving them behind core/chain leaves siwe in one adapter.
  ...zone('core/wallets/wallet.service.ts', { allow: ['siwe'], typesOnly: ['typeorm'], forbidFolders: OUTSIDE_CORE }),
  // bots and jobs: core through core/index.ts only, and never each other.
  ...zone('bots', { forbidFolders: ['jobs', 'app', 'ormconfig', 'migrations'], coreThroughIndex: true }),
  ...zone('bots/telegram', { allow: ['grammy'], forbidFolders: ['jobs', 'app', 'ormconfig', 'migrations'], coreThroughIndex: true }),
  ...zone('bots/discord', { allow: ['discord'], forbidFolders: ['jobs', 'app', 'ormconfig', 'migrations'], coreThroughIndex: true }),
  ...zone('jobs', { forbidFolders: ['bots', 'app', 'ormconfig', 'migrations'], coreThroughIndex: true }),
  // app is the composition of core, adapters and jobs; it too reaches core by its entry.
  ...zone('app', { coreThroughIndex: true }),
  ...zone('migrations', { allow: ['typeorm'] }),
  ...zone('ormconfig.ts', { allow: ['typeorm'] }),
  // Tests and benches drive the real peers (anvil, the Bot API emulator, the Discord
  // server, PostgreSQL) and reach inside core to set up state.
  { files: [`test/**/*.${SOURCE}`, `bench/**/*.${SOURCE}`], rules: { '@typescript-eslint/no-restricted-imports': 'off' } },
];

// ---------------------------------------------------------------------------------------
// SQL text lives in typed statement functions (`<aggregate>.statements.ts`) and migrations
// ---------------------------------------------------------------------------------------

/** A string or template part that starts like a statement (SQL here is upper case). */
const SQL_START = '/^\\s*(SELECT|INSERT\\s+INTO|UPDATE\\s+\\w+\\s+SET|DELETE\\s+FROM|WITH\\s+\\w+\\s+AS|ALTER\\s+TABLE|CREATE\\s+(TABLE|INDEX|UNIQUE)|DROP\\s+TABLE)\\b/';
const SQL_MESSAGE = 'SQL text lives in a typed statement function in <aggregate>.statements.ts (or a migration); call it from here.';

const sqlInStatements = {
  files: [`{app,bots,core,jobs}/**/*.${SOURCE}`, `*.${SOURCE}`],
  ignores: ['**/*.statements.ts', '**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      { selector: `Literal[value=${SQL_START}]`, message: SQL_MESSAGE },
      { selector: `TemplateElement[value.raw=${SQL_START}]`, message: SQL_MESSAGE },
    ],
  },
};

// ---------------------------------------------------------------------------------------
// Everything together
// ---------------------------------------------------------------------------------------

/** @param {string[]} names */
const readonlyGlobals = (names) => Object.fromEntries(names.map((n) => [n, 'readonly']));

export default defineConfig(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.data/**', '.bench-data/**', 'contracts/artifacts/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` marks a deliberately unused parameter or element (callbacks with a fixed
      // signature, skipped tuple slots); tsc's noUnusedLocals covers the rest.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `let self; ... self = new X()` with a callback that reads it first is the pattern
      // for servers whose handler needs the instance built after them.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      // It flags a defensive initial value ahead of try/catch; tsc's definite-assignment
      // analysis already catches the reads that matter.
      'no-useless-assignment': 'off',
    },
  },
  {
    // Tests speak the untyped JSON of the Bot API and Discord's gateway, and match
    // terminal output, ANSI escapes included.
    files: ['**/*.test.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', 'no-control-regex': 'off' },
  },
  {
    files: ['**/*.{js,cjs}'],
    ignores: ['bots/web/public/**'],
    languageOptions: { sourceType: 'commonjs', globals: readonlyGlobals(['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'globalThis']) },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The link page: a classic browser script.
    files: ['bots/web/public/**/*.js'],
    languageOptions: { sourceType: 'script', globals: readonlyGlobals(['window', 'document', 'location', 'fetch', 'console', 'JSON', 'encodeURIComponent', 'TextEncoder']) },
  },
  {
    // Exception, to go with the re-cut: `tnet start` hands over to app/console by require()
    // (a bots -> app edge that no-restricted-imports cannot see).
    files: ['bots/cli/platform.command.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  sqlInStatements,
  ...boundaries,
);
