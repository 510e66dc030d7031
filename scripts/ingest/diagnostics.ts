/**
 * Messages shaped like vfile messages: every problem names its file (and line
 * where it helps), has a stable rule id, and is either fatal (the file is
 * rejected) or a warning (the file is written, the report says what happened).
 */
export interface Diagnostic {
  /** Path of the raw file, relative to the input folder. */
  file: string;
  /** 1-based line in the raw file, when the problem has one. */
  line?: number;
  /** 1-based column, when the problem has one. */
  column?: number;
  /** What happened, why, and what to do, in one sentence or two. */
  reason: string;
  /** Stable kebab-case id, e.g. "no-minutes-marker". */
  ruleId: string;
  /** Fatal messages reject the file; warnings do not. */
  fatal: boolean;
}

/** Formats a message the way compilers do: `file:line:col severity reason (rule)`. */
export function formatDiagnostic(message: Diagnostic): string {
  const place = [message.file, message.line ?? 1, message.column ?? 1].join(":");
  const severity = message.fatal ? "error" : "warning";
  return `${place} ${severity} ${message.reason} (${message.ruleId})`;
}

export function warning(file: string, ruleId: string, reason: string, line?: number): Diagnostic {
  return line === undefined ? { file, ruleId, reason, fatal: false } : { file, ruleId, reason, line, fatal: false };
}

export function fatal(file: string, ruleId: string, reason: string, line?: number): Diagnostic {
  return { ...warning(file, ruleId, reason, line), fatal: true };
}
