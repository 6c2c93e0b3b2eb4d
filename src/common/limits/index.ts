/** Bounds on what one source may cost the service: failure budgets, and the 429 that says when to come back. */
export { clientAddress } from './client-address';
export { type BudgetOptions, FailureBudget } from './failure-budget';
export { sendTooMany } from './send-too-many';
export { type LimitCode, TooManyRequestsError } from './too-many';
