import { describe, expect, it } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import type { DateReader, FindDatesOptions } from "../../../src/core/dates/types";
import { createDateReader } from "../../../src/core/dates";
import { langRoleOf } from "../../../src/core/lang/sections";

const FR = `---
dg-publish: true
---
# La Première Guerre mondiale

La guerre oppose la Triple-Entente et les Empires centraux de 1914 à 1918, et elle fait des millions de morts.

## Citations clés
- « Ils ne passeront pas ! » — Robert Nivelle
- Clemenceau : « Je fais la guerre, toujours la guerre, rien que la guerre. »

## Faits clés
- **Verdun :** la plus longue bataille de la guerre, sur la Meuse.
- **Union sacrée :** l'alliance des partis français pendant la guerre.

## Thèmes
- La guerre totale
`;

const DE = `# Der Erste Weltkrieg

Der Krieg begann im Jahr 1914 und endete mit dem Waffenstillstand von Compiègne.

## Zitate
- „Die Lampen gehen in ganz Europa aus, wir werden sie in unserem Leben nicht mehr leuchten sehen.“ — Edward Grey

## Wichtige Fakten
- **Schlieffen-Plan:** der deutsche Aufmarschplan für einen Zweifrontenkrieg.

Kaiser Wilhelm II. sagte: „Ich kenne keine Parteien mehr, ich kenne nur noch Deutsche.“
`;

const ES = `# La Guerra Civil

La guerra enfrentó a los republicanos y a los sublevados y fue una de las más duras del siglo.

## Citas
- «No pasarán» es el lema de la defensa de Madrid, que dijo Dolores Ibárruri en la radio.

Azaña dijo: «Paz, piedad, perdón para todos los españoles de buena voluntad.»
`;

describe("section titles in fr, de, es, pt, it", () => {
	it.each([
		["citations clés", "quotes"],
		["Citations", "quotes"],
		["zitate", "quotes"],
		["citas", "quotes"],
		["citações", "quotes"],
		["citazioni", "quotes"],
		["faits clés", "facts"],
		["chronologie", "facts"],
		["dates clés", "facts"],
		["wichtige fakten", "facts"],
		["zeittafel", "facts"],
		["datos clave", "facts"],
		["cronología", "facts"],
		["factos-chave", "facts"],
		["fatti chiave", "facts"],
		["thèmes", "themes"],
		["themen", "themes"],
		["temas", "themes"],
		["temi", "themes"],
		["quellen", "source"],
		["bibliographie", "source"],
		["fuentes", "source"],
		["fonti", "source"],
		["fazit", "conclusion"],
		["la révolution", "other"],
		["definitions", "other"],
	])("%s -> %s", (title, role) => {
		expect(langRoleOf(title)).toBe(role);
	});
});

describe("a French brief", () => {
	const b = parseBrief({ path: "Histoire/PGM.md", text: FR });
	it("is French (detected), with its sections' roles", () => {
		expect(b.lang).toBe("fr");
		expect(b.sections.map((s) => s.role)).toEqual(["other", "quotes", "facts", "themes"]);
	});
	it("reads « » quotes with their speakers", () => {
		expect(b.quotes.map((q) => [q.text, q.speaker])).toEqual([
			["Ils ne passeront pas !", "Robert Nivelle"],
			["Je fais la guerre, toujours la guerre, rien que la guerre.", "Clemenceau"],
		]);
	});
	it("reads its facts and themes", () => {
		expect(b.facts.map((f) => f.term)).toEqual(["Verdun", "Union sacrée"]);
		expect(b.themes).toEqual(["La guerre totale"]);
	});
	it("front-matter lang wins over the text; a fixed setting over detection", () => {
		expect(
			parseBrief({ path: "a.md", text: FR.replace("dg-publish: true", "dg-publish: true\nlang: de") }).lang,
		).toBe("de");
		expect(parseBrief({ path: "a.md", text: FR }, { lang: "it" }).lang).toBe("it");
		expect(
			parseBrief({
				path: "a.md",
				text: "# The war\n\nThe war began in 1914 and it was fought by the great powers of Europe.",
			}).lang,
		).toBeUndefined();
	});
});

describe("German and Spanish briefs", () => {
	it("„…“ quotes, Zitate, and a speaker who sagte", () => {
		const b = parseBrief({ path: "WK1.md", text: DE });
		expect(b.lang).toBe("de");
		expect(b.quotes.map((q) => [q.text.slice(0, 22), q.speaker])).toEqual([
			["Die Lampen gehen in ga", "Edward Grey"],
			["Ich kenne keine Partei", "Kaiser Wilhelm II"],
		]);
		expect(b.facts.map((f) => f.term)).toEqual(["Schlieffen-Plan"]);
	});
	it("«…» quotes and a speaker who dijo", () => {
		const b = parseBrief({ path: "GC.md", text: ES });
		expect(b.lang).toBe("es");
		expect(b.quotes.map((q) => q.speaker)).toContain("Azaña");
	});
	it("»…« and ‹…› marks, and ‚…‘", () => {
		const b = parseBrief({
			path: "x.md",
			text: "# X\n\n## Zitate\n- »Wir sind ein Volk und wollen es bleiben, sagten sie.« — Demonstranten\n- ‹Le roi est mort, vive le roi, dit-on alors.› — Proclamation\n",
		});
		expect(b.quotes.map((q) => [q.text.slice(0, 12), q.speaker])).toEqual([
			["Wir sind ein", "Demonstranten"],
			["Le roi est m", "Proclamation"],
		]);
	});
});

describe("the date reader gets the note's and each sentence's language", () => {
	function recording(): {
		make: (o?: FindDatesOptions) => DateReader;
		langs: (string | undefined)[];
		reads: [string | undefined, string][];
	} {
		const langs: (string | undefined)[] = [];
		const reads: [string | undefined, string][] = [];
		const make = (o?: FindDatesOptions): DateReader => {
			const inner = createDateReader(o);
			langs.push(o?.lang);
			return {
				read: (s) => {
					reads.push([o?.lang, s]);
					return inner.read(s);
				},
				section: (y, f) => inner.section?.(y, f),
				get anchorYear() {
					return inner.anchorYear;
				},
			};
		};
		return { make, langs, reads };
	}
	it("a French note: lang fr; an English speech inside it: no lang (English)", () => {
		const r = recording();
		const text = `${FR}\n## Discours\n\nLe 4 juin 1940, Churchill prononce un discours devant les députés de la Chambre.\n\nWe shall fight on the beaches, we shall fight on the landing grounds, and we shall never surrender.\n`;
		parseBrief({ path: "a.md", text }, { createDateReader: r.make });
		expect(r.langs[0]).toBe("fr");
		expect(r.reads.find(([, s]) => s.startsWith("Le 4 juin"))?.[0]).toBe("fr");
		expect(r.reads.find(([, s]) => s.startsWith("We shall fight"))?.[0]).toBeUndefined();
	});
	it("an English note: the reader gets no lang at all", () => {
		const r = recording();
		parseBrief(
			{
				path: "a.md",
				text: "# The war\n\nThe war began in 1914 and it was fought by the great powers of Europe.\n",
			},
			{ createDateReader: r.make },
		);
		expect(r.langs).toEqual([undefined]);
	});
});
