import { createInterface } from 'node:readline';
import { commands } from '../../commands/index.js';
import type { App, Invocation } from '../../commands/types.js';
import { notice, type Reply } from '../render/reply.js';
import { replyText, styleFor } from '../render/terminal.js';

/** Which option a console line's text fills, per command: "/ask who…" fills `question`. */
const TEXT_OPTION: Record<string, string> = { ask: 'question', quote: 'passage', source: 'document' };
/** Per command with subcommands, the option each subcommand's text fills. */
const SUBCOMMANDS: Record<string, Record<string, string>> = { article: { remove: 'document' } };
/** The console's name for the message context menu, which takes the message text. */
const CHECK = 'check';

/**
 * The local console: the same commands and handlers as on Discord, typed as
 * `/ask who is behind the attacks?`, replies rendered as text. It reads a pipe
 * as well as a terminal and ends with its input.
 */
export async function runConsole(app: App, input: NodeJS.ReadableStream = process.stdin, output: NodeJS.WritableStream & { isTTY?: boolean } = process.stdout): Promise<void> {
  const style = styleFor(output);
  const write = (text: string) => output.write(text);
  const interactive = (input as { isTTY?: boolean }).isTTY === true;
  if (interactive) write('Type /help, or ask: /ask who is behind the attacks?  (Ctrl-D to quit)\n');
  const lines = createInterface({ input, crlfDelay: Infinity, prompt: interactive ? '> ' : '' });
  if (interactive) lines.prompt();
  for await (const line of lines) {
    const reply = await consoleCommand(line, app);
    if (reply) write(`${replyText(reply, style)}\n`);
    if (interactive) lines.prompt();
  }
}

/** One console line to the reply its command gives (null for a blank line). */
export async function consoleCommand(line: string, app: App): Promise<Reply | null> {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const m = /^\/([\w-]+)\s*([\s\S]*)$/u.exec(trimmed);
  const [name, text] = m ? [m[1]!.toLowerCase(), m[2]!.trim()] : ['ask', trimmed];
  const command = commands.get(name === CHECK ? 'Check sourcing' : name);
  if (!command) return notice(`Unknown command /${name}. Try /help.`);
  let reply: Reply | null = null;
  // Options past the text, as flags: "--private", "--article some-id".
  const privateFlag = /(?:^|\s)--private(?=\s|$)/u.test(text);
  const article = /(?:^|\s)--article\s+(\S+)/u.exec(text)?.[1] ?? null;
  const value = text.replace(/(?:^|\s)--private(?=\s|$)/gu, '').replace(/(?:^|\s)--article\s+\S+/gu, '').trim();
  // "/article remove some-id": a subcommand, then its one text option.
  const [subcommand, rest] = SUBCOMMANDS[name] ? [value.split(/\s+/u)[0] ?? '', value.replace(/^\S+\s*/u, '')] : [null, value];
  const invocation: Invocation = {
    userId: 'console',
    conversation: 'console',
    string: (option) => (option === 'article' ? article : option === (SUBCOMMANDS[name]?.[subcommand ?? ''] ?? TEXT_OPTION[name]) && rest ? rest : null),
    boolean: (option) => (option === 'private' ? privateFlag : null),
    subcommand: () => subcommand,
    attachment: () => null,
    // Whoever runs the console runs the bot, and may change its corpus.
    mayEdit: true,
    targetText: name === CHECK ? value : undefined,
    defer: async () => undefined,
    showForm: async () => void (reply = notice('In the console, add an article by putting its file in the corpus directory: it is picked up at once.')),
    reply: async (r) => void (reply = r),
  };
  await command.execute(invocation, app);
  return reply;
}
