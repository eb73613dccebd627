/** A quotation in a passage: the span with its marks, and the quoted words inside. */
export interface Quote {
  start: number;
  end: number;
  /** The words between the marks. */
  inner: string;
}

/**
 * The marks that may close a quotation each mark opens. Pasted text mixes quote styles, so a double
 * mark is closed by either double mark ("… ” as well as “ … ”): pairing by style alone would run a
 * straight opener on to the end of the paragraph, taking in the "Pence said" after it.
 */
const OPENERS: Record<string, string> = { '“': '”"', '"': '"”', '‘': '’', '«': '»', '„': '“”"' };
const LETTER = /[\p{L}\p{N}]/u;
/** Marks that only ever open a quotation, so one inside a quotation opens a nested one. */
const NESTING_OPENERS = new Set(['“', '‘', '«', '„']);
/** Every mark the reading below acts on: the openers, the closers, and the apostrophe that two of make a double mark. */
const QUOTE_MARK = /["'“”‘’«»„]/g;

/**
 * Top-level quotations, in curly, straight, single, doubled-apostrophe or guillemet marks. A
 * quotation left open runs to the end of the passage, as a quote that goes on
 * into the next paragraph does; a closing mark with no opener closes one that
 * began in the paragraph before. Apostrophes (didn’t, Iran’s) are not marks.
 */
export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let open: { at: number; width: number; opener: string; closers: string; nested: number } | null = null;
  for (let i = 0; i < text.length; i++) {
    // Only a mark opens or closes anything: the letters between are passed over in one search.
    QUOTE_MARK.lastIndex = i;
    const mark = QUOTE_MARK.exec(text);
    if (!mark) break;
    i = mark.index;
    const start = i;
    // Two apostrophes are a double mark in some newspaper feeds ("''We're anxious,'' said…").
    const doubled = text[i] === "'" && text[i + 1] === "'";
    if (doubled) i++;
    const ch = doubled ? '"' : text[i]!;
    const before = start > 0 ? text[start - 1]! : ' ';
    const after = i + 1 < text.length ? text[i + 1]! : ' ';
    if (open) {
      // A quotation inside the quotation, in the other double style ('"He called it “a disgrace” and left,"
      // Smith said'): its closing mark closes it, not the outer one.
      const sameCloser = [...(OPENERS[ch] ?? '')].some((c) => open!.closers.includes(c));
      if (NESTING_OPENERS.has(ch) && ch !== open.opener && sameCloser && !LETTER.test(before)) {
        open.nested++;
        continue;
      }
      // A left mark typed where a quotation ends ('“It's unusual,“ said Noble') closes it: the place says which mark was meant.
      const closesByPlace = ch === '“' && open.opener !== '‘' && /[\p{L}\p{N},.?!…]/u.test(before) && !LETTER.test(after);
      if (!open.closers.includes(ch) && !closesByPlace) continue;
      if (open.nested > 0 && ch !== '"') {
        open.nested--;
        continue;
      }
      // A right single mark between letters is an apostrophe, not the end of a quotation.
      if (ch === '’' && LETTER.test(before) && LETTER.test(after)) continue;
      quotes.push({ start: open.at, end: i + 1, inner: text.slice(open.at + open.width, start) });
      open = null;
    } else if (ch in OPENERS) {
      if (ch === '‘' && LETTER.test(before)) continue;
      if (ch === '"' && LETTER.test(before) && !LETTER.test(after)) {
        // A straight mark right after a word with no opener: the end of a quotation from the paragraph before.
        if (quotes.length === 0) quotes.push({ start: 0, end: i + 1, inner: text.slice(0, start) });
        continue;
      }
      open = { at: start, width: i + 1 - start, opener: ch, closers: OPENERS[ch]!, nested: 0 };
    } else if (ch === '”' && /\s/u.test(before) && LETTER.test(after)) {
      // A right mark typed where a quotation begins (' aides ”get close to Ben…”') opens it.
      open = { at: start, width: 1, opener: '“', closers: OPENERS['“']!, nested: 0 };
    } else if ((ch === '”' || ch === '»') && quotes.length === 0) {
      quotes.push({ start: 0, end: i + 1, inner: text.slice(0, i) });
    }
  }
  if (open) {
    // A closing mark left out before the speaker ('"There wasn't a lot of education, said Kessel, whose…') ends the
    // quotation where the speaker is named; one that goes on into the next paragraph names none.
    const forgotten = FORGOTTEN_CLOSE.exec(text.slice(open.at + open.width));
    const end = forgotten ? open.at + open.width + forgotten.index + 1 : text.length;
    quotes.push({ start: open.at, end, inner: text.slice(open.at + open.width, forgotten ? end - 1 : end) });
  }
  return quotes;
}
/**
 * Where a speaker follows the words quoted: a comma, question or exclamation mark, then "said" and a capitalised name
 * ("…, said Kessel"); or a comma, a name and "said" that ends its clause ("…, Kessel said, adding", "…, Kessel said on
 * Monday"). Reported speech inside a story told in quotation marks ("By October, Democrats said they had…") goes on
 * past its verb.
 */
const FORGOTTEN_CLOSE = /[,?!][\s\u00a0]+(?:said|says|added|asked|wrote|explained|noted)[\s\u00a0]+\p{Lu}|,[\s\u00a0]+\p{Lu}[\p{L}'’.-]*(?:[\s\u00a0]+\p{Lu}[\p{L}'’.-]*){0,3}[\s\u00a0]+(?:said|says|added|asked|wrote)(?:[,.]|[\s\u00a0]+(?:on|in|at|after|during|yesterday|today|last|this)[\s\u00a0])/u;

/** Whether an offset lies inside a quotation (the words are the speaker's, not the outlet's). */
export function isQuoted(quotes: readonly Quote[], offset: number): boolean {
  for (const q of quotes) if (offset >= q.start && offset < q.end) return true;
  return false;
}
