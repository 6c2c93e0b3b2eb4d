/** Debian's python3-icalendar as a second parser in service tests (CI installs it). Undefined when it is not there. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PYTHON, PYTHON_ICALENDAR, usable } from './requirements';

const SCRIPT = `
import sys, json, icalendar
out = []
for path in sys.argv[1:]:
    cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
    events = list(cal.walk('VEVENT'))
    out.append({'method': str(cal.get('METHOD', '')), 'errors': [str(e) for e in list(cal.errors) + [e for ev in events for e in ev.errors]],
                'uids': [str(ev['UID']) for ev in events], 'sequences': [int(ev['SEQUENCE']) if 'SEQUENCE' in ev else None for ev in events]})
print(json.dumps(out))
`;

export interface PythonReading {
  method: string;
  errors: string[];
  uids: string[];
  sequences: (number | null)[];
}

export function readWithPython(files: string[]): PythonReading[] | undefined {
  if (!usable(PYTHON_ICALENDAR)) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'carrousel-py-ics-'));
  try {
    const paths = files.map((text, i) => {
      const p = join(dir, `${i}.ics`);
      writeFileSync(p, text, 'utf8');
      return p;
    });
    return JSON.parse(execFileSync(PYTHON, ['-c', SCRIPT, ...paths], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
