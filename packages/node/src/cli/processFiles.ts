/**
 * {@link processFiles}: runs a task over many inputs with bounded concurrency and hands the
 * results back in input order, as soon as each one and those before it are done. It is the one
 * place multi-file commands go through, so that a worker-thread pool can take its place.
 *
 * @module
 */

/** Options of {@link processFiles}. */
export interface ProcessFilesOptions {
  /**
   * How many tasks run at once.
   * @defaultValue 4
   */
  readonly concurrency?: number;
  /** Called after each task settles, with how many are done and how many there are. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs `task` over items; results come back in the items' order. See {@link processFiles}. */
export type FileProcessor = <T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  options?: ProcessFilesOptions,
) => AsyncIterable<R>;

/**
 * Runs `task` on every item, at most `concurrency` at a time, and yields the results in the order
 * of `items` (a result waits for those before it, so output order never depends on timing). A task
 * that throws ends the iteration with its error once the results before it are yielded; tasks
 * not yet started are not started. Memory holds at most `concurrency` finished results waiting
 * for an earlier one.
 *
 * @param items - the inputs
 * @param task - the work on one input
 * @param options - concurrency, progress callback
 * @returns the results, in input order
 *
 * @example
 * ```ts
 * const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
 * const out: string[] = [];
 * for await (const r of processFiles(['a', 'b', 'c'], async (s, i) => (await wait(30 - i * 10), s.toUpperCase()), { concurrency: 3 })) out.push(r);
 * out; //=> ['A', 'B', 'C']
 * ```
 */
export const processFiles: FileProcessor = <T, R>(
  items: readonly T[],
  task: (item: T, index: number) => Promise<R>,
  options: ProcessFilesOptions = {},
): AsyncIterable<R> => {
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? 4));
  return (async function* () {
    const running = new Map<number, Promise<{ ok: true; value: R } | { ok: false; error: unknown }>>();
    let next = 0;
    let done = 0;
    const start = (): void => {
      const index = next++;
      running.set(
        index,
        task(items[index]!, index).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        ).finally(() => options.onProgress?.(++done, items.length)),
      );
    };
    for (let emit = 0; emit < items.length; emit++) {
      // Keep `concurrency` tasks in flight, never more than that ahead of the next result.
      while (next < items.length && next < emit + concurrency) start();
      const settled = await running.get(emit)!;
      running.delete(emit);
      if (!settled.ok) throw settled.error;
      yield settled.value;
    }
  })();
};
