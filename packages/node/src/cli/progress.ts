/**
 * A one-line progress bar on stderr for long multi-file work. Drawn only when stderr is a
 * terminal, so pipes and logs never receive it; redrawn at most ten times a second.
 *
 * @module
 */
import type { CliIo } from './io.ts';

/** A progress bar; `update` redraws it, `done` erases it. */
export interface Progress {
  update(done: number, total: number): void;
  done(): void;
}

const NONE: Progress = { update() {}, done() {} };

/**
 * A progress bar when stderr is a terminal and there are at least `min` items; otherwise one
 * that draws nothing.
 */
export function progressBar(io: CliIo, total: number, options: { readonly enabled: boolean; readonly min?: number; readonly label?: string }): Progress {
  if (!options.enabled || io.tty?.stderr !== true || total < (options.min ?? 2)) return NONE;
  const width = 30;
  let last = 0;
  let drawn = false;
  const draw = (done: number): void => {
    const filled = Math.round((done / total) * width);
    io.stderr(`\r${options.label ?? 'scanning'} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} files`);
    drawn = true;
  };
  return {
    update(done) {
      const now = Date.now();
      if (done < total && now - last < 100) return;
      last = now;
      draw(done);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
