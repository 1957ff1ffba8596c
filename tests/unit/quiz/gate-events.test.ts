/**
 * Gate rules written from the failures on the development notes of the real-notes golden set (issue 18, the notes
 * held out until December 2026): what a dated sentence states, how far apart ancient years must be, and which cloze
 * blanks teach nothing. Each rule is tested on sentences written for this file, in the patterns students write.
 */
import { describe, expect, test } from "vitest";
import type { HistDate } from "../../../src/core/model";
import { allQuestions } from "../../../src/core/quiz";
import { gateQuestion } from "../../../src/core/quiz/gate";
import {
	answerNameInPrompt,
	CLOZE_MAX,
	computableYear,
	partOfName,
	unexplainedAbbreviation,
} from "../../../src/core/quiz/gate-cloze";
import { approxGap, approximateDate, yearOptionProblem } from "../../../src/core/quiz/gate-dates";
import {
	boundState,
	contextSubject,
	copulaState,
	countSubject,
	metaSentence,
} from "../../../src/core/quiz/gate-events";
import { termClass } from "../../../src/core/quiz/gate-terms";
import { titleTerm } from "../../../src/core/quiz/gate-terms-rules";
import type { Question } from "../../../src/core/quiz/types";
import { makeBrief } from "./fixtures";

const TODAY = { year: 2026, month: 12, day: 4 };

function yearDate(year: number, text: string, extra: Partial<HistDate> = {}): HistDate {
	return { start: { year }, end: { year }, precision: "year", approximate: false, text, label: text, ...extra };
}

const rulesOf = (q: Question, b: ReturnType<typeof makeBrief>) =>
	gateQuestion(q, { brief: b, siblings: [], today: TODAY, multiBrief: false }).map((d) => d.rule);

describe("what a dated sentence states (rubric c)", () => {
	test('"By ____, X became discontent" bounds a state; "By ____, Napoleon had conquered …" is an event', () => {
		expect(boundState("By ____, both nobility and peasantry became discontent with the tsar")).toBe(true);
		expect(boundState("By ____, the workers were unhappy with their wages")).toBe(true);
		expect(boundState("By ____, Napoleon and France had conquered most of Europe")).toBe(false);
		expect(boundState("By ____, the Habsburgs were defeated in Italy")).toBe(false);
		expect(boundState("In ____, the peasants became discontent")).toBe(false);
	});

	test("a running count as the subject dates a total, not an event", () => {
		expect(countSubject("1970 – More than 3 million people forcibly resettled in homelands")).toBe(true);
		expect(countSubject("In 1846, over 20,000 workers marched on the capital")).toBe(true);
		expect(countSubject("1913 – Natives Land Act passed")).toBe(false);
		expect(countSubject("In 1916, the Somme cost over a million men")).toBe(false);
	});

	test("a nameless standing fact with only a copula is no event; a named subject or an event verb keeps it", () => {
		expect(copulaState("In 1789, the main food of the third estate was bread.")).toBe(true);
		expect(copulaState("In 1850, most of the workforce was rural")).toBe(true);
		expect(copulaState("First Punic War (264–241 BC) was a dispute over Sicily.")).toBe(false);
		expect(copulaState("In 1807, Great Britain was the first Western nation to ban the slave trade")).toBe(false);
		expect(copulaState("In 1789, the estates were summoned to Versailles")).toBe(false);
	});

	test("the note speaking of itself is no event: 'Here are a few excerpts from …'", () => {
		expect(metaSentence("Here are a few excerpts from the translation, composed in about 1850 BC")).toBe(true);
		expect(metaSentence("Below is a list of the battles of 1914")).toBe(true);
		expect(metaSentence("In 1850 BC the Twelfth Dynasty ruled from Itjtawy")).toBe(false);
	});

	test('"refers to …" with no subject before it leaves out what it refers to', () => {
		expect(
			contextSubject("In context of South Africa in particular, refers to a system of segregation from ____"),
		).toBe(true);
		expect(contextSubject("Refers to the land reform of ____")).toBe(true);
		expect(contextSubject("Apartheid refers to the segregation enforced from ____ to 1990")).toBe(false);
	});

	test("the generator asks none of them, and keeps the event next to them", () => {
		const b = makeBrief({
			path: "H/south-africa.md",
			title: "Segregation in South Africa",
			events: [
				[3, "1970 – More than 3 million people forcibly resettled in homelands", yearDate(1970, "1970")],
				[4, "1913 – Natives Land Act passed", yearDate(1913, "1913")],
				[
					5,
					"By 1903, both nobility and peasantry became discontent with the autocracy",
					yearDate(1903, "1903"),
				],
				[6, "In 1948, the National Party won the election", yearDate(1948, "1948")],
			],
		});
		const qs = [1, 2, 3].flatMap((seed) => [...allQuestions(b, { seed, today: TODAY }).values()].flat());
		const dated = qs.filter((q) => q.kind === "date-choice" || q.kind === "date-typed");
		expect(dated.some((q) => q.prompt.includes("Natives Land Act"))).toBe(true);
		expect(dated.some((q) => q.prompt.includes("National Party"))).toBe(true);
		expect(qs.filter((q) => /3 million|discontent/.test([q.prompt, ...(q.items ?? [])].join(" ")))).toEqual([]);
	});
});

