/**
 * Issue 18, blind batches of December 2026 (classes only, no blind question read): lead labels inside
 * definitions, options of another fine kind (a unit among weapons), match pairs that pair by their surface, and
 * order items that need their heading to say whose or which event. Each rule with look-alikes that must stay.
 */
import { describe, expect, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import type { Brief } from "../../../src/core/model";
import { allQuestions } from "../../../src/core/quiz";
import { itemNeedsHeading, labelOnly, lifeLabel } from "../../../src/core/quiz/kinds/order-items";
import { leadLabel, pairsBySurface, termCarriesLabel, trustedKind } from "../../../src/core/quiz/term-fine";
import type { Question } from "../../../src/core/quiz/types";

const TODAY = { year: 2026, month: 12, day: 4 };

function brief(path: string, lines: string[]): Brief {
	return parseBrief({ path, text: ["---", "dg-publish: true", "---", ...lines].join("\n") });
}

function questions(b: Brief, kinds: string[]): Question[] {
	const out: Question[] = [];
	for (let seed = 1; seed <= 6; seed++)
		for (const [kind, qs] of allQuestions(b, { seed, today: TODAY, siblings: [] }))
			if (kinds.includes(kind)) out.push(...qs);
	return out;
}

describe("a note's label at the start of a definition", () => {
	test.each([
		"Significance: it ended the persecution of Christians",
		"Impact: the Senate lost its control of the armies",
		"Effects: prices rose across the empire",
		"- Key facts: signed by Constantine and Licinius",
		"Greek: 'rule of the few'",
	])("%s is a label, not a definition", (def) => expect(leadLabel(def)).toBe(true));

	test.each([
		"A treaty signed in 1648 by the powers of Europe: it ended the Thirty Years' War",
		"the Roman official who collected taxes in a province",
		"rule by a few families; compare: monarchy",
		"Latin for 'first citizen', the title Augustus chose",
	])("%s stays a definition", (def) => expect(leadLabel(def)).toBe(false));

	test("a term that carries the label of its entry's part is no term", () => {
		expect(termCarriesLabel("Edict of Milan — Significance")).toBe(true);
		expect(termCarriesLabel("Marian reforms (Impact)")).toBe(true);
		expect(termCarriesLabel("Edict of Milan")).toBe(false);
		expect(termCarriesLabel("Peace of Westphalia — 1648")).toBe(false);
		expect(termCarriesLabel("Gaius Marius")).toBe(false);
	});

	test("no question shows a definition that opens with the note's label", () => {
		const b = brief("Rome/Emperors.md", [
			"# Emperors",
			"## Key people",
			"- **Augustus:** the first Roman emperor, who ended the civil wars",
			"- **Nero:** Impact: the Senate declared him a public enemy",
			"- **Trajan:** the emperor under whom the empire reached its greatest extent",
			"- **Hadrian:** the emperor who built a wall across northern Britain",
			"- **Constantine:** the emperor who founded Constantinople",
			"- **Diocletian:** the emperor who split the empire between four rulers",
		]);
		const qs = questions(b, ["term-choice", "true-false", "match"]);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(JSON.stringify(q)).not.toContain("Impact:");
	});
});

describe("fine kinds: a unit is not offered among weapons", () => {
	test.each([
		["Pilum", "a heavy javelin thrown before the charge", "weapon"],
		["Gladius", "a short sword used for stabbing", "weapon"],
		["Cohort", "a unit of about 480 legionaries", "unit"],
		["Tenth Legion", "Caesar's favourite legion", "unit"],
		["Helvetii", "a Celtic tribe of the Swiss plateau", "peoples"],
		["Herodotus", "a Greek historian of the Persian Wars", "person"],
	])("%s (%s) → %s", (term, def, kind) => expect(trustedKind(term, def, undefined, "person")).toBe(kind));

	test("a name whose kind no word says has no kind: it never mixes", () => {
		expect(trustedKind("Scutum", "carried by every legionary into battle", undefined, "person")).toBeNull();
		expect(trustedKind("Vercingetorix", "surrendered at Alesia in 52 BC", undefined, "person")).toBeNull();
		expect(trustedKind("Anything", "a short sword", undefined, "unknown")).toBeNull();
		// The name says it, in any language; a definition about "his" reforms speaks of a person; an -ization.
		expect(trustedKind("Bataille de la Marne", "Du 5 au 12 septembre 1914, les armées …", undefined, "event")).toBe(
			"event",
		);
		expect(trustedKind("Cleisthenes", "His reforms of 508 BC divided Athens", undefined, "person")).toBe("person");
		expect(trustedKind("Russification", "forcing the Russian language on others", undefined, "concept")).toBe(
			"concept",
		);
		// A kind read only from where the name stands in a sentence is not trusted.
		expect(trustedKind("Actium", "Octavian defeated Antony at Actium in 31 BC", undefined, "place")).toBeNull();
		// The heading says it: trusted.
		expect(trustedKind("Vercingetorix", "surrendered at Alesia in 52 BC", "Key people", "person")).toBe("person");
	});

	test("three weapons and three units: no term question mixes them, and none is asked without 3 same-kind options", () => {
		const b = brief("Rome/Army.md", [
			"# The Roman army",
			"## Terms",
			"- **Pilum:** a heavy javelin thrown before the charge",
			"- **Gladius:** a short sword used for stabbing at close quarters",
			"- **Scutum:** a large curved shield carried by legionaries",
			"- **Cohort:** a unit of about 480 soldiers, ten to a legion",
			"- **Century:** a unit of eighty soldiers led by a centurion",
			"- **Maniple:** a unit of two centuries in the older legion",
		]);
		expect(questions(b, ["term-choice"])).toEqual([]);
		// True/false swaps stay inside a kind: a weapon is never shown with a unit's definition, nor the reverse.
		const tf = questions(b, ["true-false"]);
		expect(tf.length).toBeGreaterThan(0);
		for (const q of tf) {
			const weapon = /Pilum|Gladius|Scutum/.test(q.prompt);
			expect(/unit of/.test(q.prompt)).toBe(!weapon);
		}
	});

	test("four weapons: options are all weapons", () => {
		const b = brief("Rome/Arms.md", [
			"# Roman arms",
			"## Terms",
			"- **Pilum:** a heavy javelin thrown before the charge",
			"- **Gladius:** a short sword used for stabbing at close quarters",
			"- **Scutum:** a large curved shield carried by legionaries",
			"- **Spatha:** a long sword carried by the cavalry",
			"- **Cohort:** a unit of about 480 soldiers, ten to a legion",
		]);
		const all = questions(b, ["term-choice"]);
		const qs = all.filter((q) => q.prompt.includes("Pilum"));
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.options?.join(" ")).not.toContain("unit of about 480");
	});
});

