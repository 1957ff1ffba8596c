import { describe, expect, it } from "vitest";
import { buildEntries, entryFilter, filterOptions, mainDate } from "../../../src/core/quotes/entries";
import { groupEntries, NO_SPEAKER, VAULT_ROOT } from "../../../src/core/quotes/group";
import { buildRows, placeEntries } from "../../../src/core/quotes/rows";
import { prepareNormalisedSearch } from "../../../src/core/quotes/search";
import { BRIEFS, ev } from "./fixtures";

const entries = buildEntries(BRIEFS);
const texts = (list: { quote: { text: string } }[]) => list.map((e) => e.quote.text);

describe("buildEntries", () => {
	it("one entry per quote, with brief title, course, main date and the shortest link", () => {
		expect(entries).toHaveLength(6);
		const soviet = entries[0];
		expect(soviet.briefTitle).toBe("Recognition of the Soviet Union, 1933");
		expect(soviet.course).toBe("History/Russia");
		expect(soviet.date).toEqual({ key: 19170000, label: "1917" });
		expect(soviet.linkText).toBe("Soviet");
		// Two files named Rome.md: the link needs the path.
		expect(entries.find((e) => e.briefPath === "Economics/Rome.md")!.linkText).toBe("Economics/Rome");
	});
	it("the search haystack covers text, speaker and brief title, normalised", () => {
		const zola = entries.find((e) => e.quote.speaker === "Émile Zola")!;
		expect(prepareNormalisedSearch("emiles cafe zola root")(zola.haystack)).toBe(true);
	});
	it("mainDate is the earliest event, BCE before CE; null without events", () => {
		expect(mainDate(BRIEFS[1])!.label).toBe("49 BC");
		expect(mainDate(BRIEFS[4])).toBeNull();
	});
	it("mainDate skips century mentions when the brief has a finer date", () => {
		const century = {
			...ev("a.md", 1901, "20th century", 30),
			date: { ...ev("a.md", 1901, "20th century").date, precision: "century" as const },
		};
		expect(mainDate({ events: [ev("a.md", 1933, "1933", 3), century] })!.label).toBe("1933");
		expect(mainDate({ events: [century] })!.label).toBe("20th century");
	});
});

describe("buildEntries cache", () => {
	it("reuses the entries of unchanged briefs and rebuilds changed ones, refreshing positions and links", () => {
		const cache = new WeakMap();
		const a = buildEntries(BRIEFS, cache);
		const changed = { ...BRIEFS[0], title: "Renamed" };
		const extra = {
			...BRIEFS[3],
			path: "Other/Top.md",
			quotes: BRIEFS[3].quotes.map((q) => ({ ...q, briefPath: "Other/Top.md" })),
		};
		const b = buildEntries([changed, ...BRIEFS.slice(1), extra], cache);
		expect(b[0]).not.toBe(a[0]);
		expect(b[0].briefTitle).toBe("Renamed");
		expect(b[2]).toBe(a[2]);
		expect(b.map((e) => e.index)).toEqual(b.map((_, i) => i));
		// "Top" is no longer unique: the reused entry's link now needs the path.
		expect(b.find((e) => e.briefPath === "Top.md")!.linkText).toBe("Top");
		expect(b.find((e) => e.briefPath === "Other/Top.md")!.linkText).toBe("Other/Top");
	});
});

describe("entryFilter", () => {
	it("publishes only by default, and can include or isolate unpublished briefs", () => {
		expect(entries.filter(entryFilter({}))).toHaveLength(5);
		expect(entries.filter(entryFilter({ publish: "all" }))).toHaveLength(6);
		expect(texts(entries.filter(entryFilter({ publish: "unpublished" })))).toEqual(["Money is the sinews of war."]);
	});
	it("filters by brief, course folder (and below), tag (nested, case-insensitive) and speaker", () => {
		expect(entries.filter(entryFilter({ brief: "History/Ancient/Rome.md" }))).toHaveLength(2);
		expect(entries.filter(entryFilter({ course: "History" }))).toHaveLength(4);
		expect(entries.filter(entryFilter({ course: "" }))).toHaveLength(1);
		expect(entries.filter(entryFilter({ tag: "history" }))).toHaveLength(3);
		expect(entries.filter(entryFilter({ tag: "#History/Russia" }))).toHaveLength(2);
		expect(texts(entries.filter(entryFilter({ speaker: "Cicero", publish: "all" })))).toEqual([
			"O tempora, o mores!",
			"Money is the sinews of war.",
		]);
	});
	it("filterOptions lists distinct values, sorted", () => {
		const o = filterOptions(entries);
		expect(o.courses).toEqual(["", "Economics", "History/Ancient", "History/Russia"]);
		expect(o.speakers).toEqual(["Cicero", "Émile Zola", "Franklin D. Roosevelt", "Julius Caesar"]);
		expect(o.briefs.map((b) => b.title)[0]).toBe("A brief at the root");
	});
});

