// French first, English on demand; the choice is kept in this browser.
import { STRINGS } from './strings.js';

const STORE = 'carrousel.lang';
let lang = localStorage.getItem(STORE) === 'en' ? 'en' : 'fr';

export const getLang = () => lang;

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'fr';
  localStorage.setItem(STORE, lang);
  document.documentElement.lang = lang;
}

/** t('plan.generated', { share: '78 %' }): the text in the current language, {names} filled in. */
export function t(key, vars = {}) {
  const text = STRINGS[lang][key] ?? STRINGS.fr[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export const dateTime = (iso) => new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'fr-FR', { dateStyle: 'short', timeStyle: 'short' });

/** « 1,3 » / "1.3": seconds with one decimal, in the page's language. */
export const inSeconds = (ms) =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(ms / 1000);
export const percent = (share) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(share);
