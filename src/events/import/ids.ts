/** Generated ids (e1, g1, m1…) that never collide with ids the sheet already gives. */
export function nextFreeId(prefix: string, used: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
}
