import { linkCommand as shared, linkInput } from '../../common/commands/link.command';
import { translator } from '../../common/i18n/translator';
import { renderMessages } from '../render-message';
import type { SlashCommand } from '../slash-command';
import { memberCommand } from '../slash-command';
import { english } from '../../common/i18n/translator';

const en = english();

/**
 * /link address: the Sign-In with Ethereum message to sign. That message is shown in a
 * code block, exactly as it must be signed (no markdown escapes in it).
 */
export const linkCommand: SlashCommand = {
  definition: memberCommand('link', en.t('dcmd-link-desc'))
    .addStringOption((o) => o.setName('address').setDescription(en.t('dopt-link-address-desc')).setRequired(true).setMaxLength(100))
    .toJSON(),
  run: async (i, ctx, deps) => {
    const reply = await deps.router.run(ctx, shared, linkInput(i.options.getString('address', true)));
    const [intro, message] = reply.messages;
    // One message is a refusal (bad address, taken wallet): shown as any reply.
    if (!intro || !message || message.text.includes('```')) return { messages: renderMessages(translator(ctx.memberLang), reply.messages) };
    return { messages: [...renderMessages(translator(ctx.memberLang), [intro]), { content: `\`\`\`\n${message.text}\n\`\`\``, embeds: [], components: [] }] };
  },
};
