import { ShardingManager } from 'discord.js';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from '../config.js';

/**
 * `npm run start:sharded`: the bot under discord.js's ShardingManager, one
 * process per shard, as many shards as Discord recommends. Discord requires
 * sharding from 2,500 guilds; to spread shards over machines, see the README.
 */
try {
  const config = loadConfig(['DISCORD_TOKEN']);
  const entry = fileURLToPath(new URL(`./main.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url));
  const manager = new ShardingManager(entry, {
    token: config.token!,
    totalShards: 'auto',
    // The shards run the TypeScript sources the same way `npm start` does.
    execArgv: entry.endsWith('.ts') ? ['--import', 'tsx'] : [],
  });
  manager.on('shardCreate', (shard) => process.stderr.write(`fineprint: launched shard ${shard.id}\n`));
  await manager.spawn();
} catch (error) {
  process.stderr.write(`fineprint: ${error instanceof ConfigError ? error.message : (error as Error).message}\n`);
  process.exit(1);
}
