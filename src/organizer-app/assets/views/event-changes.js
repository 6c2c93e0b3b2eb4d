// The changes a screen makes to an event carry the event's revision they were made on (If-Match).
// A change someone else made meanwhile is not overwritten: the API refuses ours (409), the screen
// is drawn again from what is stored and says so. A list saved whole (a group's members, its
// wishes) or an item removed by position (a pin) would otherwise undo the other organizer's work.
import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';

/** The refusal of a change made on an old drawing; `shown` when the screen's notice already says it (nobody wants it twice). */
const conflict = (shown) => Object.assign(new ApiError(409, { error: { code: 'conflict', message: t('event.conflict') } }), { shown });

/**
 * Gives the focus back, once the screen is drawn again, to the twin of the control that had it
 * (same name); to the refusal notice when there is none, or more than one.
 */
function keepFocus() {
  const name = document.activeElement?.getAttribute('aria-label');
  return () => {
    const twins = name ? document.querySelectorAll(`[aria-label="${CSS.escape(name)}"]`) : [];
    const notice = document.querySelector('[role="alert"]');
    if (twins.length === 1) twins[0].focus();
    else if (notice) {
      notice.tabIndex = -1;
      notice.focus();
    }
  };
}

/**
 * @param {number} revision  the event's revision the screen was drawn from
 * @param {(refused: boolean) => Promise<number>} load  draws the screen again from the stored event,
 *   saying so when a change was refused; gives the revision it drew
 */
export function eventChanges(revision, load) {
  let current = revision;
  /**
   * Which drawing of the screen a change was made on. A change made on an older one is dropped: its
   * list or position was read from data someone else has changed since.
   */
  let drawing = 0;
  /** A drawing again failed (the network, say): the screen still shows old data. */
  let stale = false;
  // One at a time, each worked out when its turn comes: a second click must not leave with the
  // revision the first one is changing, nor with a list made before the first one was saved.
  let queue = Promise.resolve();
  const inTurn = (work) => {
    const next = queue.then(work);
    queue = next.catch(() => undefined);
    return next;
  };
  /** Draws the screen again; a revision past ours means someone else changed the event, and what was made on the old drawing is dropped. */
  const redraw = async (refused) => {
    const refocus = keepFocus();
    let drawn;
    try {
      drawn = await load(refused);
    } catch (error) {
      stale = true;
      throw error;
    }
    stale = false;
    // Bumped only now: a change made while the new drawing was loading was made on the old one.
    if (refused || drawn > current) drawing++;
    current = Math.max(current, drawn);
    if (refused) refocus();
  };
  const send = async (method, path, body, saved, madeOn) => {
    const redrawn = stale;
    if (stale) await redraw(true);
    if (madeOn !== drawing) throw conflict(redrawn);
    try {
      const reply = await api(method, typeof path === 'function' ? path() : path, typeof body === 'function' ? body() : body, { 'If-Match': `"${current}"` });
      if (typeof reply?.revision === 'number') current = Math.max(current, reply.revision);
      saved?.(reply);
      return reply;
    } catch (error) {
      if (error.status !== 409 || error.code !== 'conflict') throw error;
      await redraw(true);
      throw conflict(true);
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
    /** Draws the screen again from the stored event, after the changes already sent (an addition, a removal, an import). */
    reload() {
      return inTurn(() => redraw(false));
    },
  };
}
