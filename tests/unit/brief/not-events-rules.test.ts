/**
 * Issue 16, item 5 (held-out false positives, December 2026): one general rule per class of sentence that names
 * a date but is not an event — prompts that end with their command word, exam technique, class activities,
 * comparisons with the present, exam-advice sections. Each class with sentences that must still give events.
 */
import { describe, expect, it, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import {
	isAdviceSection,
	isLinkOnly,
	isNotEvent,
	isPromptPreamble,
	isReferenceEntry,
} from "../../../src/core/brief/not-events";

const texts = (text: string) =>
	parseBrief({ path: "Notes/n.md", text: `---\ndg-publish: true\n---\n${text}` }).events.map(
		(e) => `${e.date.label}: ${e.text}`,
	);

describe("not events: prompts whose command word closes them", () => {
	test.each([
		["When the plague reached England in 1348, describe:"],
		["For the Congress of Vienna (1815), explain."],
		["After the 1905 revolution, list:"],
		["Between 1450 and 1648, compare"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["In 1348, chroniclers describe the plague as a punishment."],
		["The 1905 manifesto, as historians explain, was a concession."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: exam technique", () => {
	test.each([
		["Use named individuals and dates to support arguments (for example, the 1861 emancipation)."],
		["Cite the 1832 Reform Act as evidence of gradual change."],
		["Include the 1944 Education Act in your answer."],
		["Quote the 1919 treaty terms to back up your points."],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Use of poison gas began at Ypres in 1915."],
		["Mention of the 1066 conquest appears in the Chronicle."],
		["Use the 1944 D-Day landings opened a second front"],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: class activities", () => {
	test.each([
		["Comparing the 1086 survey with later tax rolls reveals how villages shrank."],
		["Counting burials before and after 1665 shows the scale of the plague."],
		["Mapping the 1848 revolts helps pupils see how ideas spread."],
		["Even simple exercises—sorting the events of 1914 by date—reveal how fast war came."],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Reading the Riot Act in 1715 became a legal step."],
		["Excavations in 1922 revealed the tomb of Tutankhamun."],
		["Military exercises in 1983 alarmed the Soviet leadership."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: the present compared with a period", () => {
	test.each([
		["Modern day borders are very different from the 14th century."],
		["Today's Germany is quite unlike the patchwork of states in 1648."],
		["Nowadays the city differs from its 1890s layout."],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Modern-day Istanbul fell to the Ottomans in 1453."],
		["In 1989 the Berlin Wall fell, and today it is a memorial."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("sections of exam advice", () => {
	test.each([
		["Exam technique"],
		["Essay tips"],
		["How to answer the 16-mark question"],
		["Examiner's advice"],
		["Common misconceptions"],
		["Myths about the Vikings"],
	])("%s", (t) => expect(isAdviceSection(t)).toBe(true));
	test.each([
		["Examples of technique in 1917"],
		["The Tips of the Alps"],
		["How the war began"],
		["Mythology of Rome"],
		[undefined],
	])("not advice: %s", (t) => expect(isAdviceSection(t)).toBe(false));

	it("an exam-advice section gives no rows; the sections around it do", () => {
		expect(
			texts(
				"## Reforms\nSerfs were freed in 1861.\n\n## Exam technique\nAnswers that name the 1905 Duma and the 1921 NEP score well.\n\n## Revolution\nThe Tsar abdicated in 1917.\n",
			),
		).toEqual(["1861: Serfs were freed in 1861.", "1917: The Tsar abdicated in 1917."]);
	});
});

describe("not events: a course's or a textbook's contents", () => {
	test.each([
		["Chapter 5: Imperial Reforms and Colonial Protests, 1763-1774"],
		["Topic 4.2: Exploration (c. 1450 to c. 1750)"],
		["Module 3 - Europe 1815-1848"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([["Chapters of the 1215 charter limited the king."], ["The topic of the 1832 debate was reform."]])(
		"an event: %s",
		(s) => expect(isNotEvent(s)).toBe(false),
	);
});

describe("not events: an item that is only a link", () => {
	test.each([
		["[World History from 1400](https://example.org/books/world-history)"],
		["[[Treaty of Paris 1763]]"],
		["<https://example.org/1914-timeline>"],
	])("%s", (s) => expect(isLinkOnly(s)).toBe(true));
	test.each([
		["[Treaty of Paris](https://example.org) ended the war in 1763"],
		["In 1763 the [[Treaty of Paris]] was signed."],
	])("a sentence with a link: %s", (s) => expect(isLinkOnly(s)).toBe(false));

	it("gives no row; a sentence with a link still does", () => {
		expect(
			texts(
				"## Reading\n- [World History from 1400](https://example.org/wh)\n- [[Congress of Vienna 1815]]\n## Notes\n- The [Congress of Vienna](https://example.org/cv) met in 1815.\n",
			),
		).toEqual(["1815: The Congress of Vienna met in 1815."]);
	});
});

describe("not events: an instruction in brackets", () => {
	test.each([
		["Russia (Be sure to mention the Revolution of 1905 and Stolypin)"],
		["France [remember the 1848 revolution]"],
		["The Corn Laws (mention 1846 and Peel)"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["The Corn Laws were repealed (1846) by Peel."],
		["Stolypin (assassinated in 1911) pushed land reform."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: the note's and its sources' own dates", () => {
	test.each([
		["Last updated: 2023-04-01"],
		["Edited 3 March 2021"],
		["Updated on Jan 4, 2020"],
		["Posted on March 3, 2021 by admin"],
		["(Retrieved 5 May 2020)"],
		["Accessed: 14/02/2022"],
		["Notes from class, 12 October 2022"],
		["Lecture notes 3 Feb 2021"],
		["Written by J. Smith, 2021"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Published in 1776, Common Sense argued for independence."],
		["The Duma was created on 6 August 1905."],
		["Updates to the Corn Laws came in 1846."],
		["Edited brief 3, 1114"],
		["Revised Statutes of 1874 replaced the old code."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: exams and revision material", () => {
	test.each([
		["Paper 1 (2019): Germany 1890-1945"],
		["June 2019 Paper 2, Q3 asked about the Tsar."],
		["Mark scheme 2018: four marks for each point"],
		["[4 marks] Give two features of the 1834 Poor Law."],
		["Why did Chartism fail after 1848 (8 marks)"],
		["Revision checklist 2024"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Paper money was first printed in China around 1000."],
		["The Marks of the Beast pamphlet appeared in 1650."],
		["Scheme of 1919 divided the land."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: a claim put to the student before a question on it", () => {
	it("drops the claim, keeps a plain fact before a question", () => {
		expect(
			texts(
				"- Hobsbawm argues that the 1848 revolutions failed everywhere. Do you agree?\n" +
					"- 'The year 1905 was a dress rehearsal for 1917.' How far do you agree?\n" +
					"- In 1271 Marco Polo went east. What stopped travel in the 14th century?\n" +
					"- Hobsbawm argues that the 1848 revolutions failed everywhere, and most historians follow him.\n",
			),
		).toEqual([
			"1271: In 1271 Marco Polo went east.",
			"1848: Hobsbawm argues that the 1848 revolutions failed everywhere, and most historians follow him.",
		]);
	});

	it("needs both the claim and the question", () => {
		expect(isPromptPreamble("Taylor claims that war came by accident in 1914.", "Explain why.")).toBe(false);
		expect(isPromptPreamble("Taylor claims that war came by accident in 1914.", "Is he right?")).toBe(true);
		expect(isPromptPreamble("War came in 1914.", "Why?")).toBe(false);
	});
});

describe("not events: labels of a lesson's parts and of the material shown", () => {
	test.each([
		["Starter: what happened in 1066"],
		["Learning objective: understand the causes of the 1917 revolution"],
		["Task 2: describe the 1905 revolution"],
		["Key question: why did the Tsar fall in 1917"],
		["Source A: a recruitment poster from 1915"],
		["Interpretation 2 - from a history book written in 2005"],
		["Figure 3: Map of Europe in 1914"],
		["Video: The Cold War 1947-1991 (Crash Course)"],
	])("%s", (s) => expect(isNotEvent(s)).toBe(true));
	test.each([
		["Sources of the 1789 crisis were fiscal."],
		["Tasks of the 1919 conference included new borders."],
		["Mapping expeditions set out in 1768."],
		["Image of the king was damaged after 1649."],
	])("an event: %s", (s) => expect(isNotEvent(s)).toBe(false));
});

describe("not events: bibliography entries", () => {
	test.each([
		["Hobsbawm, E. The Age of Revolution 1789–1848. London: Abacus, 1962."],
		["Figes, Orlando. A People's Tragedy: The Russian Revolution 1891-1924. Pimlico, 1996."],
		["- Evans, R. J. The Coming of the Third Reich (2003)"],
	])("%s", (s) => expect(isReferenceEntry(s)).toBe(true));
	test.each([
		["Bismarck, the Iron Chancellor, united Germany in 1871."],
		["Lenin, Vladimir. Led the Bolsheviks to power in 1917."],
		["Paris, 1871: the Commune rises."],
	])("not an entry: %s", (s) => expect(isReferenceEntry(s)).toBe(false));

	it("a reading list gives no rows; the note's events stay", () => {
		expect(
			texts(
				"## Notes\n- The Commune rose in Paris in 1871.\n## Reading\n- Hobsbawm, E. The Age of Capital 1848–1875. London: Abacus, 1975.\n",
			),
		).toEqual(["1871: The Commune rose in Paris in 1871."]);
	});
});
