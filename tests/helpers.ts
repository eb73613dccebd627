import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A corpus directory holding the given files (name → text or bytes), removed after the test file. */
export function tempCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'fineprint-test-'));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
  }
  return dir;
}

export const PROJECT = new URL('..', import.meta.url).pathname;
export const BUNDLED_CORPUS = join(PROJECT, 'corpus');

/** Two stories of one kind (a strike, a raise wanted), for questions that follow on from one of them. */
export const STRIKE_STORIES = {
  'mill.txt': 'Mill strike\n\nWorkers at the Dunmore paper mill walked out on Monday.\n\nThey want wages raised by 6 percent, the union said.\n\nThe owners said a raise that big would close the mill.\n',
  'port.txt':
    'Port strike\n\nDockers at the Kelby container port walked out on Tuesday.\n\nThey want wages raised by 9 percent and shorter shifts, their union said.\n\nThe port authority said a raise that big would cost it its contracts.\n',
};
