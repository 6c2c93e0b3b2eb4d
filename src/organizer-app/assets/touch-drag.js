// Drag and drop with a finger. HTML5 drag is for mice: some touch browsers never fire it, others
// (Safari on iPad) start their own drag on a long press, which would cancel this one, so a touch
// press turns it off for that button. A long press on a group picks it up (a swipe over the grid
// still scrolls it), the cell under the finger is marked as it moves, and lifting the finger drops
// the group there. A second finger (a pinch) cancels. A tap keeps the select-then-target path.

const HOLD_MS = 350;
/** A finger that moves this far before the hold is up is scrolling, not picking up. */
const SLOP_PX = 10;
/** The click some browsers send after the finger lifts must not select the group again. */
const CLICK_AFTER_MS = 500;

/**
 * @param {HTMLElement} grid  the table whose `button.group` can be moved into its `td[data-round]` cells
 * @param {{ pick: (button: HTMLElement) => void, drop: (cell: HTMLElement | null, at: Element | null) => void }} on
 *   pick: a group is held; drop: the finger lifted over `cell` on element `at`, or (null, null) when
 *   it lifted outside the grid or the gesture was cancelled.
 */
export function touchDrag(grid, on) {
  let press = null;
  let clicksOffUntil = 0;
  const cellAt = (at) => at?.closest('td[data-round]') ?? null;
  const release = () => {
    clearTimeout(press.timer);
    press.over?.classList.remove('over');
    press.button.classList.remove('lifted');
    press = null;
  };

  grid.addEventListener('pointerdown', (e) => {
    const button = e.target.closest('button.group');
    if (button) button.draggable = e.pointerType === 'mouse';
    if (press && e.pointerId !== press.id) return cancel();
    if (e.pointerType === 'mouse' || !button) return;
    press = { id: e.pointerId, x: e.clientX, y: e.clientY, button, held: false, over: null };
    press.timer = setTimeout(() => {
      press.held = true;
      button.classList.add('lifted');
      on.pick(button);
    }, HOLD_MS);
  });
  grid.addEventListener('pointermove', (e) => {
    if (e.pointerId !== press?.id) return;
    if (!press.held) {
      if (Math.hypot(e.clientX - press.x, e.clientY - press.y) > SLOP_PX) release();
      return;
    }
    const cell = cellAt(document.elementFromPoint(e.clientX, e.clientY));
    if (cell === press.over) return;
    press.over?.classList.remove('over');
    cell?.classList.add('over');
    press.over = cell;
  });
  grid.addEventListener('pointerup', (e) => {
    if (e.pointerId !== press?.id) return;
    const { held } = press;
    release();
    if (!held) return;
    clicksOffUntil = performance.now() + CLICK_AFTER_MS;
    const at = document.elementFromPoint(e.clientX, e.clientY);
    on.drop(cellAt(at), at);
  });
  function cancel() {
    const { held } = press;
    release();
    if (held) on.drop(null, null);
  }
  grid.addEventListener('pointercancel', (e) => e.pointerId === press?.id && cancel());
  // While a group is held, the finger moves it instead of the page, and opens no context menu.
  grid.addEventListener('touchmove', (e) => press?.held && e.preventDefault(), { passive: false });
  grid.addEventListener('contextmenu', (e) => press && e.preventDefault());
  grid.addEventListener('click', (e) => {
    if (performance.now() < clicksOffUntil) {
      e.stopPropagation();
      e.preventDefault();
    }
  }, true);
}
