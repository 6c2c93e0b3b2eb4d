// The app's frame: header (language, sign out), routes, and the sign-in screen whenever the key is missing or refused.
import { clearKey, getKey, onUnauthorized } from './api.js';
import { fill } from './dom.js';
import { getLang, setLang, t } from './i18n.js';
import { resolve, route } from './router.js';
import { renderDay } from './views/day.js';
import { renderEvents } from './views/events.js';
import { renderNewEvent } from './views/new-event.js';
import { renderOutreach } from './views/outreach.js';
import { renderPlan } from './views/plan.js';
import { renderSetup } from './views/setup.js';
import { renderSignIn } from './views/signin.js';
import { renderWishes } from './views/wishes.js';

const main = document.getElementById('main');

function signedIn(view) {
  return (params) => (getKey() ? view(main, params) : renderSignIn(main, undefined, frame));
}

route('/', signedIn(renderEvents));
route('/new', signedIn(renderNewEvent));
route('/events/:id', signedIn(renderSetup));
route('/events/:id/wishes', signedIn(renderWishes));
route('/events/:id/plan', signedIn(renderPlan));
route('/events/:id/share', signedIn(renderOutreach));
route('/events/:id/day', signedIn(renderDay));

// A refused key is gone (api.js cleared it): the header loses its sign-out button with it.
onUnauthorized((message) => {
  frame();
  renderSignIn(main, message, frame);
});

/** The header's texts in the current language; the sign-out button only once signed in. */
function frame() {
  document.documentElement.lang = getLang();
  document.getElementById('skip').textContent = t('app.skip');
  document.getElementById('crumbs').setAttribute('aria-label', t('app.breadcrumbs'));
  const lang = document.getElementById('lang');
  lang.textContent = getLang() === 'fr' ? 'English' : 'Français';
  lang.lang = getLang() === 'fr' ? 'en' : 'fr';
  const signout = document.getElementById('signout');
  signout.textContent = t('app.signOut');
  signout.hidden = !getKey();
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(getLang() === 'fr' ? 'en' : 'fr');
  frame();
  resolve();
});
document.getElementById('signout').addEventListener('click', () => {
  clearKey();
  fill(document.getElementById('crumbs'));
  frame();
  renderSignIn(main, undefined, frame);
});
// The skip link must not change the hash: the hash is the router's.
document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
window.addEventListener('hashchange', () => {
  frame();
  resolve();
});

frame();
resolve();