describe("match pairs that pair by their surface", () => {
	test("a term whose words come back in its definition", () => {
		expect(pairsBySurface("Tetrarchy", "rule of the empire by four tetrarchs")).toBe(true);
		expect(pairsBySurface("Praetorian Guard", "the praetorians who guarded the emperor")).toBe(true);
		expect(pairsBySurface("Tetrarchy", "rule of the empire by four emperors")).toBe(false);
		expect(pairsBySurface("Pax Romana", "two centuries of peace inside the empire")).toBe(false);
	});

	test("a Bengali term with a Bengali gloss among English pairs is not matched", () => {
		const b = brief("Bengal/Terms.md", [
			"# Bengal under the Company",
			"## Terms",
			"- **Diwani:** the right to collect revenue, granted to the Company in 1765",
			"- **Zamindar:** a landholder who collected rent from peasants",
			"- **Ryot:** a peasant cultivator who paid rent",
			"- **Nawab:** the governor of a province under the Mughals",
			"- **Sepoy:** an Indian soldier in the Company's army",
			"- **জমিদারি (zamindari):** জমির মালিকানা, a landholding",
		]);
		const qs = questions(b, ["match"]);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.answer).not.toMatch(/\p{Script=Bengali}/u);
	});
});

describe("order items that need their heading", () => {
	test.each([
		["Birth and Birthplace: born in ____ in Stagira", "Birth and Birthplace", "born in 384 BC in Stagira"],
		["Death: ____", "Death", "322 BC"],
		["the war ended in ____", undefined, "the war ended in 1918"],
		["This treaty was signed in ____ at Paris", undefined, "This treaty was signed in 1783 at Paris"],
		["[____ BC] Imperium proconsulare maius", undefined, "[23 BC] Imperium proconsulare maius"],
		["____ BCE: The Persian Empire", "500 BCE", "The Persian Empire"],
		["Moved capital to Nara (____)", undefined, "Moved capital to Nara (710)"],
		["Became emperor in ____", undefined, "Became emperor in 1804"],
	])("%s is dropped", (prompt, label, text) => expect(itemNeedsHeading(prompt, label, text)).toBe(true));

	test.each([
		["Death of Socrates: ____", "Death of Socrates", "399 BC"],
		["Birth: Aristotle born in ____ in Stagira", "Birth", "Aristotle born in 384 BC in Stagira"],
		["The Treaty of Versailles was signed in ____", undefined, "The Treaty of Versailles was signed in 1919"],
		["the printing press was invented in ____", undefined, "the printing press was invented in 1450"],
		["[____ BC] Augustus receives tribunician power", undefined, "[23 BC] Augustus receives tribunician power"],
		["____ BCE: Battle of Marathon", "490 BCE", "Battle of Marathon"],
		["____ BCE: Cyrus of Persia conquers Lydia", "546 BCE", "Cyrus of Persia conquers Lydia"],
		["Alfred the Great defeated the Danes in ____", undefined, "Alfred the Great defeated the Danes in 878"],
		["United States entered the war in ____", undefined, "United States entered the war in 1917"],
		["Delian League: Founded in ____ BC as an alliance", "Delian League", "Founded in 478 BC as an alliance"],
	])("%s stays", (prompt, label, text) => expect(itemNeedsHeading(prompt, label, text)).toBe(false));

	test("the parts", () => {
		expect(lifeLabel("Early life")).toBe(true);
		expect(lifeLabel("Death of Caesar")).toBe(false);
		expect(labelOnly("[____ BC] Lex Hortensia")).toBe(true);
		expect(labelOnly("[____ BC] Lex Hortensia passed")).toBe(false);
	});

	test("a note's biography items are not ordered without their person", () => {
		const b = brief("Greece/Philosophers.md", [
			"# Philosophers",
			"## Aristotle",
			"- Birth and Birthplace: born in 384 BC in a small town of Chalcidice",
			"- Death: died in 322 BC after leaving Athens",
			"## Events",
			"- In 399 BC Socrates was condemned to death by an Athenian jury.",
			"- In 387 BC Plato founded the Academy in Athens.",
			"- In 335 BC Aristotle opened the Lyceum in Athens.",
			"- In 343 BC Philip II hired Aristotle to teach his son Alexander.",
		]);
		const qs = questions(b, ["order"]);
		expect(qs.length).toBeGreaterThan(0);
		for (const q of qs) expect(q.answer).not.toMatch(/small town|leaving Athens/);
	});
});
