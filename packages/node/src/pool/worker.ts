/**
 * The worker of {@link createScanPool}: compiles one scanner from the pool's options (they come as
 * `workerData`), then scans or redacts what the pool sends, one task at a time.
 *
 * @module
 * @internal
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTask, taskRunner, type PoolRequest, type PoolResponse } from './tasks.ts';

if (parentPort) {
  const port = parentPort;
  let run: ReturnType<typeof taskRunner> | undefined;
  let setupError: unknown;
  try {
    run = taskRunner(workerData);
  } catch (error) {
    setupError = error; // reported with the first task, with its code
  }
  port.on('message', (request: PoolRequest) => {
    port.postMessage(runTask(run, setupError, request) satisfies PoolResponse);
  });
}
