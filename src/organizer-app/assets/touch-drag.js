// Drag and drop with a finger. HTML5 drag is for mice: some touch browsers never fire it, others
// (Safari on iPad) start their own drag on a long press, which would cancel this one, so a touch
// press turns it off for that button. A long press on a group picks it up (a swipe over the grid
// still scrolls it), the cell under the finger is marked as it moves, and lifting the finger drops
// the group there; near an edge, the page (or the grid's box) scrolls so that any cell can be
// reached. A second finger (a pinch) cancels. A tap keeps the select-then-target path.

const HOLD_MS = 350;
/** A finger that moves this far before the hold is up is scrolling, not picking up. */
const SLOP_PX = 10;
/** The click some browsers send after the finger lifts must not select the group again. */
const CLICK_AFTER_MS = 500;
/** A held group near an edge of the screen, or of the grid's scrolling box, scrolls it towards that edge, faster closer to it. */
const EDGE_PX = 48;
const SCROLL_MAX_PX = 14;

/** Pixels to scroll this frame for a finger at `pos` between `start` and `end`: negative near the start. */
function edgeSpeed(pos, start, end) {
  if (pos < start + EDGE_PX) return -Math.ceil(((start + EDGE_PX - pos) / EDGE_PX) * SCROLL_MAX_PX);
  if (pos > end - EDGE_PX) return Math.ceil(((pos - (end - EDGE_PX)) / EDGE_PX) * SCROLL_MAX_PX);
  return 0;
}

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
    cancelAnimationFrame(press.frame);
    press.over?.classList.remove('over');
    press.button.classList.remove('lifted');
    press = null;
  };

  grid.addEventListener('pointerdown', (e) => {
    const button = e.target.closest('button.group');
    if (button) button.draggable = e.pointerType === 'mouse';
    if (press && e.pointerId !== press.id) return cancel();
    if (e.pointerType === 'mouse' || !button) return;
    press = { id: e.pointerId, x: e.clientX, y: e.clientY, lastX: e.clientX, lastY: e.clientY, button, held: false, over: null, frame: 0 };
    press.timer = setTimeout(() => {
      press.held = true;
      button.classList.add('lifted');
      on.pick(button);
      press.frame = requestAnimationFrame(follow);
    }, HOLD_MS);
  });
  /** Marks the cell under the finger. */
  function mark() {
    const cell = cellAt(document.elementFromPoint(press.lastX, press.lastY));
    if (cell === press.over) return;
    press.over?.classList.remove('over');
    cell?.classList.add('over');
    press.over = cell;
  }
  /** Each frame while a group is held: scrolls when the finger is near an edge. */
  function follow() {
    const box = grid.closest('.scroll');
    const sides = box?.getBoundingClientRect();
    const dy = edgeSpeed(press.lastY, 0, window.innerHeight);
    const dx = sides ? edgeSpeed(press.lastX, sides.left, sides.right) : 0;
    if (dy) window.scrollBy(0, dy);
    if (dx) box.scrollLeft += dx;
    if (dx || dy) mark();
    press.frame = requestAnimationFrame(follow);
  }
  grid.addEventListener('pointermove', (e) => {
    if (e.pointerId !== press?.id) return;
    if (!press.held) {
      if (Math.hypot(e.clientX - press.x, e.clientY - press.y) > SLOP_PX) release();
      return;
    }
    press.lastX = e.clientX;
    press.lastY = e.clientY;
    mark();
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
  grid.addEventListener(
    'click',
    (e) => {
      if (performance.now() < clicksOffUntil) {
        e.stopPropagation();
        e.preventDefault();
      }
    },
    true,
  );
}
