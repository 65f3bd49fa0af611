import type { SlashCommand } from '../slash-command';
import { memberCommand, routed } from '../slash-command';

/** /verify signature: links the wallet when the signature of the /link message checks out. */
export const verifyCommand: SlashCommand = {
  definition: memberCommand('verify', 'Finish linking your wallet with the signature of the /link message')
    .addStringOption((o) => o.setName('signature').setDescription('The 0x... signature your wallet gave').setRequired(true).setMaxLength(200))
    .toJSON(),
  run: (i, ctx, deps) => routed(deps, ctx, `/verify ${i.options.getString('signature', true).trim()}`),
};
