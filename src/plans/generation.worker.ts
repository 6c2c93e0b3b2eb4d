/**
 * Runs the engine off the service's main thread, so that the API keeps answering during a long
 * generation. Reports progress, honours a stop flag shared with the service, posts the result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { planInstance } from '../engine';

export interface GenerationRequest {
  instance: unknown;
  seed: number;
  timeLimitMs: number;
  /** Int32Array over a SharedArrayBuffer: 1 means stop now. */
  stop: SharedArrayBuffer;
}

const request = workerData as GenerationRequest;
const stop = new Int32Array(request.stop);
const result = planInstance(request.instance, {
  seed: request.seed,
  timeLimitMs: request.timeLimitMs,
  shouldStop: () => Atomics.load(stop, 0) === 1,
  onProgress: (progress) => parentPort!.postMessage({ type: 'progress', progress }),
});
parentPort!.postMessage({ type: 'result', result });
