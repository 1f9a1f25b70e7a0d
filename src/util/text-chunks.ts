/**
 * `text` cut into strings of at most `size` UTF-16 code units, never between the two halves of a
 * surrogate pair: each chunk is encoded to UTF-8 on its own, and a pair cut in two would be written
 * as two replacement characters instead of its one character.
 */
export function textChunks(text: string, size: number): string[] {
  if (size < 2) throw new RangeError("textChunks: size must be at least 2");
  const out: string[] = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(at + size, text.length);
    const last = text.charCodeAt(end - 1);
    // A high surrogate at the cut, with its low half just past it: the pair goes to the next chunk.
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) {
      const next = text.charCodeAt(end);
      if (next >= 0xdc00 && next <= 0xdfff) end -= 1;
    }
    out.push(text.slice(at, end));
    at = end;
  }
  return out;
}
