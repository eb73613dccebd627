/** How long a member's last story stays the one their questions follow: a quiet spell ends a conversation. */
export const CONVERSATION_MS = 15 * 60_000;
/** Members remembered at most; the ones quiet longest are forgotten first. */
const MAX_CONVERSATIONS = 10_000;

/**
 * The story each member was last answered from, where they ask (a channel, a DM, the console). A member who
 * has just read an answer asks on about the same story without naming it ("what did she say next?"); among
 * thousands of articles such a question is first asked of that story (see AskOptions.follows).
 */
export class Conversations {
  /** By conversation, in the order they were last answered: the first is the quietest. */
  private readonly stories = new Map<string, { doc: string; at: number }>();

  constructor(
    private readonly quietMs = CONVERSATION_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The story the conversation was last answered from, unless it has been quiet too long. */
  storyOf(conversation: string): string | undefined {
    const last = this.stories.get(conversation);
    if (!last) return undefined;
    if (this.now() - last.at < this.quietMs) return last.doc;
    this.stories.delete(conversation);
    return undefined;
  }

  remember(conversation: string, doc: string): void {
    this.stories.delete(conversation);
    this.stories.set(conversation, { doc, at: this.now() });
    if (this.stories.size > MAX_CONVERSATIONS) this.stories.delete(this.stories.keys().next().value!);
  }
}
