import fs from 'node:fs';
import path from 'node:path';
import { APP_DIR, browserModule } from './browser-module';

const { STRINGS } = browserModule('strings.js');
/** What an invitation message can be (reconciliation.ts's DraftReason), as the outreach screen words it. */
const REASONS = ['new', 'changed', 'restored', 'cancelled', 'addressChanged', 'reorganized'];

function sources(dir = APP_DIR): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : []));
}

describe("the app's texts", () => {
  it('has every key in French and in English, none empty, with the same {placeholders}', () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.fr).sort());
    const holes = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(STRINGS.fr)) {
      expect([key, STRINGS.fr[key].trim() !== '', STRINGS.en[key].trim() !== '']).toEqual([key, true, true]);
      expect([key, holes(STRINGS.en[key])]).toEqual([key, holes(STRINGS.fr[key])]);
    }
  });

  it('defines every key the code asks for, literal or built from a known family', () => {
    const code = sources()
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join('\n');
    const literal = [...code.matchAll(/\bt\('([^']+)'/g)].map((m) => m[1]);
    expect(literal.length).toBeGreaterThan(100);
    expect(literal.filter((k) => !(k in STRINGS.fr))).toEqual([]);
    // Keys built at run time: each prefix must have a string for every value the code can pass.
    const families: Record<string, string[]> = {
      'status.': ['draft', 'published', 'superseded'],
      'origin.': ['generated', 'adjusted', 'imported', 'timetable', 'replan'],
      'plan.status.': ['failed', 'infeasible', 'cancelled'],
      'metric.': ['shortfall', 'minGroupShare', 'wishValue', 'moved', 'idle'],
      'delivery.': ['pending', 'sending', 'sent', 'failed'],
      'live.status.': ['before', 'during', 'break', 'after'],
      'items.': ['rounds', 'tables', 'experts', 'groups'],
      'items.add.': ['rounds', 'tables', 'experts', 'groups'],
      'import.title.': ['experts', 'groups'],
      'import.done.': ['experts', 'groups'],
      'import.drop.': ['experts', 'groups'],
      'import.hint.': ['experts', 'groups'],
      'pairs.': ['pins', 'forbidden'],
      'pairs.add.': ['pins', 'forbidden'],
      'pairs.hint.': ['pins', 'forbidden'],
      'event.organizer.': ['name', 'email'],
      'export.': ['csv', 'xlsx', 'html', 'json'],
      'links.kind.': ['member', 'expert', 'group'],
      'diff.': ['added', 'moved', 'removed'],
      'reach.count.': REASONS,
      'reach.reason.': REASONS,
      'reach.col.': ['expert', 'email', 'what', 'slot'],
      'answers.col.': ['expert', 'answer', 'when'],
      'answers.': ['yes', 'no', 'none'],
    };
    const missing = Object.entries(families)
      .flatMap(([prefix, values]) => values.map((v) => prefix + v))
      .filter((k) => !(k in STRINGS.fr));
    expect(missing).toEqual([]);
    // Every template key's prefix is one of the families above (or a column name family).
    const templates = [...code.matchAll(/\bt\(`([^`$]+)\$\{/g)].map((m) => m[1]);
    const known = [
      ...Object.keys(families),
      'col.',
      'new.table.',
      'event.',
      'options.',
      'plan.v.',
      'import.',
      'share.',
      'links.',
      'invitations.',
      'live.',
      'tab.',
    ];
    expect(templates.filter((p) => !known.includes(p))).toEqual([]);
  });
});
