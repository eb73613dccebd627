import type { Caveat, Passage, Section } from './types.js';

/**
 * Passage texts of a loaded corpus, kept as one UTF-8 buffer outside the
 * JavaScript heap. At 100k passages the texts are some 50 MB that the garbage
 * collector would otherwise walk on every full collection; a passage decodes
 * its text when it is read, which happens for the few passages an answer shows.
 */
export class TextStore {
  private readonly bytes: Buffer;
  private readonly bounds: Uint32Array;

  constructor(texts: readonly string[]) {
    this.bounds = new Uint32Array(texts.length + 1);
    let size = 0;
    texts.forEach((t, i) => {
      this.bounds[i] = size;
      size += Buffer.byteLength(t, 'utf8');
    });
    this.bounds[texts.length] = size;
    this.bytes = Buffer.allocUnsafe(size);
    texts.forEach((t, i) => this.bytes.write(t, this.bounds[i]!, 'utf8'));
  }

  text(i: number): string {
    return this.bytes.toString('utf8', this.bounds[i], this.bounds[i + 1]);
  }
}

/** A passage whose text lives in a TextStore; it reads and serializes like any other passage. */
export class StoredPassage implements Passage {
  readonly doc: string;
  readonly n: number;
  readonly section: Section;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly attribution: string[];
  readonly caveats: Caveat[];

  constructor(
    passage: Passage,
    private readonly store: TextStore,
    private readonly at: number,
  ) {
    ({ doc: this.doc, n: this.n, section: this.section, start: this.start, end: this.end, paragraph: this.paragraph } = passage);
    this.attribution = passage.attribution;
    this.caveats = passage.caveats;
  }

  /** Made when read: at 100k passages the ids would be 100k more strings on the heap. */
  get id(): string {
    return `${this.doc}#${this.n}`;
  }

  get text(): string {
    return this.store.text(this.at);
  }

  toJSON(): Passage {
    const { id, doc, n, section, text, start, end, paragraph, attribution, caveats } = this;
    return { id, doc, n, section, text, start, end, paragraph, attribution, caveats };
  }
}

/** One empty list for every passage without attribution or caveats; nothing adds to a loaded passage's lists. */
const NONE: never[] = [];

/**
 * The passages of a loaded corpus with their texts moved into one store, and
 * the strings many passages repeat (document id, section, outlet and other
 * names, caveat notes), which JSON.parse copies for each, shared again.
 */
export function storePassages(passages: readonly (Passage | null)[]): (Passage | null)[] {
  const store = new TextStore(passages.map((p) => p?.text ?? ''));
  const pool = new Map<string, string>();
  const share = <T extends string>(s: T): T => {
    const known = pool.get(s);
    if (known !== undefined) return known as T;
    pool.set(s, s);
    return s;
  };
  return passages.map((p, i) => {
    if (!p) return null;
    const shared: Passage = {
      ...p,
      doc: share(p.doc),
      section: share(p.section),
      attribution: p.attribution.length === 0 ? NONE : p.attribution.map(share),
      caveats: p.caveats.length === 0 ? NONE : p.caveats.map((c) => ({ kind: share(c.kind), evidence: c.evidence, note: share(c.note) })),
    };
    return new StoredPassage(shared, store, i);
  });
}