describe("ancient years (rubric b)", () => {
	const event = (year: number, end = year) => ({
		id: "e",
		briefPath: "x.md",
		text: "t",
		source: { path: "x.md", line: 1 },
		date: { ...yearDate(year, "t"), end: { year: end } },
	});

	test("a year of 1000 BC or earlier is spaced like a c. date, by 2 % of its age; a dynasty's long span is not", () => {
		expect(approximateDate(event(-1068).date)).toBe(true);
		expect(approximateDate(event(-1363, -1346).date)).toBe(true);
		expect(approximateDate(event(-1569, -1044).date)).toBe(false);
		expect(approximateDate(event(-263).date)).toBe(false);
		expect(approxGap(-1068)).toBe(60);
		expect(approxGap(-2539)).toBe(90);
		// Later years keep the old scale.
		expect(approxGap(1650)).toBe(10);
		expect(approxGap(-59)).toBe(20);
	});

	test("one year of a long ancient span, asked alone, is spaced as approximate ('Third Intermediate Period (____–656)')", () => {
		const e = event(-1074, -655);
		expect(approximateDate(e.date)).toBe(false);
		expect(approximateDate(e.date, true)).toBe(true);
		expect(
			yearOptionProblem("Third Intermediate Period (____–656)", [-1074], [[-1086], [-1077], [-1076]], e, 1),
		).toBe("approx-close");
	});

	test("a partner year printed without its era is read in the event's era ('Second Intermediate Period (____–1539)')", () => {
		const e = event(-1629, -1538);
		// 1530 BC would fall after the period's printed end, 1539 BC.
		expect(
			yearOptionProblem("Second Intermediate Period (____–1539)", [-1629], [[-1529], [-1809], [-1739]], e, 10),
		).toBe("stem-year");
	});

	test("1069 BC among 1066 and 1072 is refused; distractors 60 years away are fair", () => {
		const e = event(-1068);
		expect(yearOptionProblem("in ____ B.C.E.", [-1068], [[-1065], [-1071], [-1100]], e, 1)).toBe("approx-close");
		expect(yearOptionProblem("in ____ B.C.E.", [-1068], [[-1130], [-1000], [-1200]], e, 1)).toBeNull();
	});
});

describe("cloze blanks that teach nothing (rubric c, d)", () => {
	const b = makeBrief({
		path: "H/hamilton.md",
		title: "Alexander Hamilton",
		facts: [
			[3, "South African Party (SAP)", "Ruling party that wrote segregation into law"],
			[4, "ANC", "Party directly opposing the NUSAS and the SAP"],
		],
	});

	test("an abbreviation the brief never spells out is no answer; one it spells out is", () => {
		expect(unexplainedAbbreviation("NUSAS", { brief: b, siblings: [], today: TODAY, multiBrief: false })).toBe(
			true,
		);
		expect(unexplainedAbbreviation("SAP", { brief: b, siblings: [], today: TODAY, multiBrief: false })).toBe(false);
		expect(unexplainedAbbreviation("Sparta", { brief: b, siblings: [], today: TODAY, multiBrief: false })).toBe(
			false,
		);
	});

	test("a name of the answer printed elsewhere in the sentence gives it away", () => {
		expect(answerNameInPrompt("Hamilton foresaw it: today we are heirs to ____", "Hamilton’s America")).toBe(true);
		expect(answerNameInPrompt("Had I read Sterne more, said Burr of ____", "Sterne's Tristram Shandy")).toBe(true);
		expect(answerNameInPrompt("Burr shot Hamilton at ____ in 1804", "Weehawken")).toBe(false);
	});

	test('"Today", "However" and other sentence openers are never the blank', () => {
		const quote = makeBrief({
			path: "H/h.md",
			title: "Alexander Hamilton",
			quotes: [[3, "Today, we are the heirs to the financial system of Hamilton, founder of the Treasury."]],
		});
		const q: Question = {
			id: "q",
			kind: "cloze",
			prompt: "____, we are the heirs to the financial system of Hamilton, founder of the Treasury.",
			answer: "Today",
			itemId: "quote:0",
			briefPath: "H/h.md",
			source: { path: "H/h.md", line: 3 },
			where: "Alexander Hamilton",
			context: "",
		};
		expect(rulesOf(q, quote)).toContain("low-value-blank");
	});
});

