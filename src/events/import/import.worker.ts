/** Runs imports in a worker thread (see import-in-worker.ts), one at a time, and posts each outcome. */
import { parentPort } from 'node:worker_threads';
import { type ImportJob, runImport } from './run-import';

parentPort!.on('message', (job: ImportJob) => {
  // The bytes arrive as a plain Uint8Array: give them back their Buffer face.
  const content = job.file.content as Uint8Array;
  const file = { name: job.file.name, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) };
  void runImport({ ...job, file }).then((outcome) => parentPort!.postMessage(outcome));
});
