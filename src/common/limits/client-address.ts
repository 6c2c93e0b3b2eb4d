/**
 * Who a request comes from, for the failure budgets. Behind the shipped nginx (deploy/nginx) every
 * request reaches the service from loopback, so the proxy's X-Real-IP is believed, and only from
 * loopback: anyone else could send one to spread their guesses over made-up addresses.
 */
import type { IncomingMessage } from 'node:http';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function clientAddress(req: IncomingMessage): string {
  const peer = req.socket.remoteAddress ?? '';
  const forwarded = req.headers['x-real-ip'];
  return LOOPBACK.has(peer) && typeof forwarded === 'string' && forwarded ? forwarded : peer;
}
