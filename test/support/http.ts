/** Requests as a phone's browser makes them, read as they arrive: for the pages' tests. */
import http from 'node:http';

/** One request as the bytes arrive, without the decompression fetch and supertest do on their own. */
export function raw(
  url: string,
  method: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .request(url, { method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject)
      .end();
  });
}

/**
 * Reads a Server-Sent Events stream until `until` matches what arrived, or the time runs out (or
 * the service ends it). `onOpen` is called once its first bytes came: the service then counts it
 * among the open streams, so a test publishes then, instead of sleeping a while first.
 */
export async function readStream(
  url: string,
  until: RegExp,
  timeoutMs: number,
  headers: Record<string, string> = {},
  onOpen: () => void = () => undefined,
): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let text = '';
  try {
    const res = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers }, signal: abort.signal });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const decoder = new TextDecoder();
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      text += decoder.decode(chunk, { stream: true });
      onOpen();
      if (until.test(text)) break;
    }
  } catch (error) {
    if ((error as Error).name !== 'AbortError') throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return text;
}

/** A stream being read, and a promise settled once it is open. */
export function watchStream(
  url: string,
  until: RegExp,
  timeoutMs: number,
  headers: Record<string, string> = {},
): { opened: Promise<void>; text: Promise<string> } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const text = readStream(url, until, timeoutMs, headers, open);
  void text.finally(open);
  return { opened, text };
}
