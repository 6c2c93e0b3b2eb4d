/**
 * The engine in a worker thread, so that the service keeps answering while it searches: progress
 * as it comes, a stop flag shared with the worker (it returns its best plan so far), the result.
 */
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PlanResult } from '../engine';
import type { Progress } from '../engine';
import type { GenerationRequest } from './generation.worker';

/** The compiled worker: tests run the sources through ts-jest, but a worker needs JavaScript. */
const WORKER_FILE = __filename.endsWith('.ts')
  ? path.resolve(__dirname, '../../dist/plans/generation.worker.js')
  : path.join(__dirname, 'generation.worker.js');

export interface EngineRun {
  result: Promise<PlanResult>;
  /** Asks the search to stop now; `result` then comes with the best plan found so far. */
  stop: () => void;
  /** Ends the worker at once (no result). */
  terminate: () => Promise<number>;
}

export function runEngine(instance: unknown, options: { seed: number; timeLimitMs: number }, onProgress?: (p: Progress) => void): EngineRun {
  const stopFlag = new SharedArrayBuffer(4);
  const request: GenerationRequest = { instance, seed: options.seed, timeLimitMs: options.timeLimitMs, stop: stopFlag };
  const worker = new Worker(WORKER_FILE, { workerData: request });
  const result = new Promise<PlanResult>((resolve, reject) => {
    worker.on('message', (message: { type: 'progress'; progress: Progress } | { type: 'result'; result: PlanResult }) => {
      if (message.type === 'progress') onProgress?.(message.progress);
      else {
        resolve(message.result);
        void worker.terminate();
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the engine stopped (exit ${code}) before giving a result`)));
  });
  return {
    result,
    stop: () => Atomics.store(new Int32Array(stopFlag), 0, 1),
    terminate: () => worker.terminate(),
  };
}
