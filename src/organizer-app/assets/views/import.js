// Import experts or groups from a CSV/XLSX file, dropped or chosen. The API refuses the whole file
// on any error, so a refused file shows every problem (file, row, column) and nothing is saved.
import { announce, fill, h, uid } from '../dom.js';
import { t } from '../i18n.js';

/** "experts.csv, row 7, email" → { file, row, column } (the API's path for a spreadsheet cell). */
export function cellOf(path) {
  const match = /^(.*), row (\d+)(?:, (.*))?$/.exec(path ?? '');
  return match ? { file: match[1], row: Number(match[2]), column: match[3] ?? '' } : null;
}

/** The message without its "file, row, column :" lead, which the table shows in its own columns. */
const problemOnly = (message) => message.replace(/^.*?\s?: /, '');

/** @param {(method, path, body) => Promise<object>} send  sends a change to the event (see event-changes.js) */
export function importZone(eventId, kind, send, onImported) {
  const inputId = uid('file');
  const result = h('div', { class: 'import-result' });
  const fileInput = h('input', { type: 'file', id: inputId, accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', class: 'file' });
  const zone = h('div', { class: 'dropzone', 'data-kind': kind },
    h('p', {}, t(`import.drop.${kind}`)),
    h('label', { for: inputId, class: 'button' }, t('import.choose')), fileInput);

  async function upload(file) {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    fill(result, h('p', {}, t('import.sending', { file: file.name })));
    try {
      const done = await send('POST', `/api/events/${eventId}/import/${kind}`, form);
      const text = t(`import.done.${kind}`, { count: done.imported, file: file.name });
      fill(result, h('div', { class: 'ok-box' }, h('p', {}, text),
        done.warnings.length ? [h('p', {}, t('import.warnings')), h('ul', {}, done.warnings.map((w) => h('li', {}, w.replace(/^[^:]*: /, ''))))] : null));
      announce(text);
      onImported();
    } catch (error) {
      // Refused on a stale screen: the screen's notice says so, once.
      if (error.shown) return void fill(result);
      const cells = error.fields.map((f) => ({ ...cellOf(f.path), message: f.message }));
      const text = t('import.refused', { file: file.name, count: error.fields.length || 1 });
      fill(result, h('div', { class: 'error-box', role: 'alert' },
        h('p', {}, h('strong', {}, text)),
        cells.length && cells.every((c) => c.row)
          ? h('table', { class: 'list compact import-errors' },
            h('caption', {}, t('import.errorsCaption')),
            h('thead', {}, h('tr', {}, ['file', 'row', 'column', 'problem'].map((c) => h('th', { scope: 'col' }, t(`import.${c}`))))),
            h('tbody', {}, cells.map((c) => h('tr', {}, h('td', {}, c.file), h('td', {}, c.row), h('td', {}, c.column), h('td', {}, problemOnly(c.message))))))
          : h('ul', {}, (error.fields.length ? error.fields : [error]).map((f) => h('li', {}, f.message)))));
      announce(text);
    } finally {
      fileInput.value = '';
    }
  }

  fileInput.addEventListener('change', () => upload(fileInput.files[0]));
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    upload(e.dataTransfer.files[0]);
  });
  return h('section', { class: 'import', 'aria-labelledby': `h-import-${kind}` },
    h('h3', { id: `h-import-${kind}` }, t(`import.title.${kind}`)),
    h('p', { class: 'hint' }, t(`import.hint.${kind}`)),
    zone, result);
}
