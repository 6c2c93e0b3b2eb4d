// The changes a screen makes to an event carry the event's revision they were made on (If-Match).
// A change someone else made meanwhile is not overwritten: the API refuses ours (409), the screen
// is drawn again from what is stored and says so. A list saved whole (a group's members, its
// wishes) or an item removed by position (a pin) would otherwise undo the other organizer's work.
import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';

const conflict = () => new ApiError(409, { error: { code: 'conflict', message: t('event.conflict') } });

/** The focused control's name, to give the focus back to its twin once the screen is drawn again. */
function keepFocus() {
  const name = document.activeElement?.getAttribute('aria-label');
  return () => {
    const twin = name && document.querySelector(`[aria-label="${CSS.escape(name)}"]`);
    if (twin) twin.focus();
  };
}

/**
 * @param {number} revision  the event's revision the screen was drawn from
 * @param {(refused: boolean) => Promise<number>} load  draws the screen again from the stored event,
 *   saying so when a change was refused; gives the revision it drew
 */
export function eventChanges(revision, load) {
  let current = revision;
  /** Bumped when the screen is drawn again after a refusal: changes made on the old drawing are dropped. */
  let drawing = 0;
  // One at a time, each worked out when its turn comes: a second click must not leave with the
  // revision the first one is changing, nor with a list made before the first one was saved.
  let queue = Promise.resolve();
  const inTurn = (work) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  const send = async (method, path, body, saved, madeOn) => {
    if (madeOn !== drawing) throw conflict();
    try {
      const reply = await api(method, typeof path === 'function' ? path() : path, typeof body === 'function' ? body() : body, { 'If-Match': `"${current}"` });
      if (typeof reply?.revision === 'number') current = Math.max(current, reply.revision);
      saved?.(reply);
      return reply;
    } catch (error) {
      if (error.status !== 409 || error.code !== 'conflict') throw error;
      drawing++;
      const refocus = keepFocus();
      current = await load(true);
      refocus();
      throw conflict();
    }
  };
  return {
    /**
     * Sends a change made on the revision last seen. `path` and `body` may be functions, called when
     * the change's turn comes (a list changed from the state the changes before it left, an item
     * found again by position); `saved(reply)` records the change on the screen before the next one.
     */
    send(method, path, body, saved) {
      const madeOn = drawing;
      return inTurn(() => send(method, path, body, saved, madeOn));
    },
    /** Draws the screen again from the stored event, after the changes already sent (an addition, a removal). */
    reload() {
      return inTurn(async () => {
        current = Math.max(current, await load(false));
      });
    },
  };
}
