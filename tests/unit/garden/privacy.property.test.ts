/**
 * Property: over random vaults mixing published and unpublished notes (linked, embedded, markdown-linked),
 * the generated pages never contain a word of an unpublished note, and every link in them resolves to a
 * published note or another generated page.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildGardenPages, planWrites } from "../../../src/core/garden";
import type { Brief } from "../../../src/core/model";
import type { Question } from "../../../src/core/quiz/types";
import { brief, date, event, note, quote, resolverFor } from "./fixtures";
import { fuzzParams } from "../../support/fuzz";

const SAFE = ["treaty", "war", "king", "river", "senate", "empire", "trade", "plague", "revolt", "council"];
const safeWord = fc.constantFrom(...SAFE);
const marker = fc.stringMatching(/^[A-Z]{6}$/).map((s) => `ZZ${s}`);
const sentence = fc.array(safeWord, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));

interface NoteSpec {
	publish: boolean;
	hidden: boolean;
	isBrief: boolean;
	marker: string;
	years: number[];
	words: string[];
	links: { to: number; embed: boolean; style: "wiki" | "alias" | "md" | "heading" }[];
	speaker: string;
}

const noteSpec = fc.record({
	publish: fc.boolean(),
	hidden: fc.boolean(),
	isBrief: fc.boolean(),
	marker,
	years: fc.array(fc.integer({ min: -800, max: 2020 }), { minLength: 1, maxLength: 4 }),
	words: fc.array(sentence, { minLength: 1, maxLength: 4 }),
	links: fc.array(
		fc.record({
			to: fc.nat(20),
			embed: fc.boolean(),
			style: fc.constantFrom("wiki" as const, "alias" as const, "md" as const, "heading" as const),
		}),
		{ maxLength: 4 },
	),
	speaker: safeWord,
});

function linkText(target: string, l: NoteSpec["links"][number]): string {
	const bang = l.embed ? "!" : "";
	if (l.style === "md") return `${bang}[river](${encodeURI(target)}.md)`;
	if (l.style === "alias") return `${bang}[[${target}|senate]]`;
	if (l.style === "heading") return `${bang}[[${target}#war]]`;
	return `${bang}[[${target}]]`;
}

function makeVault(specs: NoteSpec[]) {
	const paths = specs.map((_, i) => `Course ${i % 3}/Note ${i}.md`);
	const notes = specs.map((s, i) => note(paths[i], s.publish, s.hidden));
	const briefs: Brief[] = [];
	specs.forEach((s, i) => {
		if (!s.isBrief) return;
		const p = paths[i];
		// The words of an unpublished note carry its marker; a published note's words are safe vocabulary.
		const words = s.words.map((w) => (s.publish ? w : `${w} ${s.marker}`));
		const links = s.links.map((l) => linkText(`Note ${l.to % specs.length}`, l)).join(" ");
		briefs.push(
			brief(p, {
				publish: s.publish,
				hidden: s.hidden,
				title: s.publish ? `Brief ${i}` : `Brief ${s.marker}`,
				events: s.years.map((y, k) =>
					event(p, date(y), `${words[k % words.length]} ${links}`, k === 0 ? words[0] : undefined),
				),
				quotes: words.map((w) => quote(p, `${w}\n${links}`, s.publish ? s.speaker : s.marker)),
			}),
		);
	});
	return { notes, briefs, resolve: resolverFor(paths), paths };
}

/** A quiz built from the brief and the siblings it is given, as the real generator does. */
function quizFor(b: Brief, siblings: Brief[]): Question[] {
	return b.events.slice(0, 3).map((e) => ({
		id: e.id,
		kind: "which-brief",
		prompt: `Which brief says "${e.text}"?`,
		options: siblings
			.map((s) => s.title)
			.concat(siblings.flatMap((s) => s.events.map((x) => x.text)))
			.slice(0, 8),
		answer: b.title,
		itemId: e.id,
		briefPath: b.path,
		source: e.source,
	}));
}

const WIKILINK = /\[\[([^\]]+)\]\]/g;

describe("garden privacy (property)", () => {
	it("no unpublished text, every link resolves to a published note; second run writes nothing", () => {
		fc.assert(
			fc.property(fc.array(noteSpec, { minLength: 1, maxLength: 12 }), fc.boolean(), (specs, mermaid) => {
				const v = makeVault(specs);
				const options = { folder: "Garden", publishKey: "dg-publish", mermaid, perCourse: true };
				const pages = buildGardenPages({
					briefs: v.briefs,
					notes: v.notes,
					resolveLink: v.resolve,
					options,
					quizFor,
				});
				const all = pages.map((p) => p.content).join("\n");
				for (const s of specs) if (!s.publish) expect(all).not.toContain(s.marker);
				const pagePaths = pages.map((p) => p.path);
				const resolveAll = resolverFor([...v.paths, ...pagePaths]);
				for (const m of all.matchAll(WIKILINK)) {
					const target = m[1].split(/\\?\|/)[0].split("#")[0];
					const path = resolveAll(target, "Garden/x.md");
					expect(path, `link [[${m[1]}]]`).not.toBeNull();
					const n = v.notes.find((x) => x.path === path);
					if (n) expect(n.publish, `link to ${path}`).toBe(true);
					else expect(pagePaths).toContain(path);
				}
				expect(all).not.toMatch(/!\[\[/);
				expect(all).not.toMatch(/\]\((?!https?:)/);
				const existing = new Map(pages.map((p) => [p.path, p.content] as [string, string]));
				const again = buildGardenPages({
					briefs: v.briefs,
					notes: v.notes,
					resolveLink: v.resolve,
					options,
					quizFor,
				});
				expect(planWrites(again, existing, "Garden").write).toEqual([]);
			}),
			fuzzParams(20261128, 200),
		);
	});
});
