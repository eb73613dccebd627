import { UploadError } from './articleFile.js';

/**
 * The bytes of an attachment, from the address Discord gives for it. Refused
 * past `maxBytes` while it streams, whatever size was announced, so a large
 * file is never held whole.
 */
export async function downloadAttachment(url: string, maxBytes: number, timeoutMs = 20_000): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
  } catch (error) {
    throw new UploadError(`The attachment could not be downloaded (${(error as Error).name === 'TimeoutError' ? 'it took too long' : 'network error'}); try again.`);
  }
  if (!response.ok || !response.body) throw new UploadError(`The attachment could not be downloaded (HTTP ${response.status}); try again.`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new UploadError(`The attachment is larger than ${Math.round(maxBytes / 1024)} KB of text; articles of up to that size are accepted.`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
