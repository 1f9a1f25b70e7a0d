/** Streaming audit of NDJSON inventories larger than memory. */
export { auditNdjson, auditNdjsonLines, type NdjsonAuditOptions, type NdjsonResult, type NdjsonSummary } from "./audit-ndjson.js";
export { DEFAULT_MAX_LINE_BYTES, splitLines, type NdjsonLine, type SplitOptions } from "./lines.js";
