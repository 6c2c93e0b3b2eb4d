import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

/** Every migration, in order (no globs: the build and the tests see the same list). */
export const MIGRATIONS = [InitialSchema1764100000000];
