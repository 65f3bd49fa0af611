#!/usr/bin/env node
// `npx tnet`: the operator's CLI, run from its TypeScript source through tsx.
require('tsx/cjs');
require('../bots/cli/main.ts');
