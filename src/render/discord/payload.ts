import {
  ActionRowBuilder,
  ButtonBuilder,
  ButtonStyle,
  MessageFlags,
  ModalBuilder,
  StringSelectMenuBuilder,
  TextInputBuilder,
  TextInputStyle,
  type APIEmbed,
  type InteractionReplyOptions,
  type MessageActionRowComponentBuilder,
} from 'discord.js';
import type { Form, Reply } from '../reply.js';
import { discordMessage, type DiscordMessage } from './message.js';
import { LIMITS, truncate } from './text.js';

const STYLES = { primary: ButtonStyle.Primary, secondary: ButtonStyle.Secondary, danger: ButtonStyle.Danger } as const;

/** Every message the bot sends mentions nobody, whatever its text says. */
export const NO_MENTIONS = { parse: [] as never[] };

type Payload = InteractionReplyOptions & { flags?: MessageFlags.Ephemeral };

/** A reply as discord.js message options. */
export function toDiscord(reply: Reply): Payload {
  return payloadOf(discordMessage(reply));
}

export function payloadOf(reply: DiscordMessage): Payload {
  const embeds: APIEmbed[] = reply.embeds.map((e) => ({
    title: e.title,
    url: e.url,
    description: e.description,
    fields: e.fields.map((f) => ({ name: f.name, value: f.value || '—' })),
    footer: e.footer ? { text: e.footer } : undefined,
    color: 0xc9a227,
  }));
  const rows: ActionRowBuilder<MessageActionRowComponentBuilder>[] = [];
  if (reply.buttons.length > 0) {
    const row = new ActionRowBuilder<MessageActionRowComponentBuilder>();
    for (const b of reply.buttons.slice(0, 5)) {
      const button = new ButtonBuilder().setLabel(truncate(b.label, LIMITS.buttonLabel));
      if (b.kind === 'link') button.setStyle(ButtonStyle.Link).setURL(b.url);
      else button.setStyle(STYLES[b.style]).setCustomId(b.id);
      row.addComponents(button);
    }
    rows.push(row);
  }
  if (reply.menu && reply.menu.choices.length > 0) {
    const menu = new StringSelectMenuBuilder()
      .setCustomId(reply.menu.id)
      .setPlaceholder(truncate(reply.menu.placeholder, LIMITS.selectPlaceholder))
      .addOptions(reply.menu.choices.slice(0, LIMITS.selectOptions).map((c) => ({ label: c.label, value: c.value, description: c.description })));
    rows.push(new ActionRowBuilder<MessageActionRowComponentBuilder>().addComponents(menu));
  }
  return {
    content: reply.content,
    embeds,
    components: rows,
    allowedMentions: NO_MENTIONS,
    flags: reply.ephemeral ? (MessageFlags.Ephemeral as const) : undefined,
  };
}

/** A form as a Discord modal, inside Discord's limits for modals and their text inputs. */
export function toModal(form: Form): ModalBuilder {
  const modal = new ModalBuilder().setCustomId(form.id).setTitle(truncate(form.title, LIMITS.modalTitle));
  for (const field of form.fields.slice(0, LIMITS.modalFields)) {
    const input = new TextInputBuilder()
      .setCustomId(field.id)
      .setLabel(truncate(field.label, LIMITS.fieldLabel))
      .setStyle(field.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short)
      .setRequired(field.required)
      .setMaxLength(Math.min(field.maxLength, LIMITS.textInputValue));
    if (field.placeholder) input.setPlaceholder(truncate(field.placeholder, LIMITS.fieldPlaceholder));
    if (field.value) input.setValue(field.value.slice(0, Math.min(field.maxLength, LIMITS.textInputValue)));
    modal.addComponents(new ActionRowBuilder<TextInputBuilder>().addComponents(input));
  }
  return modal;
}
