/** Small hand-made briefs for the quote core tests (plain data, as the parser produces it). */
import type { Brief, HistEvent } from "../../../src/core/model";

export function ev(path: string, year: number, label: string, line = 1, month?: number): HistEvent {
	return {
		id: `e-${path}-${line}`,
		briefPath: path,
		date: {
			start: { year, month },
			end: { year, month },
			precision: month ? "month" : "year",
			approximate: false,
			text: label,
			label,
		},
		text: label,
		source: { path, line },
	};
}

export function brief(path: string, title: string, quotes: [string, string?][], extra: Partial<Brief> = {}): Brief {
	const course = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	return {
		path,
		id: path,
		title,
		publish: true,
		hidden: false,
		course,
		tags: [],
		sections: [],
		events: [],
		facts: [],
		themes: [],
		links: [],
		problems: [],
		...extra,
		quotes: quotes.map(([text, speaker], i) => ({
			id: `q${i}`,
			briefPath: path,
			text,
			speaker,
			section: "Key Quotes",
			source: { path, line: 10 + i },
		})),
	};
}

export const BRIEFS: Brief[] = [
	brief(
		"History/Russia/Soviet.md",
		"Recognition of the Soviet Union, 1933",
		[["The purges horrified diplomats."], ["Recognition would serve U.S. interests.", "Franklin D. Roosevelt"]],
		{
			events: [ev("History/Russia/Soviet.md", 1933, "1933", 3), ev("History/Russia/Soviet.md", 1917, "1917", 9)],
			tags: ["history/russia"],
		},
	),
	brief(
		"History/Ancient/Rome.md",
		"Fall of the Republic",
		[
			["Alea iacta est.", "Julius Caesar"],
			["O tempora, o mores!", "Cicero"],
		],
		{
			events: [ev("History/Ancient/Rome.md", -43, "44 BC", 2), ev("History/Ancient/Rome.md", -48, "49 BC", 5)],
			tags: ["ancient"],
		},
	),
	brief("Economics/Rome.md", "Roman coinage", [["Money is the sinews of war.", "Cicero"]], {
		publish: false,
		tags: ["economics"],
	}),
	brief("Top.md", "A brief at the root", [["Émile's café quote.", "Émile Zola"]], {
		events: [ev("Top.md", 1898, "Jan 1898", 1, 1)],
		tags: ["History"],
	}),
	brief("Empty.md", "No quotes here", []),
];
