// Import experts or groups from a file, dropped or chosen. The API refuses the whole file on any
// error, so a refused file shows every problem (file, sheet, row, column) and nothing is saved; a
// re-import that would give someone's personal link to someone else waits for a confirmation.
import { announce, fill, h } from '../dom.js';
import { t } from '../i18n.js';

/** Where a problem is: the API gives the place among the message's parameters. */
const placeOf = (field) => ({ file: field.params?.file ?? '', sheet: field.params?.sheet, row: field.params?.row, column: field.params?.column ?? '' });
/** What each kind of sheet may also hold, beyond the columns the hint lists. */
const MORE = { experts: 'import.more.experts', groups: 'import.more.groups', wishes: 'import.more.wishes' };
const fileAndSheet = ({ file, sheet }) => (sheet ? t('import.sheet', { file, sheet }) : file);

function problemsTable(fields) {
  return h(
    'table',
    { class: 'list compact import-errors' },
    h('caption', {}, t('import.errorsCaption')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['file', 'row', 'column', 'problem'].map((c) => h('th', { scope: 'col' }, t(`import.${c}`))),
      ),
    ),
    h(
      'tbody',
      {},
      fields.map((f) => {
        const place = placeOf(f);
        return h('tr', {}, h('td', {}, fileAndSheet(place)), h('td', {}, place.row ?? t('import.whole')), h('td', {}, place.column), h('td', {}, f.message));
      }),
    ),
  );
}

/** @param {(method, path, body) => Promise<object>} send  sends a change to the event (see event-changes.js) */
export function importZone(eventId, kind, send, onImported) {
  const result = h('div', { class: 'import-result' });
  // The browser's own « Choose File » speaks the browser's language: it stays out of sight and out
  // of the tab order, and our button opens it.
  const fileInput = h('input', {
    type: 'file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    class: 'sr-only',
    tabindex: -1,
    'aria-hidden': 'true',
  });
  const zone = h(
    'div',
    { class: 'dropzone', 'data-kind': kind },
    h('p', {}, t(`import.drop.${kind}`)),
    h('button', { type: 'button', onclick: () => fileInput.click() }, t('import.choose')),
    fileInput,
  );

  function imported(done, file) {
    const text = t(`import.done.${kind}`, { count: done.imported, file: file.name });
    fill(
      result,
      h(
        'div',
        { class: 'ok-box' },
        h('p', {}, text),
        // Wishes add no one: only people's counts are worth saying.
        kind === 'wishes'
          ? null
          : h('p', {}, t('import.counts', { added: done.added, updated: done.updated }), ' ', done.updated ? t('import.keptLinks') : null),
        done.removed ? h('p', {}, t('import.removedMembers', { removed: done.removed })) : null,
        done.linkChanges.length
          ? h(
              'ul',
              {},
              done.linkChanges.map((c) => h('li', {}, c)),
            )
          : null,
        done.warnings.length ? [h('p', {}, t('import.warnings')), problemsTable(done.warnings)] : null,
      ),
    );
    announce(text);
    onImported();
  }

  /** The links that would change hands, and the organizer's choice. */
  function askFirst(error, file) {
    const text = t('import.linkChanges', { file: file.name });
    const cancel = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          fill(result, h('p', {}, t('import.cancelled', { file: file.name })));
          announce(t('import.cancelled', { file: file.name }));
        },
      },
      t('import.cancel'),
    );
    const confirm = h('button', { type: 'button', class: 'primary', onclick: () => upload(file, true) }, t('import.confirm'));
    fill(
      result,
      h(
        'div',
        { class: 'warn-box', role: 'alert' },
        h('p', {}, h('strong', {}, text)),
        h(
          'ul',
          {},
          error.fields.map((f) => h('li', {}, f.message)),
        ),
        h('p', { class: 'hint' }, t('import.linkChangesHint')),
        h('p', {}, confirm, ' ', cancel),
      ),
    );
    announce(`${text} ${error.message}`);
    confirm.focus();
  }

  function refused(error, file) {
    const text = t('import.refused', { file: file.name, count: error.fields.length || 1 });
    fill(
      result,
      h(
        'div',
        { class: 'error-box', role: 'alert' },
        h('p', {}, h('strong', {}, text)),
        error.fields.length ? problemsTable(error.fields) : h('p', {}, error.message),
      ),
    );
    announce(text);
  }

  async function upload(file, confirmLinkChanges = false) {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    fill(result, h('p', {}, t('import.sending', { file: file.name })));
    try {
      imported(await send('POST', `/api/events/${eventId}/import/${kind}${confirmLinkChanges ? '?confirmLinkChanges=true' : ''}`, form), file);
    } catch (error) {
      // Refused on a stale screen: the screen's notice says so, once.
      if (error.shown) return void fill(result);
      if (error.code === 'link_changes') askFirst(error, file);
      else refused(error, file);
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
  return h(
    'section',
    { class: 'import', 'aria-labelledby': `h-import-${kind}` },
    h('h3', { id: `h-import-${kind}` }, t(`import.title.${kind}`)),
    h('p', { class: 'hint' }, t(`import.hint.${kind}`), ' ', t(MORE[kind])),
    zone,
    result,
  );
}
