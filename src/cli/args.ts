/** A small argv reader: positional arguments and `--name value` / `--flag` options, checked. */

export class UsageError extends Error {}

export interface ArgSpec {
  /** Options taking a value, with their kind. */
  values: Record<string, 'string' | 'integer'>;
  flags?: string[];
}

export interface Args {
  positional: string[];
  values: Record<string, string | number>;
  flags: Set<string>;
}

export function parseArgs(argv: string[], spec: ArgSpec): Args {
  const args: Args = { positional: [], values: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i];
    if (!word.startsWith('--')) {
      args.positional.push(word);
      continue;
    }
    const [name, inline] = word.slice(2).split(/=(.*)/s, 2);
    if (spec.flags?.includes(name)) {
      args.flags.add(name);
      continue;
    }
    const kind = spec.values[name];
    if (!kind) throw new UsageError(`unknown option --${name}`);
    const raw = inline ?? argv[++i];
    if (raw === undefined) throw new UsageError(`--${name} needs a value`);
    if (kind === 'integer') {
      if (!/^-?\d+$/.test(raw)) throw new UsageError(`--${name} needs a whole number, not "${raw}"`);
      args.values[name] = Number(raw);
    } else args.values[name] = raw;
  }
  return args;
}
