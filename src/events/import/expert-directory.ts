/**
 * Finding the expert a cell names: by id, by full name (« Mme Hélène Dupont »), by surname or
 * initials when only one expert fits (« Mme Dupont », « H. Dupont »); otherwise the closest name is
 * suggested (« vouliez-vous dire Hélène Dupont ? »).
 */
import type { ExpertFile } from '../../engine';
import type { MessageParams } from '../../i18n';
import type { ImportCode } from './messages';
import { closestName, isClose, nameKey, nameWords } from './person-name';
import { shown } from './problems';

export type Found = { ok: true; expert: ExpertFile } | { ok: false; code: ImportCode; params: MessageParams };

export class ExpertDirectory {
  private readonly byId = new Map<string, ExpertFile>();
  private readonly byKey = new Map<string, ExpertFile[]>();

  constructor(private readonly experts: ExpertFile[]) {
    for (const expert of experts) {
      this.byId.set(expert.id, expert);
      const key = nameKey(expert.name);
      this.byKey.set(key, [...(this.byKey.get(key) ?? []), expert]);
    }
  }

  nameOf(id: string): string {
    return this.byId.get(id)?.name ?? id;
  }

  find(text: string): Found {
    const byId = this.byId.get(text.trim());
    if (byId) return { ok: true, expert: byId };
    const named = this.byKey.get(nameKey(text)) ?? [];
    const fitting = named.length > 0 ? named : this.experts.filter((expert) => fits(nameWords(text), nameWords(expert.name)));
    if (fitting.length === 1) return { ok: true, expert: fitting[0] };
    if (fitting.length > 1) return { ok: false, code: 'import.ambiguousExpert', params: { value: shown(text), names: fitting.map((e) => e.name) } };
    const close =
      closestName(text, this.experts, (expert) => expert.name) ?? only(this.experts.filter((expert) => fits(nameWords(text), nameWords(expert.name), isClose)));
    return { ok: false, code: 'import.unknownExpert', params: close ? { value: shown(text), suggestion: close.name } : { value: shown(text) } };
  }
}

/**
 * Every word written is one of the expert's words, or the initial of one (« H. Dupont »); with
 * `same = isClose`, a mistyped one (« Mme Dupond » suggests Hélène Dupont).
 */
function fits(written: string[], words: string[], same: (a: string, b: string) => boolean = (a, b) => a === b): boolean {
  if (written.length === 0) return false;
  const left = [...words];
  return written.every((word) => {
    const i = left.findIndex((w) => same(w, word) || (word.length === 1 && w.startsWith(word)));
    return i >= 0 && left.splice(i, 1).length === 1;
  });
}

const only = <T>(items: T[]): T | undefined => (items.length === 1 ? items[0] : undefined);
