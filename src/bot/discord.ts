import { randomBytes } from 'node:crypto';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  type ChatInputCommandInteraction,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import { commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { App, Invocation } from '../../commands/types.js';
import { commandOfForm } from '../render/discord/customIds.js';
import { NO_MENTIONS, toDiscord, toModal } from '../render/discord/payload.js';
import { notice, type Reply } from '../render/reply.js';
import { handleComponent, STALE } from './components.js';
import { Cooldowns } from './cooldowns.js';

export interface RunningBot {
  client: Client;
  /** Finishes the replies under way, closes the gateway normally, and resolves. */
  stop(): Promise<void>;
}

/**
 * The bot on Discord: the real discord.js client with the Guilds intent only,
 * every interaction routed to the same handlers the console uses. A handler's
 * error becomes an ephemeral message with an error id; the bot keeps running.
 */
export async function startDiscord(config: Config, app: App, log: Logger): Promise<RunningBot> {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.apiUrl }, allowedMentions: NO_MENTIONS });
  const cooldowns = new Cooldowns(config.cooldownSeconds * 1000);
  const inFlight = new Set<Promise<void>>();
  client.on(Events.InteractionCreate, (interaction) => {
    const work = route(interaction, app, cooldowns, config.editorRoleId, log).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.once(Events.ClientReady, (ready) => log.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));

  await client.login(config.token!);
  return {
    client,
    async stop() {
      // Interactions that arrive while replies finish are answered too, until the gateway closes.
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
      await client.destroy();
    },
  };
}

async function route(interaction: Interaction, app: App, cooldowns: Cooldowns, editorRoleId: string | null, log: Logger): Promise<void> {
  const started = performance.now();
  const name = interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : interaction.isMessageComponent() ? interaction.customId : 'unknown';
  let outcome = 'ok';
  try {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      const focused = interaction.options.getFocused(true);
      const choices = command?.autocomplete?.(focused.name, String(focused.value), app) ?? [];
      await interaction.respond(choices.slice(0, 25));
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        outcome = 'unknown-command';
        await interaction.reply(toDiscord(notice(`I do not know the command \`${interaction.commandName.slice(0, 32)}\`. Try \`/help\`.`)));
        return;
      }
      const wait = cooldowns.check(interaction.user.id);
      if (wait > 0) {
        outcome = 'cooldown';
        await interaction.reply(toDiscord(notice(`Slow down a little: you can ask again in ${Math.ceil(wait / 1000)} s.`)));
        return;
      }
      if (interaction.isChatInputCommand()) log.debug({ command: name, options: interaction.options.data.map((o) => o.value) }, 'question');
      const chat = interaction.isChatInputCommand() ? interaction : null;
      await command.execute(
        {
          ...invocationOf(interaction, editorRoleId),
          string: (option) => chat?.options.getString(option) ?? null,
          boolean: (option) => chat?.options.getBoolean(option) ?? null,
          subcommand: () => chat?.options.getSubcommand(false) ?? null,
          attachment: (option) => {
            const file = chat?.options.getAttachment(option);
            return file ? { name: file.name, size: file.size, url: file.url } : null;
          },
          targetText: interaction.isMessageContextMenuCommand() ? interaction.targetMessage.content : undefined,
        },
        app,
      );
      return;
    }
    if (interaction.isModalSubmit()) {
      const command = commands.get(commandOfForm(interaction.customId) ?? '');
      const values = new Map(interaction.fields.fields.map((field) => [field.customId, 'value' in field ? String(field.value) : '']));
      if (!command?.submit) await interaction.reply(toDiscord(notice(STALE)));
      else await command.submit(values, { ...invocationOf(interaction, editorRoleId), ...NO_OPTIONS }, app);
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      let deferred = false;
      const result = await handleComponent(
        {
          customId: interaction.customId,
          userId: interaction.user.id,
          messageContent: interaction.message.content,
          values: interaction.isStringSelectMenu() ? interaction.values : [],
          mayEdit: mayEdit(interaction, editorRoleId),
          defer: async () => {
            deferred = true;
            await interaction.deferReply({ flags: MessageFlags.Ephemeral });
          },
        },
        app,
      );
      if ('delete' in result) {
        await interaction.deferUpdate();
        await interaction.deleteReply();
        outcome = 'deleted';
      } else if ('update' in result) await interaction.update(withoutFlags(toDiscord(result.update)));
      else await send(interaction, result, deferred);
    }
  } catch (error) {
    outcome = 'error';
    const errorId = randomBytes(4).toString('hex');
    log.error({ err: error, errorId, command: name }, 'handler failed');
    await apologise(interaction, notice(`Something went wrong on my side (error ${errorId}). Please try again.`)).catch((e: unknown) =>
      log.warn({ err: e, errorId }, 'could not send the error message'),
    );
  } finally {
    log.info({ command: name, latencyMs: Math.round(performance.now() - started), outcome }, 'interaction');
  }
}

/** Options a form submission does not have. */
const NO_OPTIONS = { string: () => null, boolean: () => null, subcommand: () => null, attachment: () => null } as const;

/**
 * What every use of a command or form shares: who, whether they may edit
 * the corpus, and replying, deferred or not, or with a form.
 */
function invocationOf(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction | ModalSubmitInteraction,
  editorRoleId: string | null,
): Pick<Invocation, 'userId' | 'conversation' | 'mayEdit' | 'defer' | 'showForm' | 'reply'> {
  let deferred = false;
  return {
    userId: interaction.user.id,
    // One member in one channel: others' questions there, or theirs elsewhere, are other conversations.
    conversation: `${interaction.channelId}:${interaction.user.id}`,
    mayEdit: mayEdit(interaction, editorRoleId),
    defer: async () => {
      deferred = true;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    },
    showForm: async (form) => {
      if (interaction.isModalSubmit()) throw new Error('a form cannot answer a form');
      await interaction.showModal(toModal(form));
    },
    reply: (reply) => send(interaction, reply, deferred),
  };
}

/** A reply, as the first answer or as the edit of a deferral. */
async function send(interaction: RepliableInteraction, reply: Reply, deferred: boolean): Promise<void> {
  const payload = toDiscord(reply);
  if (deferred) await interaction.editReply(withoutFlags(payload));
  else await interaction.reply(payload);
}

/** Whether a message is private is fixed when it is first sent: an edit or an update carries no flags. */
function withoutFlags<T extends { flags?: unknown }>(payload: T): Omit<T, 'flags'> {
  const rest = { ...payload };
  delete rest.flags;
  return rest;
}

/**
 * Manage Server, or the editor role: read from this interaction, never
 * remembered, since a server can change either at any time. Never outside a server.
 */
function mayEdit(interaction: Interaction, editorRoleId: string | null): boolean {
  if (!interaction.inGuild()) return false;
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (!editorRoleId) return false;
  const roles = interaction.member.roles;
  return Array.isArray(roles) ? roles.includes(editorRoleId) : roles.cache.has(editorRoleId);
}

async function apologise(interaction: Interaction, reply: Reply): Promise<void> {
  if (!interaction.isRepliable()) return;
  const payload = { ...toDiscord(reply), flags: MessageFlags.Ephemeral as const };
  if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
