import { parse, stringify } from "yaml";
import { loadProfile, parseProfile } from "../../../src/practices/load.js";
import { fixture } from "../fixtures.js";
import { fmt, ratio, systems, verdict } from "../harness/format.js";
import { interleaved } from "../harness/timing.js";
import type { BenchModule, Row } from "../harness/types.js";

/*
 * The loader against its floors. YAML: loadProfile (which also refuses duplicate keys and hostile
 * input, and gives every field its line) against the yaml library's own fastest parse of the same
 * text to plain data, YAML.parse with its default options or with uniqueKeys: false, whichever is
 * faster. JSON: loadProfile against JSON.parse plus the same schema validation (parseProfile).
 */

const limits = { maxBytes: Number.MAX_SAFE_INTEGER };
const us = (ms: number, n: number) => `${fmt((ms * 1000) / n)} µs`;

export const loader: BenchModule = {
  id: "loader",
  description: "loadProfile of YAML ÷ YAML.parse; of JSON ÷ JSON.parse + schema",
  async run(ctx) {
    // Inputs of a few hundred kilobytes and many short rounds: a median of many short rounds is
    // steadier on a busy machine than a few long ones (YAML takes about 2 ms a system).
    const yamlSystems = ctx.quick ? 50 : 200;
    const jsonSystems = 1_000;
    const plan = { rounds: 9, warmup: 2, minRoundMs: 0 };
    // A JSON call is short and its ratio sits near the target: more rounds for a steadier median.
    const jsonPlan = { rounds: ctx.quick ? 9 : 15, warmup: 2, minRoundMs: 0 };

    ctx.log(`YAML, ${systems(yamlSystems)}`);
    const yamlText = stringify(fixture(yamlSystems).data);
    const yaml = await interleaved(
      {
        "YAML.parse": () => parse(yamlText),
        "YAML.parse uniqueKeys:false": () => parse(yamlText, { uniqueKeys: false }),
        loadProfile: () => {
          if (!loadProfile(yamlText, { limits }).ok) throw new Error("invalid");
        },
      },
      plan,
    );

    ctx.log(`JSON, ${systems(jsonSystems)}`);
    const { json } = fixture(jsonSystems);
    const jsonTimes = await interleaved(
      {
        "JSON.parse": () => JSON.parse(json),
        "JSON.parse + parseProfile": () => {
          if (!parseProfile(JSON.parse(json)).ok) throw new Error("invalid");
        },
        loadProfile: () => {
          if (!loadProfile(json, { limits }).ok) throw new Error("invalid");
        },
      },
      jsonPlan,
    );

    const fastest = Math.min(yaml["YAML.parse"]!, yaml["YAML.parse uniqueKeys:false"]!);
    const yamlRatio = yaml.loadProfile! / fastest;
    const jsonRatio = jsonTimes.loadProfile! / jsonTimes["JSON.parse + parseProfile"]!;
    const rows: Row[] = [
      {
        measure: `YAML: loadProfile ÷ the yaml library's fastest parse of the same text (${systems(yamlSystems)})`,
        result: `${ratio(yamlRatio)} (${us(yaml.loadProfile!, yamlSystems)} vs ${us(fastest, yamlSystems)} a system)`,
        target: "≤ 2×",
        met: verdict(yamlRatio <= 2, `${ratio(yamlRatio / 2)} over`),
      },
      {
        measure: `JSON: loadProfile ÷ JSON.parse + schema validation (${systems(jsonSystems)})`,
        result: `${ratio(jsonRatio)} (${us(jsonTimes.loadProfile!, jsonSystems)} vs ${us(jsonTimes["JSON.parse + parseProfile"]!, jsonSystems)}; ${ratio(jsonTimes.loadProfile! / jsonTimes["JSON.parse"]!)} JSON.parse alone)`,
        target: "≤ 1.5×",
        met: verdict(jsonRatio <= 1.5, `${ratio(jsonRatio / 1.5)} over`),
      },
    ];
    return { rows, raw: { yaml: { systems: yamlSystems, medianMsPerCall: yaml }, json: { systems: jsonSystems, medianMsPerCall: jsonTimes } } };
  },
};
