/** Reads one uploaded file in a worker thread (see read-in-worker.ts) and posts what it found. */
import { parentPort, workerData } from 'node:worker_threads';
import { readWorkbook } from './read-workbook';

const { name, content } = workerData as { name: string; content: Uint8Array };
void readWorkbook({ name, content: Buffer.from(content.buffer, content.byteOffset, content.byteLength) }).then((outcome) => parentPort!.postMessage(outcome));
