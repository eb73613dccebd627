/** A per-user pause between commands, so one member cannot flood a channel with answers. */
export class Cooldowns {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly ms: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the user still has to wait (0: go ahead, and the pause starts now). */
  check(userId: string): number {
    if (this.ms <= 0) return 0;
    const now = this.now();
    const previous = this.last.get(userId);
    if (previous !== undefined && now - previous < this.ms) return this.ms - (now - previous);
    this.last.set(userId, now);
    // Forget users whose pause is long over, so the map does not grow with every member who ever asked.
    if (this.last.size > 10_000) for (const [id, at] of this.last) if (now - at >= this.ms) this.last.delete(id);
    return 0;
  }
}