describe("blanks and terms from definitions students write (rubric c, d, e)", () => {
	test("a year the sentence lets one compute is no blank: '27-year war … (431-____ B.C.)'", () => {
		expect(computableYear("the 27-year war between Athens and Sparta (431-____ B.C.)", 404)).toBe(true);
		expect(computableYear("after a 30 years war ending in ____", 1648)).toBe(false);
		expect(computableYear("the war between Athens and Sparta (431-____ B.C.)", 404)).toBe(false);
	});

	test("the head or the tail of a name is no blank: '____ of the Four Emperors', 'Treatise on ____'", () => {
		expect(partOfName('the tumultuous "____ of the Four Emperors" (69 A.D.)', "Year")).toBe(true);
		expect(partOfName("a philosopher who wrote Treatise on ____ which he argued", "Human Nature")).toBe(true);
		expect(partOfName('the tumultuous "Year of the ____" (69 A.D.)', "Four Emperors")).toBe(false);
	});

	test("the people a sentence names give their country away: 'a swiss peasant … in ____'", () => {
		expect(answerNameInPrompt("a swiss peasant who began the Reformation in ____", "Switzerland")).toBe(true);
		expect(answerNameInPrompt("a nearly unbeatable general in France after the ____", "French Revolution")).toBe(
			false,
		);
	});

	test("people and groups are told apart by their definition; 'The Council of …' by its head noun", () => {
		expect(termClass("Voltaire", "a middle-class playwright")).toBe("person");
		expect(termClass("Astell", "the daughter of a wealthy coal merchant")).toBe("person");
		expect(termClass("Zwingli", "a swiss peasant who began the Reformation in Switzerland")).toBe("person");
		expect(termClass("The People's Will", "an extremist group that resorted to violence")).toBe("institution");
		expect(termClass("The Council of Constance", "a gathering to end the schism")).toBe("institution");
		expect(termClass("Education Act of 1870", "elementary schools available to all children")).toBe("agreement");
		expect(termClass("Laissez-faire", "the government keeps its hands off the economy")).toBe("concept");
	});

	test("the brief's own subject is never asked from its definition", () => {
		const b = makeBrief({ path: "H/14-plutarch.md", title: "14-plutarch" });
		expect(titleTerm("Plutarch", b)).toBe(true);
		expect(titleTerm("Parallel Lives", b)).toBe(false);
		expect(titleTerm("Napoleon", makeBrief({ path: "H/n.md", title: "Napoleon Bonaparte" }))).toBe(true);
	});

	test("a cloze longer than about 45 words is an anecdote, not a fact to recall", () => {
		const long =
			"While reading the scene in a novel in which the tenderhearted ____ picks up a fly and places it outside a window instead of killing it, the vice president is said to have remarked that had he read the novelist more and the philosopher less, he should have known the world was wide enough for both of the men and their quarrel";
		expect(long.length).toBeGreaterThan(CLOZE_MAX);
		const b = makeBrief({ path: "H/b.md", title: "Burr", quotes: [[3, long.replace("____", "Uncle Toby")]] });
		const q: Question = {
			id: "q",
			kind: "cloze",
			prompt: long,
			answer: "Uncle Toby",
			itemId: "quote:0",
			briefPath: "H/b.md",
			source: { path: "H/b.md", line: 3 },
			where: "Burr",
			context: "",
		};
		expect(rulesOf(q, b)).toContain("too-long");
		expect(rulesOf({ ...q, prompt: long.slice(0, 140) + "." }, b)).not.toContain("too-long");
	});
});
