/**
 * Term, match and true/false questions a teacher would sign (issue 18): the kind of a term, same-kind options
 * only, no question without 3 of them, true/false from the same brief, match from 4 real terms of the note.
 */
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { allQuestions } from "../../../src/core/quiz";
import { termClass } from "../../../src/core/quiz/gate-terms";
import { definitionHead, headingKind, headsClash } from "../../../src/core/quiz/term-kind";
import type { Question } from "../../../src/core/quiz/types";
import { gateQuestion } from "../../../src/core/quiz/gate";

const TODAY = { year: 2026, month: 12, day: 4 };

function brief(path: string, lines: string[]): Brief {
	return parseBrief({ path, text: ["---", "dg-publish: true", "---", ...lines].join("\n") });
}

function termQuestions(b: Brief, siblings: Brief[] = []): Question[] {
	const out: Question[] = [];
	for (let seed = 1; seed <= 6; seed++)
		for (const [kind, qs] of allQuestions(b, { seed, today: TODAY, siblings }))
			if (kind === "term-choice" || kind === "true-false" || kind === "match") out.push(...qs);
	return out;
}

describe("the kind of a term", () => {
	test.each([
		["Napoleon Bonaparte", "a French general who crowned himself emperor in 1804", "person"],
		["Benjamin Disraeli", "Tory leader in Parliament and prime minister", "person"],
		["Treaty of Brest-Litovsk", "signed with Germany in March 1918", "agreement"],
		["Education Act of 1870", "elementary schools available to all children", "agreement"],
		["Reform Bill (1832)", "widened the vote to the middle classes", "agreement"],
		["Zemstvos", "local assemblies meant to give a moderate degree of self-government", "institution"],
		["Cheka", "the secret police organisation founded by the Bolsheviks", "institution"],
		["Stalingrad", "a city on the Volga where the Sixth Army surrendered", "place"],
		["Ionian Revolt", "the Greek cities of Asia Minor rebelled against Persia", "event"],
		["Utilitarianism", "the greatest happiness for the greatest number", "concept"],
		["Cleisthenes", "His reforms of 508 BC divided Athens into ten tribes", "person"],
		["Plataea", "The Greek army under Pausanias defeated Mardonius in 479 BC", "event"],
	])("%s → %s", (term, def, kind) => {
		expect(termClass(term, def)).toBe(kind);
	});

	test("a name nothing explains is of no known kind: never offered beside another", () => {
		expect(termClass("William Gladstone", "Liberal - opened the civil service to competitive exams")).toBe(
			"unknown",
		);
		expect(termClass("The Annals", "An account of Rome from Augustus to Nero")).toBe("unknown");
	});

	test("the definition's head, not a noun inside a sentence about the term", () => {
		expect(definitionHead("a French general who defeated the Austrians")).toBe("person");
		expect(definitionHead("The Greek army under Pausanias defeated Mardonius")).toBeUndefined();
		expect(definitionHead("His reforms divided Athens into tribes")).toBeUndefined();
	});

	test("a class of people is a group, never offered among institutions", () => {
		expect(termClass("Junkers", "the landowning nobility of Prussia, who filled the officer corps")).toBe("group");
		expect(termClass("Zollverein", "a customs union of German states led by Prussia from 1834")).toBe(
			"institution",
		);
	});

	test("a name that says what it is clashes with a definition of another sort", () => {
		// "Frankfurt Parliament: a customs union …" is false at a glance; "…: the council of the states" is not.
		expect(headsClash("Frankfurt Parliament", "a customs union of German states led by Prussia")).toBe(true);
		expect(headsClash("Frankfurt Parliament", "the council of the German states that approved every law")).toBe(
			false,
		);
		expect(headsClash("Factory Act of 1833", "the law that set up board schools")).toBe(false);
		expect(headsClash("Reichstag", "a customs union of German states")).toBe(false);
	});

	test("the section heading tells the kind when the definition does not", () => {
		expect(headingKind("Key people")).toBe("person");
		expect(headingKind("Treaties and laws")).toBe("agreement");
		expect(headingKind("Personnages")).toBe("person");
		expect(termClass("Witte", "built the Trans-Siberian railway with French loans", "Key people")).toBe("person");
	});
});

const RUSSIA = [
	"# Russia, 1855-1914",
	"",
	"## Key terms",
	"- Zemstvos - local assemblies meant to give a moderate degree of self-government",
	"- Duma - the elected parliament the tsar granted after the revolution of 1905",
	"- Okhrana - the secret police organisation that hunted revolutionaries",
	"- Mir - the village commune that held and shared out the land of the peasants",
	"- Causes - bad harvests, defeat in war and debt",
	"",
	"## Key people",
	"- Sergei Witte - finance minister who built the Trans-Siberian railway",
	"- Pyotr Stolypin - prime minister who broke up the communes after 1906",
	"- Alexander II - tsar who freed the serfs and was murdered by terrorists",
	"- Georgy Gapon - Orthodox priest who led the march on Bloody Sunday",
];

