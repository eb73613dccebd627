/**
 * The reply model: what a command answers, before it is a Discord message or
 * console text. Both the bot and the local console render these, so handlers
 * are tested once, on this model.
 */
export interface ReplyField {
  name: string;
  value: string;
}

export interface ReplyEmbed {
  title?: string;
  url?: string;
  description?: string;
  fields: ReplyField[];
  footer?: string;
}

export type ReplyButton =
  | { kind: 'action'; id: string; label: string; style: 'primary' | 'secondary' | 'danger' }
  | { kind: 'link'; url: string; label: string };

export interface ReplyChoice {
  label: string;
  value: string;
  description?: string;
}

export interface Reply {
  /** Plain message text: the asked question, echoed (escaped), or a short notice. */
  content?: string;
  embeds: ReplyEmbed[];
  buttons: ReplyButton[];
  /** A menu of passages to pick from (for a question the corpus does not answer). */
  menu?: { id: string; placeholder: string; choices: ReplyChoice[] };
  /** Seen only by the person who asked. */
  ephemeral: boolean;
}

export function notice(text: string, ephemeral = true): Reply {
  return { content: text, embeds: [], buttons: [], ephemeral };
}
