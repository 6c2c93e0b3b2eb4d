/**
 * The message types are the engine's (it stays pure and words the exchange format's English with
 * the same core): re-exported so that the rest of the product names them from here.
 */
export {
  type Catalogue,
  fill,
  LANGS,
  type Lang,
  list,
  type Message,
  type MessageParams,
  type Messages,
  message,
  wallTime,
  type Wording,
  wordIn,
} from '../engine';
