/**
 * Definitions students write without a `**Term:**` label (src/core/brief/fact-forms.ts), read as facts so real
 * notes give term, match and true/false questions: `Term - definition` items (bold or not), tables of terms, and
 * "X was a …" sentences. Each form also has its near misses, which must stay out of the quiz.
 */
import { load } from "js-yaml";
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { titleCaseTerm } from "../../../src/core/brief/fact-forms";
import { allQuestions } from "../../../src/core/quiz";

const TODAY = { year: 2026, month: 12, day: 4 };
const read = (text: string, path = "History/notes.md") => parseBrief({ path, text }, { parseYaml: (t) => load(t) });
const facts = (text: string) => read(text).facts.map((f) => [f.term, f.definition]);

describe("a term and its definition after a dash", () => {
	test("`- **Term** - definition`, `- Term – definition`, `- Term — definition`", () => {
		const text = [
			"# Tacitus",
			"",
			"- **The Annals** - A history of the Roman Empire from the death of Augustus to the death of Nero.",
			"- Zemstvos – local assemblies meant to give a moderate degree of self-government",
			"- Education Act of 1870 — elementary schools available to all children",
		].join("\n");
		expect(facts(text)).toEqual([
			["The Annals", "A history of the Roman Empire from the death of Augustus to the death of Nero."],
			["Zemstvos", "local assemblies meant to give a moderate degree of self-government"],
			["Education Act of 1870", "elementary schools available to all children"],
		]);
	});

	test("a sentence, a date, a question, a list of names or one word after the dash is no definition", () => {
		const text = [
			"# Notes",
			"",
			"- Made it illegal to bring in foreign corn - to make sure people bought British crops",
			"- Emancipated the serfs in 1861 - serfs were not as free as they wanted to be",
			"- 1853 - Cape Colony constitution distinguished people",
			"- Russian Reformers - Alexander II, Sergei Witte, Peter Stolypin",
			'- Giuseppe Mazzini - "resorgimento"',
			"- Some also argue that Nicholas' character — weak and of no grasp of politics — was the cause",
			"- Heimler 6.2 - how empires expanded",
		].join("\n");
		expect(facts(text)).toEqual([]);
	});
});

describe("a name defined by the copula", () => {
	test('"X was a …", "X is an …" and "X was the son of …" in the first sentence', () => {
		const text = [
			"# The Enlightenment",
			"",
			"- Voltaire was a middle-class playwright. He attacked fanaticism.",
			"- Diderot was the son of a skilled craftsman from eastern France who helped make the encyclopedia.",
			"The Triple Alliance was a secret agreement between Germany, Austria-Hungary, and Italy.",
		].join("\n");
		expect(facts(text)).toEqual([
			["Voltaire", "a middle-class playwright"],
			["Diderot", "the son of a skilled craftsman from eastern France who helped make the encyclopedia"],
			["The Triple Alliance", "a secret agreement between Germany, Austria-Hungary, and Italy"],
		]);
	});

	test('a claim, a plural group, "There was …" and a lower-case subject are no definitions', () => {
		const text = [
			"# Notes",
			"",
			"- Paris was the recognized capital with most of the leaders being French.",
			"- Natural Laws were the parts of all areas of human life.",
			"- There was a brief time in about 1541 when some Catholics hoped to reconcile.",
			"- the estates were a legal order of society.",
			"- Below is a list of key figures in the war.",
		].join("\n");
		expect(facts(text)).toEqual([]);
	});
});

describe("tables of terms", () => {
	test("two columns, or a column headed Definition / Significance next to the term", () => {
		const text = [
			"# Terms",
			"",
			"| Term | Meaning |",
			"| --- | --- |",
			"| Tithe | a tax of one tenth paid to the church |",
			"| Corvée | unpaid labour owed to the lord |",
			"",
			"| Person | Years | Significance |",
			"| --- | --- | --- |",
			"| Martin Luther | 1483-1546 | wrote the Ninety-five Theses against indulgences |",
		].join("\n");
		expect(facts(text)).toEqual([
			["Tithe", "a tax of one tenth paid to the church"],
			["Corvée", "unpaid labour owed to the lord"],
			["Martin Luther", "wrote the Ninety-five Theses against indulgences"],
		]);
	});

	test("a timeline table (year | event) and a table without a definition column give no facts", () => {
		const text = [
			"# Timeline",
			"",
			"| Year | Event |",
			"| --- | --- |",
			"| 1789 | the Estates-General meets at Versailles |",
			"",
			"| Composer | Years | Famous Pieces |",
			"| --- | --- | --- |",
			"| Johann Sebastian Bach | 1685 - 1750 | Mass in B Minor |",
		].join("\n");
		expect(facts(text)).toEqual([]);
	});
});

describe("what the quiz makes of them", () => {
	test("titleCaseTerm: names and terms in title case, never a sentence", () => {
		for (const t of ["Treaty of Versailles", "Otto von Bismarck", "The People's Will", "Education Act of 1870"])
			expect(titleCaseTerm(t), t).toBe(true);
		for (const t of ["Made it illegal", "There", "1853", "Who was Luther", "Heimler 6.2", "the estates"])
			expect(titleCaseTerm(t), t).toBe(false);
	});

	test("people defined by the copula make term questions among people only; the brief's own subject is not asked", () => {
		const text = [
			"# The Enlightenment",
			"",
			"- Voltaire was a middle-class playwright who attacked religious fanaticism.",
			"- Diderot was the son of a skilled craftsman from eastern France who edited the encyclopedia.",
			"- Mary Astell was the daughter of a wealthy coal merchant who argued for the education of women.",
			"- David Hume was a Scottish philosopher who wrote a Treatise of Human Nature.",
			"- Laissez-faire - the government keeps its hands off the economy",
			"- The Enlightenment was a movement of intellectuals who dared to know.",
		].join("\n");
		const b = read(text, "History/The Enlightenment.md");
		const qs = [1, 2, 3].flatMap((seed) => [...allQuestions(b, { seed, today: TODAY }).values()].flat());
		const terms = qs.filter((q) => q.kind === "term-choice");
		expect(terms.length).toBeGreaterThan(0);
		for (const q of terms) {
			expect(q.options!.join(" | ")).not.toMatch(/hands off the economy|movement of intellectuals/);
			expect(q.prompt).not.toMatch(/Enlightenment"/);
		}
	});
});
