/**
 * Hand-built Brief objects (the seed brief as parseBrief should read it, two synthetic siblings with overlapping
 * years, a BCE brief, a recent-history brief and a tiny one) for quiz tests that must not depend on the parser.
 */
import type { Brief, Fact, HistDate, HistEvent, Precision, Quote } from "../../../src/core/model";

function date(year: number, text: string, precision: Precision = "year", month?: number, endYear?: number): HistDate {
	const start = month ? { year, month } : { year };
	const end = endYear !== undefined ? { year: endYear } : { ...start };
	const label = year <= 0 ? `${1 - year} BC` : text;
	return { start, end, precision, approximate: false, text, label };
}

interface BriefSpec {
	path: string;
	id?: string;
	title: string;
	events?: Array<[line: number, text: string, date: HistDate, label?: string]>;
	quotes?: Array<[line: number, text: string]>;
	facts?: Array<[line: number, term: string, definition: string]>;
	themes?: string[];
}

export function makeBrief(spec: BriefSpec): Brief {
	const path = spec.path;
	const events: HistEvent[] = (spec.events ?? []).map(([line, text, d, label], i) => ({
		id: `event:${d.start.year}:${i}`,
		briefPath: path,
		date: d,
		text,
		...(label ? { label } : {}),
		source: { path, line },
	}));
	const quotes: Quote[] = (spec.quotes ?? []).map(([line, text], i) => ({
		id: `quote:${i}`,
		briefPath: path,
		text,
		section: "Key Quotes",
		source: { path, line },
	}));
	const facts: Fact[] = (spec.facts ?? []).map(([line, term, definition], i) => ({
		id: `fact:${i}:${term.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
		briefPath: path,
		term,
		definition,
		source: { path, line },
	}));
	const course = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
	return {
		path,
		id: spec.id ?? path,
		title: spec.title,
		publish: true,
		hidden: false,
		course,
		tags: [],
		sections: [],
		events,
		quotes,
		facts,
		themes: spec.themes ?? [],
		links: [],
		problems: [],
	};
}

const SEED_PATH = "History/us-recognition-of-soviet-union-brief.md";

export const SEED: Brief = makeBrief({
	path: SEED_PATH,
	id: "/russian-history/russian-history-ii/russian-history-ii-us-recognition-of-soviet-union-brief/",
	title: "Recognition of the Soviet Union, 1933",
	themes: [
		"The complex and shifting relationship between the United States and the Soviet Union during the interwar period.",
		"President Franklin D. Roosevelt's decision to formally recognize the Soviet Union after nearly 16 years of non-recognition.",
		"The motivations and key players involved in the recognition process, including the Roosevelt-Litvinov agreements.",
		"The fragile and ultimately short-lived nature of the initial cooperation, marked by unfulfilled promises and the chilling reality of the Great Purges in the USSR.",
	],
	facts: [
		[
			19,
			"Background",
			"The U.S. severed diplomatic ties with Russia in 1917 following the Bolshevik Revolution. This non-recognition policy continued under successive administrations, despite significant trade relations.",
		],
		[
			20,
			"Reasons for Recognition",
			"President Roosevelt sought recognition to leverage Soviet influence against Japanese expansionism in Asia, boost American commerce during the Great Depression, and bring the U.S. in line with other major powers who already recognized the USSR.",
		],
		[
			21,
			"The Roosevelt-Litvinov Conversations",
			"These negotiations in November 1933 addressed key obstacles to recognition, including outstanding Soviet debt to the U.S., restrictions on American citizens in the USSR, and Soviet involvement in Communist activities within the U.S.",
		],
		[
			22,
			'"Gentleman\'s Agreement"',
			"The resulting agreement saw the Soviets promise future debt negotiations, non-interference in U.S. domestic affairs, and granting religious and legal rights to American citizens in the USSR.",
		],
		[
			23,
			"Ambassador Bullitt's Disillusionment",
			'The initial optimism faded quickly as debt agreements faltered, evidence of Soviet interference emerged, and the brutal "Great Purges" commenced in the USSR.',
		],
		[
			24,
			"Deteriorating Relations",
			"Despite attempts to improve relations, U.S.-Soviet ties further deteriorated, culminating in the Molotov-Ribbentrop Pact between the USSR and Nazi Germany in 1939.",
		],
	],
	quotes: [
		[
			28,
			"Roosevelt hoped that recognition of the Soviet Union would serve U.S. strategic interests by limiting Japanese expansionism in Asia, and he believed that full diplomatic recognition would serve American commercial interests in the Soviet Union.",
		],
		[
			29,
			"According to the terms of the Roosevelt-Litvinov agreements, the Soviets pledged to participate in future talks to settle their outstanding financial debt to the United States...Roosevelt also managed to secure guarantees that the Soviet Government would refrain from interfering in American domestic affairs...and would grant certain religious and legal rights for U.S. citizens living in the Soviet Union.",
		],
		[
			30,
			"The wide scope and public nature of the purges horrified both American diplomatic personnel stationed in the Soviet Union, and the world at large.",
		],
	],
	events: [
		[
			19,
			"The U.S. severed diplomatic ties with Russia in 1917 following the Bolshevik Revolution.",
			date(1917, "1917"),
			"Background",
		],
		[
			21,
			"These negotiations in November 1933 addressed key obstacles to recognition, including outstanding Soviet debt to the U.S.",
			date(1933, "November 1933", "month", 11),
			"The Roosevelt-Litvinov Conversations",
		],
		[
			24,
			"Despite attempts to improve relations, U.S.-Soviet ties further deteriorated, culminating in the Molotov-Ribbentrop Pact between the USSR and Nazi Germany in 1939.",
			date(1939, "1939"),
			"Deteriorating Relations",
		],
		[
			34,
			"The U.S. recognition of the Soviet Union in 1933, while initially promising, ultimately failed to deliver lasting cooperation.",
			date(1933, "1933"),
		],
	],
});

export const SIBLING_A: Brief = makeBrief({
	path: "History/russian-revolution-brief.md",
	title: "The Russian Revolution, 1917",
	facts: [
		[
			10,
			"February Revolution",
			"Mass strikes and mutinies in Petrograd forced Tsar Nicholas II to abdicate, ending three centuries of Romanov rule.",
		],
		[
			11,
			"Provisional Government",
			"A liberal cabinet led first by Prince Lvov and then by Alexander Kerensky that kept Russia in the war.",
		],
		[
			12,
			"Union of Soviet Socialist Republics (USSR)",
			"The federal socialist state formed in December 1922 from the Russian, Ukrainian, Belarusian and Transcaucasian republics.",
		],
		[
			13,
			"War Communism",
			"The emergency economic policy of requisitioning grain and nationalising industry during the civil war.",
		],
	],
	quotes: [[20, "Peace, land and bread was the slogan that carried the Bolsheviks to power in the autumn."]],
	events: [
		[5, "Nicholas II abdicated in March 1917 after the February Revolution.", date(1917, "March 1917", "month", 3)],
		[6, "The Treaty of Brest-Litovsk took Russia out of the war in 1918.", date(1918, "1918")],
		[7, "The civil war ended in the Bolshevik victory of 1922.", date(1922, "1922")],
		[
			8,
			"Lenin died in January 1924 and Stalin began to consolidate power.",
			date(1924, "January 1924", "month", 1),
		],
	],
});

export const SIBLING_B: Brief = makeBrief({
	path: "History/nazi-soviet-pact-brief.md",
	title: "The Nazi-Soviet Pact, 1939",
	facts: [
		[
			10,
			"Secret Protocol",
			"An annex dividing Eastern Europe into German and Soviet spheres of influence, denied by Moscow for decades.",
		],
		[
			11,
			"Appeasement",
			"The British and French policy of conceding to German demands in the hope of avoiding a general war.",
		],
	],
	quotes: [
		[
			20,
			"Stalin remarked to Ribbentrop that he could guarantee, on his word of honour, that the Soviet Union would not betray its partner.",
		],
	],
	events: [
		[
			5,
			"The Munich Agreement of September 1938 ceded the Sudetenland to Germany.",
			date(1938, "September 1938", "month", 9),
		],
		[
			6,
			"Germany invaded Poland on 1 September 1939, starting the war in Europe.",
			date(1939, "1 September 1939", "day", 9),
		],
		[7, "Operation Barbarossa broke the pact in June 1941.", date(1941, "June 1941", "month", 6)],
	],
});

export const BCE: Brief = makeBrief({
	path: "Ancient/late-republic.md",
	title: "The End of the Roman Republic",
	facts: [
		[3, "First Triumvirate", "An informal alliance of Caesar, Pompey and Crassus that dominated Roman politics."],
		[4, "Rubicon", "The river Caesar crossed with his legion, an act of war against the Senate."],
		[
			5,
			"Ides of March",
			"The day the conspirators led by Brutus and Cassius stabbed Caesar in the Theatre of Pompey.",
		],
	],
	events: [
		[8, "Caesar crossed the Rubicon in 49 BC and started a civil war.", date(-48, "49 BC")],
		[9, "Caesar was assassinated in 44 BC by a group of senators.", date(-43, "44 BC")],
		[10, "Octavian defeated Antony and Cleopatra at Actium in 31 BC.", date(-30, "31 BC")],
		[11, "The Senate granted Octavian the name Augustus in 27 BC.", date(-26, "27 BC")],
		[12, "Augustus died in AD 14 at Nola.", date(14, "AD 14")],
	],
});

export const RECENT: Brief = makeBrief({
	path: "Now/recent.md",
	title: "Recent events",
	events: [
		[3, "The treaty was signed in 2024 by all parties at the summit.", date(2024, "2024")],
		[4, "A follow-up conference took place in 2025 in the capital city.", date(2025, "2025")],
		[5, "A review is planned for 2030 by the organising committee.", date(2030, "2030")],
	],
});

export const TINY: Brief = makeBrief({
	path: "Misc/tiny.md",
	title: "Tiny",
	quotes: [[2, "Short."]],
});

export const EMPTY: Brief = makeBrief({ path: "Misc/empty.md", title: "Empty" });

export const ALL_FIXTURES: Brief[] = [SEED, SIBLING_A, SIBLING_B, BCE, RECENT, TINY, EMPTY];

export const TODAY = { year: 2026, month: 11, day: 28 };
