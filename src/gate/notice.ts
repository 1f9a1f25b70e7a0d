/**
 * Something a run should tell its reader that is not a finding: an expired or unused waiver, a stale
 * baseline entry. Every format shows notices (SARIF as tool execution notifications), and the CLI
 * prints them as `file:line:column: warning: message`.
 */
export interface RunNotice {
  level: "warning" | "note";
  code: "waiver-expired" | "waiver-unused" | "baseline-stale";
  message: string;
  /** The waiver or baseline file the notice is about, and where in it. */
  file?: string;
  line?: number;
  column?: number;
}

/** `file:line:column: warning: message`, the form editors and CI logs link to. */
export function formatNotice(notice: RunNotice): string {
  const where =
    notice.file === undefined
      ? ""
      : notice.line !== undefined
        ? `${notice.file}:${notice.line}:${notice.column ?? 1}: `
        : `${notice.file}: `;
  return `${where}${notice.level}: ${notice.message}`;
}
