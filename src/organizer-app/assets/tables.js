// The tables of a new event: N rows named "Table 1…" or "Salle visio 1…", each editable.

export function tableRows() {
  const rows = [];
  let defaultName = '';
  const named = (name, i) => `${name} ${i + 1}`;
  return {
    rows,
    /** Grows or shrinks to `count`; rows still carrying the default name follow a new default name. */
    resize(count, name, seats) {
      rows.forEach((row, i) => {
        if (row.name === named(defaultName, i)) row.name = named(name, i);
        if (!row.seatsEdited) row.seats = seats;
      });
      while (rows.length < count) rows.push({ id: `t${rows.length + 1}`, name: named(name, rows.length), seats, location: '' });
      rows.length = Math.max(0, Math.min(rows.length, count));
      defaultName = name;
    },
    edit(i, key, value) {
      if (key === 'seats') {
        rows[i].seats = Number(value);
        rows[i].seatsEdited = true;
      } else rows[i][key] = value;
    },
    /** The exchange format's tables (a room's link is its location). */
    items: () => rows.map(({ id, name, seats, location }) => ({ id, name, seats, ...(location.trim() ? { location: location.trim() } : {}) })),
  };
}
