import type { Pack, SystemMemo } from "../core/pack.js";
import type { Practices, System } from "../practices/schema.js";
import type { SourceMap } from "../practices/source-map.js";

/*
 * What one pack found for one system, kept between audits of profiles that share system objects.
 * The remediation plan re-audits the profile once per measure, and a measure changes only the systems
 * it is aimed at (the others are the same objects: src/packs/bipa/plan/measures.ts), so most of each
 * re-audit would recompute what the previous one found. A system's outcome depends only on the
 * system, its position, the organization and the audit's settings (no system rule reads another
 * system: tests/engine/system-cache.test.ts checks a cached audit against a fresh one), so an entry is
 * used only when all of them are the same as when it was stored.
 */

/** The settings every per-system outcome depends on besides the system itself. */
export interface CacheScope {
  asOf: string;
  assumptions: Readonly<Record<string, unknown>> | undefined;
  settings: Readonly<Record<string, unknown>>;
  sourceMap: SourceMap | undefined;
}

interface Entry {
  index: number;
  organization: Practices["organization"];
  value: unknown;
}

/**
 * A cache of per-system outcomes for a run of audits with the same settings. Pass one instance to
 * every audit of the run (`AuditOptions.cache`); an audit with other settings empties it first.
 * @internal The plan's; not part of the library's API.
 */
export class SystemCache {
  #extend: boolean;
  #scope: string | undefined;
  #sourceMap: SourceMap | undefined;
  #byKind = new Map<string, WeakMap<Pack, WeakMap<System, Entry>>>();

  constructor(options: { extend?: boolean } = {}) {
    this.#extend = options.extend ?? true;
  }

  /**
   * Whether audits run with this cache add the packs' report fields (`extend`). The plan's re-audits
   * read findings, applicability and rules only, so it turns them off: each would recompute the Sec. 20
   * estimate for nothing.
   */
  get extend(): boolean {
    return this.#extend;
  }

  /** Starts an audit: entries stored under other settings are dropped. */
  begin(scope: CacheScope): void {
    const key = JSON.stringify([scope.asOf, scope.assumptions ?? null, scope.settings]);
    if (key === this.#scope && scope.sourceMap === this.#sourceMap) return;
    this.#scope = key;
    this.#sourceMap = scope.sourceMap;
    this.#byKind = new Map();
  }

  /** The stored outcome of `kind` (an evaluation step) for this pack and system, or computes and stores it. */
  get<T>(kind: string, pack: Pack, system: System, index: number, organization: Practices["organization"], compute: () => T, valid?: (stored: T) => boolean): T {
    let packs = this.#byKind.get(kind);
    if (!packs) this.#byKind.set(kind, (packs = new WeakMap()));
    let systems = packs.get(pack);
    if (!systems) packs.set(pack, (systems = new WeakMap()));
    const entry = systems.get(system);
    if (entry && entry.index === index && entry.organization === organization && (!valid || valid(entry.value as T))) return entry.value as T;
    const value = compute();
    systems.set(system, { index, organization, value });
    return value;
  }

  /** The cache as one pack's hooks use it, for one organization. */
  memo(pack: Pack, organization: Practices["organization"]): SystemMemo {
    return (kind, system, index, compute, valid) => this.get(kind, pack, system, index, organization, compute, valid);
  }
}
