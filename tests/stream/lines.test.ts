import { describe, expect, it } from "vitest";
import { splitLines, type NdjsonLine } from "../../src/stream/lines.js";

async function collect(chunks: Iterable<string | Uint8Array>, maxLineBytes?: number): Promise<NdjsonLine[]> {
  const out: NdjsonLine[] = [];
  for await (const line of splitLines(chunks, maxLineBytes === undefined ? {} : { maxLineBytes })) out.push(line);
  return out;
}

describe("splitLines", () => {
  it("numbers lines from 1 across chunk boundaries, keeping blank lines and a last line without a newline", async () => {
    const lines = await collect(["{\"a\"", ":1}\n\n{\"b\":2}\n{\"c\"", ":3}"]);
    expect(lines).toEqual([
      { number: 1, text: '{"a":1}', length: 7 },
      { number: 2, text: "", length: 0 },
      { number: 3, text: '{"b":2}', length: 7 },
      { number: 4, text: '{"c":3}', length: 7 },
    ]);
  });

  it("drops \\r before \\n and a leading byte-order mark", async () => {
    const lines = await collect(["\uFEFFone\r\ntwo\r\n"]);
    expect(lines.map((l) => l.text)).toEqual(["one", "two"]);
  });

  it("decodes UTF-8 split inside a character between byte chunks", async () => {
    const bytes = new TextEncoder().encode('{"name":"Zoë’s kiosk"}\n');
    const cut = bytes.indexOf(0xc3) + 1; // inside the two bytes of "ë"
    const lines = await collect([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(lines).toEqual([{ number: 1, text: '{"name":"Zoë’s kiosk"}', length: 22 }]);
  });

  it("reports a line over the limit by number, without its text, and a reader that goes on gets the next line", async () => {
    const long = "x".repeat(50);
    const inOneChunk = await collect([`short\n${long}\nafter\n`], 20);
    expect(inOneChunk).toEqual([
      { number: 1, text: "short", length: 5 },
      { number: 2, length: 50 },
      { number: 3, text: "after", length: 5 },
    ]);
    // In pieces, the line never sits whole in memory, and is reported as soon as it passes the limit.
    const inPieces = await collect(["short\n", ...Array.from({ length: 10 }, () => "x".repeat(5)), "\nafter"], 20);
    expect(inPieces).toEqual([
      { number: 1, text: "short", length: 5 },
      { number: 2, length: 25 },
      { number: 3, text: "after", length: 5 },
    ]);
  });

  it("reports an endless line as soon as it passes the limit, without waiting for its end", async () => {
    function* endless(): Generator<string> {
      for (;;) yield "x".repeat(1000);
    }
    const lines = splitLines(endless(), { maxLineBytes: 10_000 });
    const first = await lines.next();
    expect(first.value).toEqual({ number: 1, length: 11_000 });
    await lines.return(undefined);
  });

  it("yields nothing for empty input", async () => {
    expect(await collect([])).toEqual([]);
    expect(await collect([""])).toEqual([]);
  });
});
