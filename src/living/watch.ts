import { watch, type FSWatcher } from 'node:fs';
import type { LiveCorpus } from './liveCorpus.js';

export interface WatchOptions {
  /** How long the directory must be quiet before a refresh: an editor's save, or a copy of many files, is one change. */
  quietMs?: number;
  /** A refresh this often whatever the watcher says: some file systems (network shares, some containers) send no events. */
  pollMs?: number;
  /** Told when the watcher itself fails; polling goes on. */
  onError?: (error: Error) => void;
}

/**
 * Keeps a live corpus in step with its directory, whoever changes it: the
 * bot adding an article, the operator copying files in, another shard. Each
 * process watches for itself, so every shard picks the change up.
 */
export function watchCorpus(live: LiveCorpus, { quietMs = 250, pollMs = 30_000, onError }: WatchOptions = {}): { close(): void } {
  let timer: NodeJS.Timeout | null = null;
  const refreshSoon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      live.refresh().catch((error: unknown) => onError?.(error as Error));
    }, quietMs);
    timer.unref();
  };
  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(live.dir, { recursive: true, persistent: false }, (_event, name) => {
      // Temporary files of an atomic write are hidden: only the rename that publishes one matters.
      if (name && name.split(/[\\/]/u).some((part) => part.startsWith('.'))) return;
      refreshSoon();
    });
    watcher.on('error', (error) => onError?.(error));
  } catch (error) {
    onError?.(error as Error);
  }
  const poll = setInterval(refreshSoon, pollMs);
  poll.unref();
  return {
    close() {
      watcher?.close();
      clearInterval(poll);
      if (timer) clearTimeout(timer);
    },
  };
}
