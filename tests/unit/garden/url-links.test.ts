import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
	classifyLinks,
	countByStatus,
	embedTargets,
	gardenUrl,
	makeResolver,
	gardenSlug,
	slugPath,
	unpublishedTargets,
} from "../../../src/core/garden";
import { OWN_SEED_BRIEF } from "../../fixtures/paths";
import { brief, link, note, resolverFor, smallVault } from "./fixtures";

/** Where the own seed-format brief would sit in a vault; its permalink is what Digital Garden makes of that path. */
const SEED_VAULT_PATH = "Study Group/Modern History/Cold War/Cold War I/Cold War I - Marshall Plan Brief.md";

function seedPermalink(): string {
	const text = readFileSync(OWN_SEED_BRIEF, "utf8");
	const json = text.split("\n")[1];
	return (JSON.parse(json) as { permalink: string }).permalink;
}

describe("gardenUrl", () => {
	// The real seed's permalink, as Digital Garden wrote it: tests/shared/garden-permalink.test.ts.
	it("slugifies a seed-format brief's file name and vault path the way Digital Garden does", () => {
		expect(gardenSlug("Cold War I - Marshall Plan Brief")).toBe("cold-war-i-marshall-plan-brief");
		expect(slugPath(SEED_VAULT_PATH)).toBe(seedPermalink());
		expect(gardenUrl({}, "https://garden.example.org/", SEED_VAULT_PATH)).toBe(
			`https://garden.example.org${seedPermalink()}`,
		);
	});

	it("uses the brief's permalink when it has one", () => {
		const permalink = seedPermalink();
		expect(gardenUrl({ permalink }, "garden.example.org", "anything.md")).toBe(
			`https://garden.example.org${permalink}`,
		);
	});

	it("sanitises dg-permalink, honours dg-home, works without a base URL", () => {
		expect(gardenUrl({ permalink: "study/rome" }, "https://g.org", "x.md")).toBe("https://g.org/study/rome/");
		expect(gardenUrl({ permalink: "/study//rome/" }, "", "x.md")).toBe("/study/rome/");
		expect(gardenUrl({ home: true, permalink: "/x/" }, "https://g.org/", "Home.md")).toBe("https://g.org/");
	});

	it("gardenSlug v1 basics: diacritics, &, camelCase, punctuation, trimming", () => {
		expect(gardenSlug("Café Crème & Brûlée")).toBe("cafe-creme-and-brulee");
		expect(gardenSlug("Straße über Ørsted")).toBe("strasse-ueber-orsted");
		expect(gardenSlug("  --Hello, World!--  ")).toBe("hello-world");
		expect(gardenSlug("fooBar iPhone")).toBe("foo-bar-i-phone");
		expect(gardenSlug("44 BC: The Ides of March")).toBe("44-bc-the-ides-of-march");
		expect(slugPath("Folder.v2/Note.name.md")).toBe("/folder-v2/note-name/");
	});
});

describe("classifyLinks", () => {
	it("classifies published, unpublished, embedded-unpublished, hidden and missing links", () => {
		const v = smallVault();
		const reports = classifyLinks(v.rome, v.notes, v.resolve);
		expect(reports.map((r) => [r.link.target, r.status, r.path])).toEqual([
			["Private diary", "unpublished", "Private diary.md"],
			["Secret plans", "embedded-unpublished", "Secret plans.md"],
			["Glossary", "hidden", "Glossary.md"],
			["Nowhere", "missing", null],
		]);
		expect(unpublishedTargets(reports)).toEqual(["Private diary.md", "Secret plans.md"]);
		expect(countByStatus(reports)).toEqual({
			published: 0,
			unpublished: 1,
			missing: 1,
			"embedded-unpublished": 1,
			hidden: 1,
		});
	});

	it("a published embed, an attachment, a self link and a throwing resolver", () => {
		const notes = [note("A.md", true), note("B.md", true)];
		const b = brief("A.md", { links: [link("B", true), link("pic.png", true), link(""), link("A")] });
		const resolve = (t: string) => (t === "pic.png" ? "pic.png" : resolverFor(["A.md", "B.md"])(t, "A.md"));
		const r = classifyLinks(b, notes, resolve);
		expect(r.map((x) => [x.link.target, x.status, !!x.attachment])).toEqual([
			["B", "published", false],
			["pic.png", "published", true],
		]);
		const boom = () => {
			throw new Error("bad");
		};
		expect(classifyLinks(brief("A.md", { links: [link("B")] }), notes, boom)[0].status).toBe("missing");
	});

	it("follows embeds of embeds (published or not) down to Digital Garden's depth of four", () => {
		const notes = [
			note("B.md", true),
			note("P1.md", true),
			note("P2.md", true),
			note("U1.md", false),
			note("U2.md", false),
			note("U3.md", false),
		];
		const embeds: Record<string, string[]> = {
			"P1.md": ["U1", "P2#Part", "P1"],
			"P2.md": ["U2", "P3"],
			"P3.md": ["U3"],
			"U1.md": ["U3"],
		};
		notes.push(note("P3.md", true));
		const resolve = makeResolver(notes.map((n) => n.path));
		const b = brief("B.md", { links: [link("P1", true), link("P1")] });
		const r = classifyLinks(b, notes, resolve, (p) => embeds[p] ?? []);
		expect(r.map((x) => [x.link.embed, x.path, x.status, x.via?.join(">")])).toEqual([
			[true, "P1.md", "published", undefined],
			[true, "U1.md", "embedded-unpublished", "P1.md"],
			[true, "U3.md", "embedded-unpublished", "P1.md>U1.md"],
			[true, "U2.md", "embedded-unpublished", "P1.md>P2.md"],
			[false, "P1.md", "published", undefined],
		]);
		expect(unpublishedTargets(r)).toEqual(["U1.md", "U3.md", "U2.md"]);
		// an unpublished embed is inlined with its own embeds
		const r3 = classifyLinks(brief("B.md", { links: [link("U1", true)] }), notes, resolve, (p) => embeds[p] ?? []);
		expect(r3.map((x) => [x.path, x.status, x.via?.join(">")])).toEqual([
			["U1.md", "embedded-unpublished", undefined],
			["U3.md", "embedded-unpublished", "U1.md"],
		]);
		// a fifth level is beyond Digital Garden's depth
		const deep: Record<string, string[]> = { "P1.md": ["P2"], "P2.md": ["P3"], "P3.md": ["P4"], "P4.md": ["U1"] };
		const notes2 = [...notes, note("P4.md", true)];
		const r2 = classifyLinks(
			brief("B.md", { links: [link("P1", true)] }),
			notes2,
			makeResolver(notes2.map((n) => n.path)),
			(p) => deep[p] ?? [],
		);
		expect(r2.map((x) => x.status)).toEqual(["published"]);
	});

	it("embedTargets reads wiki and Markdown embeds, not links or URLs", () => {
		expect(embedTargets("![[A]] [[B]] ![[C#h|x]] ![i](D%20E.md) ![w](https://e.org/x.png) [l](F.md)")).toEqual([
			"A",
			"C",
			"D E.md",
		]);
	});
});