describe("groupEntries", () => {
	const pub = entries.filter(entryFilter({}));
	it("groups by brief, briefs sorted by title", () => {
		const g = groupEntries(pub, "brief", "brief");
		expect(g.map((x) => x.label)).toEqual([
			"A brief at the root",
			"Fall of the Republic",
			"Recognition of the Soviet Union, 1933",
		]);
		expect(g[1].dateLabel).toBe("49 BC");
		expect(texts(g[1].entries)).toEqual(["Alea iacta est.", "O tempora, o mores!"]);
	});
	it("groups by brief sorted by date: BCE first, undated last", () => {
		const g = groupEntries([...pub, ...entries.filter((e) => !e.publish)], "brief", "date");
		expect(g.map((x) => x.label)).toEqual([
			"Fall of the Republic",
			"A brief at the root",
			"Recognition of the Soviet Union, 1933",
			"Roman coinage",
		]);
	});
	it("groups by course: vault root first, then alphabetical", () => {
		const g = groupEntries(entries, "course", "brief");
		expect(g.map((x) => x.label)).toEqual([VAULT_ROOT, "Economics", "History/Ancient", "History/Russia"]);
	});
	it("groups by speaker: alphabetical (accent-insensitive), unknown speaker last", () => {
		const g = groupEntries(pub, "speaker", "brief");
		expect(g.map((x) => x.label)).toEqual([
			"Cicero",
			"Émile Zola",
			"Franklin D. Roosevelt",
			"Julius Caesar",
			NO_SPEAKER,
		]);
	});
	it("sorts by speaker inside a group, quotes without a speaker last", () => {
		const g = groupEntries(pub, "course", "speaker");
		const russia = g.find((x) => x.key === "History/Russia")!;
		expect(russia.entries.map((e) => e.quote.speaker ?? null)).toEqual(["Franklin D. Roosevelt", null]);
	});
	it("is independent of the input order", () => {
		const a = groupEntries(pub, "speaker", "date").map((g) => [g.key, texts(g.entries)]);
		const b = groupEntries([...pub].reverse(), "speaker", "date").map((g) => [g.key, texts(g.entries)]);
		expect(b).toEqual(a);
	});
});

describe("buildRows", () => {
	const placed = placeEntries(groupEntries(entries.filter(entryFilter({})), "brief", "brief"));
	it("headers with counts, then cards; the quote of the day first", () => {
		const rows = buildRows(placed, { daily: placed[2].entry });
		expect(rows.map((r) => (r.kind === "header" ? `H:${r.label}:${r.count}` : "card"))).toEqual([
			"H:Quote of the day:1",
			"card",
			"H:A brief at the root:1",
			"card",
			"H:Fall of the Republic:2",
			"card",
			"card",
			"H:Recognition of the Soviet Union, 1933:2",
			"card",
			"card",
		]);
		expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
	});
	it("pins the active brief's quotes at the top and does not repeat them", () => {
		const rows = buildRows(placed, { pinnedPath: "History/Russia/Soviet.md" });
		expect(rows[0]).toMatchObject({ kind: "header", section: "pinned", count: 2 });
		expect(rows.filter((r) => r.kind === "card" && r.entry.briefPath === "History/Russia/Soviet.md")).toHaveLength(
			2,
		);
		expect(rows.filter((r) => r.kind === "header")).toHaveLength(3);
	});
});
