import net from 'node:net';

/** A loopback port nobody listens on now (a process left over from an interrupted run must not answer for ours). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net
      .createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
  });
}

/**
 * Starts something on a free port, on another one when the first was taken before it listened
 * (another process may ask for a free port at the same moment); `taken` recognizes that failure.
 */
export async function onFreePort<T>(start: (port: number) => Promise<T>, taken: RegExp): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(await freePort());
    } catch (error) {
      if (attempt === 3 || !taken.test(String(error))) throw error;
    }
  }
}
