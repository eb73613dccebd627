import { randomBytes } from 'node:crypto';
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { commands } from '../../commands/index.js';
import type { Config } from '../config.js';
import type { App, Invocation } from '../../commands/types.js';
import { NO_MENTIONS, toDiscord } from '../render/discord/payload.js';
import { notice, type Reply } from '../render/reply.js';
import { handleComponent } from './components.js';
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
    const work = route(interaction, app, cooldowns, log).finally(() => inFlight.delete(work));
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

async function route(interaction: Interaction, app: App, cooldowns: Cooldowns, log: Logger): Promise<void> {
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
      const invocation: Invocation = {
        userId: interaction.user.id,
        string: (option) => (interaction.isChatInputCommand() ? interaction.options.getString(option) : null),
        boolean: (option) => (interaction.isChatInputCommand() ? interaction.options.getBoolean(option) : null),
        targetText: interaction.isMessageContextMenuCommand() ? interaction.targetMessage.content : undefined,
        reply: async (reply) => void (await interaction.reply(toDiscord(reply))),
      };
      await command.execute(invocation, app);
      return;
    }
    if (interaction.isButton() || interaction.isStringSelectMenu()) {
      const result = handleComponent(
        {
          customId: interaction.customId,
          userId: interaction.user.id,
          messageContent: interaction.message.content,
          values: interaction.isStringSelectMenu() ? interaction.values : [],
        },
        app,
      );
      if ('delete' in result) {
        await interaction.deferUpdate();
        await interaction.deleteReply();
        outcome = 'deleted';
      } else await interaction.reply(toDiscord(result));
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

async function apologise(interaction: Interaction, reply: Reply): Promise<void> {
  if (!interaction.isRepliable()) return;
  const payload = { ...toDiscord(reply), flags: MessageFlags.Ephemeral as const };
  if (interaction.replied || interaction.deferred) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
