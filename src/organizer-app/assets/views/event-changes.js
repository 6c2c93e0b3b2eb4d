// The changes a screen makes to an event carry the event's revision they were made on (If-Match).
// A change someone else made meanwhile is not overwritten: the API refuses ours (409), the screen
// is drawn again from what is stored and says so. A list saved whole (a group's members, its
// wishes) or an item removed by position (a pin) would otherwise undo the other organizer's work.
import { api, ApiError } from '../api.js';
import { t } from '../i18n.js';

/**
 * @param {number} revision  the event's revision the screen was drawn from
 * @param {() => Promise<number>} redraw  reloads the screen after a refusal; gives the revision it drew
 */
export function eventChanges(revision, redraw) {
  let current = revision;
  // One at a time: a second click must not leave with the revision the first one is changing, nor
  // with a list made before the first one was saved.
  let queue = Promise.resolve();
  const send = async (method, path, body, saved) => {
    try {
      const reply = await api(method, path, typeof body === 'function' ? body() : body, { 'If-Match': `"${current}"` });
      if (typeof reply?.revision === 'number') current = reply.revision;
      saved?.(reply);
      return reply;
    } catch (error) {
      if (error.status !== 409 || error.code !== 'conflict') throw error;
      current = await redraw();
      throw new ApiError(409, { error: { code: 'conflict', message: t('event.conflict') } });
    }
  };
  return {
    /**
     * Sends a change made on the revision last seen. `body` may be a function, called when the
     * change's turn comes (a list changed from the state the changes before it left); `saved`
     * records the change on the screen before the next one is made.
     */
    send(method, path, body, saved) {
      const next = queue.then(() => send(method, path, body, saved));
      queue = next.catch(() => undefined);
      return next;
    },
    /** The screen was drawn again from the stored event (an import, an addition). */
    seen(revision) {
      current = revision;
    },
  };
}
