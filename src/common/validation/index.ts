/** The validation layer: every body and path number checked at the edge, before any service reads it. */
export { InputPipe } from './validation.pipe';
export { JSON_TYPES, parseJsonBody } from './json-body';
export { InputRefused } from './refusal';
export { type InputProblem, problem } from './messages';
export { oneOf } from './one-of.pipe';
