/**
 * `npm run deploy-commands`: registers the commands with Discord — to one guild
 * when DISCORD_GUILD_ID is set (instant, for development), globally otherwise.
 * Run it when the commands change, not on every start: Discord allows 200
 * command creations a day per guild.
 */
import { REST, Routes } from 'discord.js';
import { commands } from '../commands/index.js';
import { ConfigError, loadConfig } from '../src/config.js';

try {
  const config = loadConfig(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
  const rest = new REST({ api: config.apiUrl }).setToken(config.token!);
  const body = [...commands.values()].map((c) => c.data.toJSON());
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId!, config.guildId) : Routes.applicationCommands(config.clientId!);
  const registered = (await rest.put(route, { body })) as unknown[];
  process.stdout.write(`Registered ${registered.length} commands ${config.guildId ? `in guild ${config.guildId}` : 'globally'}.\n`);
} catch (error) {
  process.stderr.write(`fineprint: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
}
