/**
 * Reads one unfolded content line (RFC 5545 §3.1) strictly: name, parameters, value. Kept apart
 * from the linter so the grammar is in one place. Records whether each parameter value was quoted,
 * because the lenient parsers forget it and ROLE="..." is exactly the bug we must catch.
 */

export interface ParamValue {
  value: string;
  quoted: boolean;
}

export interface ContentLine {
  name: string;
  params: Map<string, ParamValue[]>;
  value: string;
}

const NAME = /^[A-Za-z0-9-]+/;

export function readContentLine(line: string): ContentLine | string {
  const nameMatch = NAME.exec(line);
  if (!nameMatch) return 'does not start with a property name';
  const name = nameMatch[0].toUpperCase();
  const params = new Map<string, ParamValue[]>();
  let i = nameMatch[0].length;
  while (line[i] === ';') {
    const p = NAME.exec(line.slice(i + 1));
    if (!p || line[i + 1 + p[0].length] !== '=') return `bad parameter after ${name}`;
    const pname = p[0].toUpperCase();
    if (params.has(pname)) return `parameter ${pname} given twice`;
    i += 1 + p[0].length + 1;
    const values: ParamValue[] = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close < 0) return `unterminated quoted value of ${pname}`;
        values.push({ value: line.slice(i + 1, close), quoted: true });
        i = close + 1;
      } else {
        let j = i;
        while (j < line.length && !';:,"'.includes(line[j])) j++;
        if (line[j] === '"') return `a DQUOTE inside the unquoted value of ${pname}`;
        values.push({ value: line.slice(i, j), quoted: false });
        i = j;
      }
      if (line[i] !== ',') break;
      i++;
    }
    params.set(pname, values);
  }
  if (line[i] !== ':') return `no ":" after the name and parameters of ${name}`;
  return { name, params, value: line.slice(i + 1) };
}
