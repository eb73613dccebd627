import { unescapeForDiscord } from './discordText.js';
import type { Reply } from './reply.js';
import { wrap, type Style } from './terminal.js';

/** Undoes Discord markdown escapes and bold for a terminal, where the text is shown as it is. */
function plain(text: string): string {
  return unescapeForDiscord(text.replace(/(?<!\\)\*\*/gu, ''));
}

/** A reply model as console text: what the Discord message would show, buttons listed by label. */
export function consoleReply(reply: Reply, style: Style, width = 88): string {
  const lines: string[] = [];
  if (reply.content) lines.push(...plain(reply.content).split('\n'));
  for (const embed of reply.embeds) {
    if (embed.title) lines.push(style.bold(plain(embed.title)));
    if (embed.url) lines.push(style.dim(embed.url));
    if (embed.description) for (const para of plain(embed.description).split('\n')) lines.push(...wrap(para, width));
    for (const field of embed.fields) {
      lines.push('', style.bold(plain(field.name)));
      for (const para of plain(field.value).split('\n')) lines.push(...wrap(para, width - 2).map((l) => `  ${l}`));
    }
    if (embed.footer) lines.push('', style.dim(plain(embed.footer)));
  }
  if (reply.menu) {
    lines.push('', reply.menu.placeholder + ':');
    for (const c of reply.menu.choices) lines.push(`  ${c.value}  ${plain(c.label)}`);
  }
  const buttons = reply.buttons.map((b) => `[${b.label}]`);
  if (buttons.length) lines.push('', style.dim(buttons.join(' ')));
  if (reply.ephemeral) lines.push(style.dim('(only you can see this)'));
  return `${lines.join('\n')}\n`;
}
