// @ts-check
// A wish's weight as the matrix edits it: pure, so that it is tested without a browser.

/** The format's one scale: a wish weighs 1 to 10 (0 here is no wish). */
export const MAX_WEIGHT = 10;

/** The next weight of a wish cell on a click: 0 (no wish) → 1 … 10 → 0. */
export const nextWeight = (weight) => (weight >= MAX_WEIGHT ? 0 : weight + 1);

/**
 * The weight a digit typed on a cell asks for: the digit itself, or 10 for a 0 typed just after a 1
 * on the same cell (`previous` is what that 1 set).
 */
export const typedWeight = (digit, previous) => (digit === 0 && previous === 1 ? 10 : digit);
