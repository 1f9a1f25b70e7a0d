import type { Rule } from "../../src/packs/bipa/rule.js";
import { profileJsonSchema } from "../../src/practices/json-schema.js";
import { cell, code, doc, fence, generatedBanner, table } from "./markdown.js";
import { fieldReaders } from "./field-readers.js";
import { fieldSection } from "./field-sections.js";
import { ruleSlug } from "./rule-files.js";
import { requirementWords, typeWords, walkSchema, type JsonSchema, type SchemaField, type SchemaObject } from "./schema-walk.js";

/** The HTML anchor of an object's table: `systems[].notice` → `systems-notice`. */
export function anchor(path: string): string {
  return path === "" ? "top-level" : path.replace(/\[\]/g, "").replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "").toLowerCase();
}

/** A field's meaning: its `.describe()` text in the zod schema (a test requires one on every field). */
export function fieldMeaning(field: SchemaField): string {
  return field.schema.description ?? "";
}

const MINIMAL = `version: 1
organization:
  name: Example Co.
  entityType: private-entity
systems:
  - id: timeclock
    name: Fingerprint timeclock
    modalities: [fingerprint]
`;

/** docs/profile.md: every field of the profile, generated from the zod schema. */
export function renderProfileReference(rules: readonly Rule[]): string {
  const schema = profileJsonSchema() as JsonSchema;
  const objects = walkSchema(schema);
  const readers = fieldReaders(rules);
  return doc([
    generatedBanner("the zod schema (src/practices/schema.ts)"),
    "# Profile reference (version 1)",
    "A practices profile describes one organization and each system that touches biometric data: a collection point (a timeclock, a gate, an app) or a processing activity (a face-search database). Write it in YAML or JSON; `bipa-check` validates it, then audits each system against 740 ILCS 14.",
    "How the profile is read:",
    [
      '- **Unknown is a value.** Almost every fact accepts `"unknown"`, and an omitted fact *is* `"unknown"`. An unknown fact that decides a section is reported as a **risk** with basis `unknown` and the remedy `establish-unknown-facts`; it never passes silently.',
      "- **Typos fail.** Every object is strict: a key the schema does not know is an error (with a suggestion), so a misspelt fact cannot be silently ignored.",
      "- **Every problem at once.** A profile that does not validate yields all its problems, each with its JSON path and `line:column`.",
      "- **Lists replace, they do not merge.** `disclosures: []` asserts there are none; omitting `disclosures` leaves them `\"unknown\"`.",
      "- **Editors.** [`profile.schema.json`](profile.schema.json) is the JSON Schema generated from the same zod schema. In YAML, add `# yaml-language-server: $schema=<path to profile.schema.json>` as the first line for completion and checking in editors that support it.",
    ].join("\n"),
    "The smallest valid profile (everything it leaves out is `\"unknown\"`, so its audit is mostly risks):",
    fence("yaml", MINIMAL),
    "For complete profiles, see [`examples/`](../examples/README.md). Columns below: **Type** (what the field accepts), **Required / default** (what an omitted field becomes), **Meaning** (from the schema), **Feeds** (the part of the Act it decides) and **Cited by** (rules that name the field as evidence in their findings; a rule may read more). A field no rule cites may still feed the exposure estimate (counts, dates, culpability) or the injunction-risk view (remediation), or simply record a fact for the auditor.",
    "## Contents",
    objects.map((o) => `- [${o.path === "" ? "Top level" : code(o.path)}](#${anchor(o.path)})`).join("\n"),
    ...objects.flatMap((o) => objectSection(o, readers)),
  ]);
}

function objectSection(object: SchemaObject, readers: Map<string, string[]>): string[] {
  const title = object.path === "" ? "Top level" : code(object.path);
  return [
    `<a id="${anchor(object.path)}"></a>\n\n## ${title}`,
    ...(object.description ? [object.description] : []),
    table(
      ["Field", "Type", "Required / default", "Meaning", "Feeds", "Cited by"],
      object.fields.map((field) => {
        const link = field.childObject ? `[${code(field.childObject)}](#${anchor(field.childObject)})` : undefined;
        const cited = (readers.get(field.path) ?? []).map((id) => `[${ruleSlug(id)}](rules/${ruleSlug(id)}.md)`).join(", ");
        return [
          code(field.key),
          cell(typeWords(field.schema, link)),
          cell(requirementWords(field)),
          cell(fieldMeaning(field)) || "—",
          cell(fieldSection(field.path)),
          cited || (field.childObject ? "see below" : "—"),
        ];
      }),
    ),
  ];
}

/** The JSON Schema for editors, as checked in at docs/profile.schema.json. */
export function renderProfileJsonSchema(): string {
  return `${JSON.stringify(profileJsonSchema(), null, 2)}\n`;
}

/** Every field path in the schema (for tests). */
export function profileFieldPaths(): string[] {
  return walkSchema(profileJsonSchema() as JsonSchema).flatMap((o) => o.fields.map((f) => f.path));
}

/** Fields with no `.describe()` in the schema (for tests and the fallback table). */
export function undescribedFields(): SchemaField[] {
  return walkSchema(profileJsonSchema() as JsonSchema)
    .flatMap((o) => o.fields)
    .filter((f) => f.schema.description === undefined);
}
