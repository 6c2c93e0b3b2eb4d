/** When to try a failed e-mail again: base, 2×base, 4×base… capped; after `maxAttempts`, give up. */
export interface RetryPolicy {
  baseMs: number;
  capMs: number;
  maxAttempts: number;
}

export const DEFAULT_RETRY: RetryPolicy = { baseMs: 5_000, capMs: 10 * 60_000, maxAttempts: 10 };

/** The wait after the `attempts`-th failed attempt (1-based). */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  return Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, Math.min(attempts - 1, 30)));
}

/**
 * A permanent refusal (SMTP 5xx: unknown mailbox, message rejected) is not retried; a temporary
 * one (4xx), a network error or a timeout is, until `maxAttempts`.
 */
export function isPermanent(error: { responseCode?: number }): boolean {
  return typeof error.responseCode === 'number' && error.responseCode >= 500 && error.responseCode < 600;
}
