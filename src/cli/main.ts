/** How every command ends: its exit code, or a clear message and 2 for bad usage or unreadable files. */
import { UsageError } from './args';
import { FileError } from './files';

export function runCommand(usage: string, command: () => number): void {
  try {
    process.exitCode = command();
  } catch (e) {
    if (e instanceof UsageError || e instanceof FileError) {
      process.stderr.write(`${e.message}\n${e instanceof UsageError ? `usage: ${usage}\n` : ''}`);
      process.exitCode = 2;
      return;
    }
    throw e;
  }
}
