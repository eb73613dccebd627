/** INTERACTION_CREATE payloads as Discord sends them, for the stand-in to dispatch. */
import { randomBytes } from 'node:crypto';
import { ApplicationCommandOptionType, ApplicationCommandType, ComponentType, InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { APPLICATION_ID, CHANNEL_ID, GUILD_ID, message } from './standIn.js';

let counter = 800000000000000000n;
const id = () => String(counter++);

export const ASKER = { id: '500000000000000005', username: 'reader', discriminator: '0', avatar: null, global_name: 'Reader' };
export const OTHER = { id: '600000000000000006', username: 'someone', discriminator: '0', avatar: null, global_name: 'Someone' };

type User = typeof ASKER;

/** Permissions of an ordinary member (no Manage Server), and of a moderator (with it, bit 5). */
export const MEMBER_PERMISSIONS = String(2248473465835073n & ~0x20n);
export const MODERATOR_PERMISSIONS = String(2248473465835073n | 0x20n);

/** Who uses an interaction in the server: the user, their permissions in the channel and their roles. */
export interface Member {
  user: User;
  permissions?: string;
  roles?: string[];
}

function base(user: User, dm: boolean, member: Omit<Member, 'user'> = {}) {
  const where = dm
    ? { channel_id: CHANNEL_ID, channel: { id: CHANNEL_ID, type: 1, recipients: [user] }, user, context: 1 }
    : {
        guild_id: GUILD_ID,
        channel_id: CHANNEL_ID,
        channel: { id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] },
        member: {
          user,
          roles: member.roles ?? [],
          joined_at: '2024-01-01T00:00:00.000Z',
          deaf: false,
          mute: false,
          permissions: member.permissions ?? '2248473465835073',
          flags: 0,
        },
        guild_locale: 'en-US',
        context: 0,
      };
  return {
    id: id(),
    application_id: APPLICATION_ID,
    token: `token-${randomBytes(12).toString('hex')}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: {},
    attachment_size_limit: 8_388_608,
    ...where,
  };
}

/** A slash command; `options` are name → value (strings and booleans). */
export function command(name: string, options: Record<string, string | boolean> = {}, user: User = ASKER, dm = false): APIInteraction {
  return {
    ...base(user, dm),
    type: InteractionType.ApplicationCommand,
    data: {
      id: id(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: Object.entries(options).map(([n, value]) => ({
        name: n,
        type: typeof value === 'boolean' ? ApplicationCommandOptionType.Boolean : ApplicationCommandOptionType.String,
        value,
      })),
    },
  } as unknown as APIInteraction;
}

export function autocomplete(name: string, option: string, value: string): APIInteraction {
  return {
    ...base(ASKER, false),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { id: id(), name, type: ApplicationCommandType.ChatInput, options: [{ name: option, type: ApplicationCommandOptionType.String, value, focused: true }] },
  } as unknown as APIInteraction;
}

/** A message the bot sent, as Discord returns it inside a component interaction. */
export function botMessage(content: string, components: unknown[] = []) {
  return message({ content, components }, id());
}

export function button(customId: string, messageContent: string, user: User = ASKER): APIInteraction {
  return {
    ...base(user, false),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: botMessage(messageContent),
  } as unknown as APIInteraction;
}

export function select(customId: string, values: string[]): APIInteraction {
  return {
    ...base(ASKER, false),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.StringSelect, values },
    message: botMessage('> a question'),
  } as unknown as APIInteraction;
}

export function checkSourcing(text: string): APIInteraction {
  const target = { ...botMessage(text), author: OTHER, type: 0 };
  return {
    ...base(ASKER, false),
    type: InteractionType.ApplicationCommand,
    data: { id: id(), name: 'Check sourcing', type: ApplicationCommandType.Message, target_id: target.id, resolved: { messages: { [target.id]: target } } },
  } as unknown as APIInteraction;
}

/** A slash command's subcommand, as a member in the server uses it; `attachments` are option name → attachment object (see DiscordStandIn.attach). */
export function subcommand(
  name: string,
  sub: string,
  options: Record<string, string> = {},
  attachments: Record<string, { id: string }> = {},
  member: Member = { user: ASKER, permissions: MODERATOR_PERMISSIONS },
): APIInteraction {
  return {
    ...base(member.user, false, member),
    type: InteractionType.ApplicationCommand,
    data: {
      id: id(),
      name,
      type: ApplicationCommandType.ChatInput,
      options: [
        {
          name: sub,
          type: ApplicationCommandOptionType.Subcommand,
          options: [
            ...Object.entries(options).map(([n, value]) => ({ name: n, type: ApplicationCommandOptionType.String, value })),
            ...Object.entries(attachments).map(([n, a]) => ({ name: n, type: ApplicationCommandOptionType.Attachment, value: a.id })),
          ],
        },
      ],
      resolved: { attachments: Object.fromEntries(Object.values(attachments).map((a) => [a.id, a])) },
    },
  } as unknown as APIInteraction;
}

/** A form (modal) the bot showed, submitted with these values. */
export function formSubmit(customId: string, values: Record<string, string>, member: Member = { user: ASKER, permissions: MODERATOR_PERMISSIONS }): APIInteraction {
  return {
    ...base(member.user, false, member),
    type: InteractionType.ModalSubmit,
    data: {
      custom_id: customId,
      components: Object.entries(values).map(([field, value]) => ({ type: ComponentType.ActionRow, components: [{ type: ComponentType.TextInput, custom_id: field, value }] })),
    },
  } as unknown as APIInteraction;
}

/** A button on a message the bot sent, pressed by a member in the server. */
export function memberButton(customId: string, member: Member): APIInteraction {
  return {
    ...base(member.user, false, member),
    type: InteractionType.MessageComponent,
    data: { custom_id: customId, component_type: ComponentType.Button },
    message: botMessage(''),
  } as unknown as APIInteraction;
}
