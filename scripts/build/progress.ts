/**
 * Progress for long builds: on a terminal, one line redrawn in place with each
 * running step's count, rate and time left (steps that run side by side, such
 * as Astro and the search index, share the line); in CI or when piped, nothing
 * until the steps' summary lines, so logs stay short.
 */
export interface Progress {
  update(done: number): void;
  /** Marks the step finished; the line is cleared once every step on it has ended. */
  end(): void;
}

interface Lane {
  step: string;
  unit: string;
  total: number;
  done: number;
  started: number;
  ended: boolean;
}

const interactive = Boolean(process.stderr.isTTY) && !process.env["CI"];
const lanes: Lane[] = [];
let lastDraw = 0;

function formatSeconds(seconds: number): string {
  return seconds >= 90 ? `${Math.round(seconds / 60)} min` : `${Math.max(0, Math.round(seconds))} s`;
}

function describe(lane: Lane): string {
  const count = `${lane.step}: ${lane.done.toLocaleString("en-GB")}/${lane.total.toLocaleString("en-GB")} ${lane.unit}`;
  if (lane.ended) return `${count}, done`;
  const elapsed = (performance.now() - lane.started) / 1000;
  const rate = elapsed > 0 ? lane.done / elapsed : 0;
  const left = rate > 0 && lane.total > lane.done ? ` ~${formatSeconds((lane.total - lane.done) / rate)} left` : "";
  return `${count}, ${Math.round(rate)}/s${left}`;
}

function draw(force: boolean): void {
  const now = performance.now();
  if (!force && now - lastDraw < 100) return;
  lastDraw = now;
  process.stderr.write(`\r\x1b[2K${lanes.map(describe).join(" · ")}`);
}

export function startProgress(step: string, total: number, unit: string): Progress {
  const lane: Lane = { step, unit, total, done: 0, started: performance.now(), ended: false };
  lanes.push(lane);
  return {
    update(done) {
      lane.done = done;
      if (interactive) draw(done >= total);
    },
    end() {
      lane.ended = true;
      if (lanes.every((other) => other.ended)) {
        lanes.length = 0;
        if (interactive) process.stderr.write("\r\x1b[2K");
      } else if (interactive) draw(true);
    },
  };
}
