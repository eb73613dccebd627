import type { Command } from './types.js';
import ask from './ask.js';
import caveats from './caveats.js';
import checkSourcing from './check-sourcing.js';
import help from './help.js';
import quote from './quote.js';
import source from './source.js';

/** Every command, by the name Discord knows it by. */
export const commands: ReadonlyMap<string, Command> = new Map([ask, quote, source, caveats, help, checkSourcing].map((c) => [c.data.name, c]));
