/**
 * Progress for long builds: on a terminal, one line per step redrawn in place
 * (count, rate, time left); in CI or when piped, nothing until the step's
 * summary line, so logs stay short.
 */
export interface Progress {
  update(done: number): void;
  /** Clears the progress line (the caller prints the step's summary). */
  end(): void;
}

const interactive = Boolean(process.stderr.isTTY) && !process.env["CI"];

function formatSeconds(seconds: number): string {
  return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.max(0, Math.round(seconds))} s`;
}

export function startProgress(step: string, total: number, unit: string): Progress {
  const started = performance.now();
  let lastDraw = 0;
  const draw = (done: number): void => {
    const elapsed = (performance.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const left = rate > 0 && total > done ? ` ~${formatSeconds((total - done) / rate)} left` : "";
    process.stderr.write(
      `\r\x1b[2K${step}: ${done.toLocaleString("en-GB")}/${total.toLocaleString("en-GB")} ${unit}, ${Math.round(rate)}/s${left}`,
    );
  };
  return {
    update(done) {
      if (!interactive) return;
      const now = performance.now();
      if (now - lastDraw < 100 && done < total) return;
      lastDraw = now;
      draw(done);
    },
    end() {
      if (interactive) process.stderr.write("\r\x1b[2K");
    },
  };
}
