import type { Command } from './types.js';
import article from './article.js';
import articles from './articles.js';
import ask from './ask.js';
import caveats from './caveats.js';
import checkSourcing from './check-sourcing.js';
import help from './help.js';
import quote from './quote.js';
import source from './source.js';

/** Every command, by the name Discord knows it by. */
export const commands: ReadonlyMap<string, Command> = new Map([ask, quote, source, caveats, help, checkSourcing, article, articles].map((c) => [c.data.name, c]));
