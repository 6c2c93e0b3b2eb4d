/**
 * Imports off the service's thread: a heavy or hostile file (a zip that inflates to gigabytes, a
 * million styled rows) or a large event costs a worker its time and memory, never the pages and
 * the health check. Past the time or memory limit the worker is stopped and the file refused. One
 * worker runs one import at a time and stays for the next (loading exceljs takes it 1 to 2 s); a
 * stopped one is replaced at the next file.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { serially } from '../../database/serially';
import { READ_MEMORY_LIMIT_MB, READ_TIME_LIMIT_MS } from './limits';
import { ProblemList } from './problems';
import type { ImportJob, ImportOutcome } from './run-import';

/** The compiled worker: tests run the sources through ts-jest, but a worker needs JavaScript. */
const WORKER_FILE = __filename.endsWith('.ts')
  ? path.resolve(__dirname, '../../../dist/events/import/import.worker.js')
  : path.join(__dirname, 'import.worker.js');

export interface ReadLimits {
  timeMs: number;
  memoryMb: number;
}

const inTurn = serially();
let reader: { worker: Worker; memoryMb: number } | undefined;

export function importInWorker(job: ImportJob, limits: ReadLimits = { timeMs: READ_TIME_LIMIT_MS, memoryMb: READ_MEMORY_LIMIT_MB }): Promise<ImportOutcome> {
  return inTurn(() => run(job, limits));
}

function workerFor(memoryMb: number): Worker {
  if (reader?.memoryMb === memoryMb) return reader.worker;
  void reader?.worker.terminate();
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: Math.min(64, memoryMb / 4) } });
  // An idle reader must not keep the service from stopping.
  worker.unref();
  worker.once('exit', () => {
    if (reader?.worker === worker) reader = undefined;
  });
  reader = { worker, memoryMb };
  return worker;
}

function run(job: ImportJob, limits: ReadLimits): Promise<ImportOutcome> {
  const worker = workerFor(limits.memoryMb);
  return new Promise((resolve, reject) => {
    const refuse = (code: 'import.tooSlow' | 'import.tooBig') => {
      const problems = new ProblemList();
      problems.error({ file: job.file.name }, code, code === 'import.tooSlow' ? { seconds: Math.round(limits.timeMs / 1000) } : { mb: limits.memoryMb });
      resolve({ ok: false, errors: problems.errors, warnings: [] });
    };
    const done = () => {
      clearTimeout(timer);
      worker.off('message', answered);
      worker.off('error', failed);
    };
    const answered = (outcome: ImportOutcome) => {
      done();
      resolve(outcome);
    };
    const failed = (err: Error & { code?: string }) => {
      done();
      if (err.code === 'ERR_WORKER_OUT_OF_MEMORY') refuse('import.tooBig');
      else reject(err);
    };
    const timer = setTimeout(() => {
      done();
      void worker.terminate();
      refuse('import.tooSlow');
    }, limits.timeMs);
    worker.on('message', answered);
    worker.on('error', failed);
    worker.postMessage(job);
  });
}
