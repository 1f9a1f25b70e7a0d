/** One line for an output that could not be written (a file or a stream), by its error code; `tail` says what became of it. */
export function outputFailureLine(what: string, error: unknown, tail = "the output is incomplete"): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  const why =
    code === "EPIPE" || code === "ERR_STREAM_DESTROYED"
      ? "the reader closed the pipe before the output was complete (EPIPE)"
      : code === "ENOSPC"
        ? "no space left on the device (ENOSPC)"
        : code === "EDQUOT"
          ? "the disk quota is exhausted (EDQUOT)"
          : code === "EACCES" || code === "EPERM"
            ? `permission denied (${code})`
            : code === "EISDIR"
              ? "it is a directory (EISDIR)"
              : code === "EROFS"
                ? "the file system is read-only (EROFS)"
                : error instanceof Error
                  ? error.message.split("\n")[0]!
                  : String(error);
  return `bipa-check: cannot write ${what}: ${why}; ${tail}`;
}
