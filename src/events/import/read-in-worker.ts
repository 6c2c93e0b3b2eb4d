/**
 * Reading a spreadsheet off the service's thread: a heavy or hostile file (a zip that inflates to
 * gigabytes, a million styled rows) costs a worker its time and memory, never the pages and the
 * health check. Past the time or memory limit the worker is stopped and the file refused.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { READ_MEMORY_LIMIT_MB, READ_TIME_LIMIT_MS } from './limits';
import { ProblemList } from './problems';
import type { ImportFile, ReadOutcome } from './read-workbook';

/** The compiled worker: tests run the sources through ts-jest, but a worker needs JavaScript. */
const WORKER_FILE = __filename.endsWith('.ts')
  ? path.resolve(__dirname, '../../../dist/events/import/read.worker.js')
  : path.join(__dirname, 'read.worker.js');

export interface ReadLimits {
  timeMs: number;
  memoryMb: number;
}

export function readInWorker(file: ImportFile, limits: ReadLimits = { timeMs: READ_TIME_LIMIT_MS, memoryMb: READ_MEMORY_LIMIT_MB }): Promise<ReadOutcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, {
      workerData: { name: file.name, content: file.content },
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: Math.min(64, limits.memoryMb / 4) },
    });
    const refuse = (code: 'import.tooSlow' | 'import.tooBig') => {
      const problems = new ProblemList();
      problems.error({ file: file.name }, code, code === 'import.tooSlow' ? { seconds: Math.round(limits.timeMs / 1000) } : { mb: limits.memoryMb });
      resolve(problems);
    };
    const timer = setTimeout(() => {
      refuse('import.tooSlow');
      void worker.terminate();
    }, limits.timeMs);
    worker.once('message', (outcome: ReadOutcome) => {
      clearTimeout(timer);
      resolve(outcome);
      void worker.terminate();
    });
    worker.once('error', (err: Error & { code?: string }) => {
      clearTimeout(timer);
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') refuse('import.tooBig');
      else reject(err);
    });
  });
}
