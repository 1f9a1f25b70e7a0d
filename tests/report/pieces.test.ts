import { describe, expect, it } from "vitest";
import { loadFormatter, loadPieceFormatter } from "../../src/format/load.js";
import { FORMAT_NAMES } from "../../src/format/types.js";
import { fixtureReports } from "./fixtures/report.js";

/*
 * The CLI writes every format in pieces, so that an output longer than one string can hold (the
 * HTML of 10,000 systems is 291 MB, the GitLab JSON of 100,000 about 700 MB; V8 holds about 512 MiB)
 * is still written. The pieces, put together, are byte for byte the string formatter's output.
 */
describe("every format written in pieces", () => {
  it.each(FORMAT_NAMES)("%s: the pieces are the string output", async (name) => {
    const options = { failOn: "violation" as const, explain: true };
    const whole = (await loadFormatter(name))(fixtureReports, options);
    const pieces: string[] = [];
    (await loadPieceFormatter(name))(fixtureReports, options, (piece) => pieces.push(piece));
    expect(pieces.join("")).toBe(whole);
    expect(whole.length).toBeGreaterThan(100);
  });
});
