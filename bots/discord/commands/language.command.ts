import { languageCommand as shared, languageInput } from '../../common/commands/language.command';
import { languages } from '../../common/i18n/languages';
import { english } from '../../common/i18n/translator';
import { memberCommand, runShared, type SlashCommand } from '../slash-command';

const en = english();

/**
 * /language [language]: in a DM the member's language, in a server the server's (its
 * moderators'). Without the option, the choices as buttons. Each choice is a language's own
 * name, the same in every locale.
 */
export const languageCommand: SlashCommand = {
  definition: memberCommand('language', en.t('dcmd-language-desc'))
    .addStringOption((o) =>
      o
        .setName('language')
        .setDescription(en.t('dopt-language-language-desc'))
        .addChoices(...languages().map((l) => ({ name: l.name, value: l.tag }))),
    )
    .toJSON(),
  run: (i, ctx, deps) => {
    // Setting a server's language is for its moderators (Manage Server or a configured role).
    ctx.moderator = deps.moderators.forInteraction(i);
    const code = i.options.getString('language');
    return runShared(deps, ctx, shared, code === null ? { sub: 'menu' } : languageInput(code));
  },
};
