import { describe, expect, it } from "vitest";
import { parseProfile } from "../../src/practices/load.js";
import { captureIn, inArea, peopleCountIn, peopleIn, premisesPresence, presence, subjectPlaces } from "../../src/practices/places.js";
import type { System } from "../../src/practices/schema.js";

// The shared reading of where a system's people and capture are (issue 11 point 2: one profile, facts
// not statutes; bipa-reference.md §5.8). Every pack's reach starts here.

function system(patch: Record<string, unknown>): System {
  const parsed = parseProfile({
    version: 1,
    organization: { name: "Acme", entityType: "private-entity" },
    systems: [{ id: "s", name: "Door reader", modalities: ["fingerprint"], ...patch }],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.profile.systems[0]!;
}

const TEXAS = { code: "US-TX", name: "Texas" };
const NYC = { code: "US-NY/new-york-city", name: "New York City" };

describe("place codes", () => {
  it("a state holds its cities, a country its subdivisions and cities; nothing else", () => {
    expect(inArea("US-TX", "US-TX")).toBe(true);
    expect(inArea("US-TX/austin", "US-TX")).toBe(true);
    expect(inArea("FR-75", "FR")).toBe(true);
    expect(inArea("FR/paris", "FR")).toBe(true);
    expect(inArea("US-TXX", "US-TX")).toBe(false);
    expect(inArea("US-NY", "US-NY/new-york-city")).toBe(false);
    expect(inArea("US", "US-TX")).toBe(false);
  });
});

describe("where people live", () => {
  it("people listed in the territory: yes, with their count", () => {
    const s = system({ places: { subjects: [{ place: "US-TX/houston", count: 30 }, { place: "US-TX", count: { atLeast: 5, atMost: 10 } }] } });
    expect(peopleIn(s, "US-TX")).toMatchObject({ answer: "yes", bounds: { low: 35, high: 40 } });
  });

  it("an incomplete list without the territory says nothing; a complete one says nobody", () => {
    expect(peopleIn(system({ places: { subjects: [{ place: "US-WA", count: 3 }] } }), "US-TX").answer).toBe("unknown");
    expect(peopleIn(system({ places: { subjects: [{ place: "US-WA", count: 3 }], complete: true } }), "US-TX")).toMatchObject({ answer: "no", bounds: { low: 0, high: 0 } });
  });

  it("the Illinois facts fill in when places lists nobody: an Illinois share of 1 means nobody lives elsewhere", () => {
    const s = system({ subjects: [{ population: "employees", count: 240, illinoisCount: 240 }], illinoisNexus: { illinoisSubjectShare: 1 } });
    expect(subjectPlaces(s)).toEqual({ entries: [{ place: "US-IL", count: 240 }], complete: true, derived: true });
    expect(peopleIn(s, "US-TX").answer).toBe("no");
    expect(peopleIn(s, "US-IL").answer).toBe("yes");
  });

  it("a share below 1 or an unknown count derives nothing", () => {
    expect(subjectPlaces(system({ illinoisNexus: { illinoisSubjectShare: 0.5 } })).entries).toEqual([]);
    expect(subjectPlaces(system({ subjects: [{ population: "employees", count: "unknown", illinoisCount: "unknown" }] })).complete).toBe(false);
  });
});

describe("where capture happens", () => {
  it("the coded list decides; else capture listed only in Illinois", () => {
    expect(captureIn(system({ places: { capture: ["US-TX"] } }), "US-TX")).toBe("yes");
    expect(captureIn(system({ places: { capture: ["US-IL"] } }), "US-TX")).toBe("no");
    expect(captureIn(system({ illinoisNexus: { captureInIllinois: true, captureLocations: ["Illinois"] } }), "US-TX")).toBe("no");
    expect(captureIn(system({ illinoisNexus: { captureLocations: ["Illinois", "Indiana"] } }), "US-TX")).toBe("unknown");
    expect(captureIn(system({}), "US-TX")).toBe("unknown");
  });
});

describe("presence in a territory (people or capture)", () => {
  it("people there, or capture there, is presence", () => {
    expect(presence(system({ places: { subjects: [{ place: "US-TX", count: 1 }] } }), TEXAS)).toMatchObject({ status: "yes", evidence: ["/places/subjects/0/count"] });
    expect(presence(system({ places: { capture: ["US-TX/austin"] } }), TEXAS)).toMatchObject({ status: "yes", evidence: ["/places/capture"] });
  });

  it("out only when both are known to be absent, and the reason says where they are", () => {
    const out = presence(system({ places: { subjects: [{ place: "US-IL", count: 9 }], complete: true, capture: ["US-IL"] } }), TEXAS);
    expect(out.status).toBe("no");
    expect(out.reasons[0]).toBe("Door reader has no people in Texas and captures nothing there (people: US-IL; capture: US-IL).");
  });

  it("an Illinois-only system stated with the Illinois facts is out of Texas, and says so", () => {
    const s = system({ subjects: [{ population: "employees", count: 240, illinoisCount: 240 }], illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: true, captureLocations: ["Illinois"] } });
    const out = presence(s, TEXAS);
    expect(out.status).toBe("no");
    expect(out.reasons[0]).toContain("from the Illinois facts");
    expect(out.evidence).toEqual(["/illinoisNexus/illinoisSubjectShare", "/illinoisNexus/captureLocations"]);
  });

  it("otherwise unknown, naming the fields", () => {
    const out = presence(system({ places: { capture: ["US-IL"] } }), TEXAS);
    expect(out).toMatchObject({ status: "unknown", evidence: ["/places/subjects"] });
    expect(out.reasons[0]).toContain("(places.subjects)");
  });
});

describe("presence at premises (a city's stores)", () => {
  it("capture decides, whatever the residence: a New Jersey store serving New Yorkers is outside the city", () => {
    const s = system({ places: { subjects: [{ place: "US-NY/new-york-city", count: 500 }], capture: ["US-NJ"] } });
    expect(premisesPresence(s, NYC)).toMatchObject({ status: "no" });
    expect(presence(s, NYC).status).toBe("yes"); // residence-based reach differs, on purpose
  });

  it("capture not stated: people served in the city bring it in; else unknown", () => {
    expect(premisesPresence(system({ places: { subjects: [{ place: "US-NY/new-york-city", count: 5 }] } }), NYC).status).toBe("yes");
    expect(premisesPresence(system({}), NYC)).toMatchObject({ status: "unknown", evidence: ["/places/capture"] });
  });
});

describe("people counted in a territory", () => {
  it("the entries, or every group when all capture is there (3 + 4 = 7), or undefined", () => {
    expect(peopleCountIn(system({ places: { subjects: [{ place: "US-CO", count: 12 }] } }), "US-CO")).toEqual({ low: 12, high: 12 });
    const allHere = system({ subjects: [{ population: "employees", count: 3 }, { population: "visitors", count: 4 }], places: { capture: ["US-CO/denver"] } });
    expect(peopleCountIn(allHere, "US-CO")).toEqual({ low: 7, high: 7 });
    expect(peopleCountIn(system({ places: { capture: ["US-CO", "US-TX"] } }), "US-CO")).toBeUndefined();
  });
});