describe("term questions from a glossary", () => {
	const b = brief("russia.md", RUSSIA);
	const qs = termQuestions(b);
	const kindOf = new Map(b.facts.map((f) => [f.term, termClass(f.term, f.definition)]));

	test("the glossary yields term, true/false and match questions, never from a generic label", () => {
		expect(b.facts.map((f) => f.term)).not.toContain("Causes");
		expect(new Set(qs.map((q) => q.kind))).toEqual(new Set(["term-choice", "true-false", "match"]));
		for (const q of qs) expect(JSON.stringify(q)).not.toMatch(/Causes|bad harvests/);
	});

	test("every option is of the answer's kind, and there are 4 of them", () => {
		const d2t = qs.filter((q) => q.kind === "term-choice" && q.options!.includes(q.answer));
		expect(d2t.length).toBeGreaterThan(0);
		for (const q of qs.filter((x) => x.kind === "term-choice")) {
			expect(q.options).toHaveLength(4);
			const asked = /^(?:What is "(.+)"|Who was (.+))\?$/.exec(q.prompt);
			const terms = asked ? [asked[1] ?? asked[2]] : (q.options ?? []).filter((o) => kindOf.has(o));
			if (asked && kindOf.get(terms[0]) === "person") expect(q.prompt).toMatch(/^Who was /);
			const kinds = new Set(terms.map((t) => kindOf.get(t)));
			expect(kinds.size, q.prompt).toBe(1);
		}
	});

	test("a false statement puts a same-kind term of the same brief with another's definition", () => {
		const tf = qs.filter((q) => q.kind === "true-false");
		expect(tf.length).toBeGreaterThan(0);
		for (const q of tf) {
			const [, term, shown] = /^True or false\? ([^:]+): (.*)$/.exec(q.prompt)!;
			const owner = b.facts.find((f) => f.definition === shown)!;
			expect(owner, q.prompt).toBeDefined();
			expect(termClass(owner.term, owner.definition)).toBe(kindOf.get(term));
			expect(q.answer).toBe(owner.term === term ? "True" : "False");
		}
	});

	test("match: at least 4 real terms of this note, no definition naming a term", () => {
		const m = qs.filter((q) => q.kind === "match");
		expect(m.length).toBeGreaterThan(0);
		for (const q of m) {
			expect(q.pairs!.length).toBeGreaterThanOrEqual(4);
			for (const p of q.pairs!) {
				expect(b.facts.some((f) => f.term === p.left && f.definition === p.right)).toBe(true);
				for (const o of q.pairs!) expect(p.right.toLowerCase()).not.toContain(o.left.toLowerCase());
			}
		}
	});

	test("fewer than 3 same-kind distractors: no term-choice question at all", () => {
		const small = brief("small.md", RUSSIA.slice(0, 9).concat(RUSSIA.slice(10, 12)));
		// Four institutions (3 distractors each) but only two people: the people get no choice question.
		const sq = termQuestions(small).filter((q) => q.kind === "term-choice");
		expect(sq.some((q) => /Witte|Stolypin/.test(q.answer + q.prompt))).toBe(false);
		expect(sq.some((q) => /Zemstvos|Duma|Okhrana|Mir/.test(q.answer + q.prompt))).toBe(true);
	});

	test('true/false and "What is" never show a definition whose head clashes with the term\'s name', () => {
		const g = brief("germany.md", [
			"# Germany",
			"## Key terms",
			"- Frankfurt Parliament - the elected assembly of 1848 that offered the crown to the King of Prussia",
			"- Zollverein - a customs union of German states led by Prussia from 1834",
			"- Bundesrat - the council of the German states that had to approve every law",
			"- Reichstag - the parliament of the German Empire, elected by all adult men",
		]);
		const gq = termQuestions(g);
		expect(gq.some((q) => q.prompt.includes("Frankfurt Parliament"))).toBe(true);
		for (const q of gq.filter((x) => x.prompt.includes("Frankfurt Parliament"))) {
			expect(q.prompt).not.toMatch(/customs union/);
			expect(q.options ?? []).not.toContain("a customs union of German states led by Prussia from 1834");
		}
	});

	test("true/false never takes a statement from another brief of the course", () => {
		const other = brief("other.md", [
			"# Germany",
			"## Key terms",
			"- Reichstag - the elected parliament of the German Empire after 1871",
			"- Bundesrat - the council of the German states that had to approve every law",
		]);
		for (const q of termQuestions(b, [other]).filter((x) => x.kind === "true-false"))
			expect(q.prompt).not.toMatch(/German/);
	});
});

describe("the gate checks term questions with the same rules", () => {
	const g = brief("germany.md", [
		"# Germany",
		"## Key terms",
		"- **Frankfurt Parliament**: the elected assembly of 1848 that offered the crown to the King of Prussia",
		"- **Zollverein**: a customs union of German states led by Prussia from 1834",
		"- **Bundesrat**: the council of the German states that had to approve every law",
		"- **Reichstag**: the parliament of the German Empire, elected by all adult men",
		"- **Key points**: three short wars made Prussia the master of Germany",
	]);
	const env = { brief: g, siblings: [], today: TODAY };
	const fact = (term: string) => g.facts.find((f) => f.term === term)!;
	const base = (term: string) => ({
		itemId: fact(term).id,
		briefPath: g.path,
		source: fact(term).source,
		where: "Germany › Key terms",
	});
	const rules = (q: Question) => gateQuestion(q, env).map((d) => d.rule);

	test("a true/false whose false definition clashes with the term's name", () => {
		const q: Question = {
			id: "t/true-false",
			kind: "true-false",
			prompt: `True or false? Frankfurt Parliament: ${fact("Zollverein").definition}`,
			options: ["True", "False"],
			answer: "False",
			...base("Frankfurt Parliament"),
		};
		expect(rules(q)).toContain("head-clash");
	});

	test("a term question with only 2 distractors, or a generic label among its options", () => {
		const defs = ["Frankfurt Parliament", "Bundesrat", "Reichstag"].map((t) => fact(t).definition);
		const few: Question = {
			id: "t/t2d",
			kind: "term-choice",
			prompt: 'What is "Reichstag"?',
			options: defs,
			answer: fact("Reichstag").definition,
			...base("Reichstag"),
		};
		expect(rules(few)).toContain("few-options");
		const generic: Question = { ...few, options: [...defs, fact("Key points").definition] };
		expect(rules(generic)).toContain("generic-distractor");
	});
});
