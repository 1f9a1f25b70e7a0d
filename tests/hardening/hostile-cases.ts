/** Hostile inputs: each one a file, what the CLI must print for it (exit 2), and how to build it. */

/** A "billion laughs": nine aliases per level, nine levels, well under 1 KiB of text. */
export function billionLaughs(): string {
  const lines = ["version: 1", 'a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array.from({ length: 9 }, () => `*a${i - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

/** Thousands of distinct anchors, each aliased once: no expansion, but each alias costs a scan of the document. */
export function manyAliases(n: number): string {
  const anchors = Array.from({ length: n }, (_, i) => `a${i}: &a${i} x`).join("\n");
  return `version: 1\n${anchors}\nall: [${Array.from({ length: n }, (_, i) => `*a${i}`).join(", ")}]\n`;
}

/** `n` distinct keys in one map and then the first one again (the YAML parser's own check was quadratic). */
export function manyKeysThenDuplicate(n: number): string {
  return `${Array.from({ length: n }, (_, i) => `k${i}: 1`).join("\n")}\nk0: 2\n`;
}

/** The polluting payloads: `__proto__` and `constructor.prototype` at the top and inside a system. */
export const PROTO_YAML = `version: 1
__proto__:
  polluted: yes
organization:
  name: Acme
  entityType: private-entity
  constructor:
    prototype:
      polluted: yes
systems:
  - id: s1
    name: Scanner
    modalities: [fingerprint]
    __proto__: { polluted: yes }
`;

export const PROTO_JSON = JSON.stringify({ version: 1, organization: { name: "Acme", entityType: "private-entity" }, systems: [] }).replace(
  '{"version":1,',
  '{"version":1,"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},',
);

/** A wrong type at every level of the profile. */
export const WRONG_TYPES = `version: "1"
organization:
  name: [Acme]
  entityType: 7
  illinoisPresence: yes-ish
systems:
  - just a string
  - id: s2
    name: Scanner
    modalities: fingerprint
    release: signed
    subjects:
      - population: employees
        count: -3
`;
