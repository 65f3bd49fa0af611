import { linkCommand as shared, linkInput } from '../../common/commands/link.command';
import { renderMessages } from '../render-message';
import type { SlashCommand } from '../slash-command';
import { memberCommand } from '../slash-command';

/**
 * /link address: the Sign-In with Ethereum message to sign. That message is shown in a
 * code block, exactly as it must be signed (no markdown escapes in it).
 */
export const linkCommand: SlashCommand = {
  definition: memberCommand('link', 'Link your wallet (you sign a message to prove it is yours)')
    .addStringOption((o) => o.setName('address').setDescription('Your wallet address, 0x...').setRequired(true).setMaxLength(100))
    .toJSON(),
  run: async (i, ctx, deps) => {
    const reply = await deps.router.run(ctx, shared, linkInput(i.options.getString('address', true)));
    const [intro, message] = reply.messages;
    // One message is a refusal (bad address, taken wallet): shown as any reply.
    if (!intro || !message || message.text.includes('```')) return { messages: renderMessages(reply.messages) };
    return { messages: [...renderMessages([intro]), { content: `\`\`\`\n${message.text}\n\`\`\``, embeds: [], components: [] }] };
  },
};
