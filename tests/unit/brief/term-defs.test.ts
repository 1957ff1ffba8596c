/** What a term is (issue 18): one predicate for the fact reader and the quiz gate, with look-alikes. */
import { describe, expect, test } from "vitest";
import {
	definedTermProblem,
	definitionProblem,
	isDefinedTerm,
	termLabelProblem,
} from "../../../src/core/brief/term-defs";
import { dashDefinition, isGlossaryTitle, sectionOpening } from "../../../src/core/brief/term-forms";
import { parseBrief } from "../../../src/core/brief";

describe("a term is a name or concept the note defines", () => {
	test.each([
		["Treaty of Versailles", "The peace settlement imposed on Germany after the First World War"],
		["Zemstvos", "local assemblies meant to give a moderate degree of self-government"],
		["Utilitarianism", "The greatest happiness for the greatest number"],
		["Benjamin Disraeli", "Tory leader in Parliament and twice prime minister"],
		["Laissez-faire", "the belief that government should leave the economy alone"],
		["Stalingrad", "a city on the Volga where the German Sixth Army surrendered"],
		["Tiers état", "l'ensemble des sujets qui ne sont ni nobles ni clercs"],
	])("%s is a defined term", (term, def) => {
		expect(definedTermProblem(term, def)).toBeNull();
		expect(isDefinedTerm(term, def)).toBe(true);
	});

	test.each([
		["Background", "generic-label"],
		["Causes", "generic-label"],
		["Key points", "generic-label"],
		["Short-term causes", "generic-label"],
		["Political impact", "generic-label"],
		["Reasons for the war", "generic-label"],
		["Causes of the Revolution", "generic-label"],
		["Contexte", "generic-label"],
		["Ursachen", "generic-label"],
		["Consecuencias", "generic-label"],
		["Etymology", "generic-label"],
		["Economy", "generic-label"],
		["E.g. Thomas Jefferson", "generic-label"],
		["1848", "date"],
		["April 2, 1861", "date"],
		["1815-1861", "date"],
		["c. 500 BC", "date"],
		["19th century", "date"],
		["The", "stop-word"],
		["Note", "stop-word"],
		["The Act Is Signed", "sentence"],
		["Amenhotep IV (1364", "sentence"],
		["Why did Rome fall?", "question"],
	])("the label %s is not a term (%s)", (label, why) => {
		expect(termLabelProblem(label)).toBe(why);
	});

	test("look-alikes of generic labels stay terms", () => {
		// A real name that contains a generic word is a term: the label is not the generic word alone.
		for (const t of [
			"Causes célèbres",
			"Economic Liberalism",
			"Battle of the Somme",
			"Reform Bill of 1832",
			"1848 Revolutions",
		])
			expect(termLabelProblem(t), t).toBeNull();
	});

	test.each([
		["Democracy", "from Greek demos, people, and kratos, rule", "etymology"],
		["Republic", "Latin for the public thing, res publica", "etymology"],
		["Pharaoh", "literally 'great house' in Egyptian", "etymology"],
		["Stalin", "Soviet leader", "short-definition"],
		["Russian Reformers", "Alexander II, Sergei Witte, Peter Stolypin", "list"],
		["Main causes", "", "short-definition"],
		["Napoleon", "Napoleon was a French general who crowned himself emperor", "names-term"],
		["Sparta", "Spartan society was organised around the army and its training", "names-term"],
		["Divine Right of Kings", "the divine right of the kings", "restates-term"],
		["Congress of Vienna", "which redrew the map of Europe after Napoleon's defeat", "dangling"],
		[
			"Constitutional representation",
			"we want written laws that govern everyone, including the rulers!",
			"dangling",
		],
		["Students of History", "Civics and US Government", "title"],
		["Estates-General", "These met in May 1789 for the first time since 1614", "dangling"],
		["Versailles", "What did the treaty demand from Germany in 1919?", "question"],
	])("%s: %s is not a definition (%s)", (term, def, why) => {
		expect(definitionProblem(term, def)).toBe(why);
	});

	test("look-alikes of dangling definitions: a pronoun that stands for the term itself", () => {
		expect(
			definitionProblem("The Civil Constitution of the Clergy", "This reduced the power of the Church"),
		).toBeNull();
		expect(definitionProblem("Junkers", "They were the landowning nobility of Prussia")).toBeNull();
		expect(definitionProblem("Tiers état", "Les Français qui ne sont ni nobles ni clercs")).toBeNull();
	});

	test("a label followed by a list is not a term: the reader keeps no fact for it", () => {
		const text = [
			"---",
			"dg-publish: true",
			"---",
			"# The French Revolution",
			"",
			"- **Causes:**",
			"  - debt after the American war",
			"  - bad harvests in 1788",
			"- **Background**: France had been at war for most of the century and was deeply in debt.",
			"- **Estates-General**: the assembly of the three orders of the kingdom, called by the king in 1789.",
			"- **Key points**: the king lost his power and the nobles their privileges.",
		].join("\n");
		const b = parseBrief({ path: "fr.md", text });
		expect(b.facts.map((f) => f.term)).toEqual(["Estates-General"]);
	});
});

describe("the forms students define terms in", () => {
	test("Term - definition, Term – definition, Term — definition", () => {
		expect(dashDefinition("Zemstvos - local assemblies meant to give self-government")).toEqual({
			term: "Zemstvos",
			definition: "local assemblies meant to give self-government",
		});
		expect(dashDefinition("**Cheka** — the Bolshevik secret police founded in 1917")?.term).toBe("Cheka");
		expect(dashDefinition("Otto von Bismarck – Prussian chancellor who unified Germany")?.term).toBe(
			"Otto von Bismarck",
		);
	});

	test("a sentence with a dash is not a term", () => {
		expect(dashDefinition("Emancipated the serfs in 1861 - serfs were not as free as they wanted")).toBeNull();
		expect(dashDefinition("1914 - war breaks out in Europe")).toBeNull();
		expect(dashDefinition("the army was defeated - so the king fled")).toBeNull();
	});

	test("glossary section titles in several languages", () => {
		for (const t of [
			"Glossary",
			"Key terms",
			"Vocabulary",
			"Key people",
			"Definitions",
			"Vocabulaire",
			"Begriffe",
			"Glosario",
		])
			expect(isGlossaryTitle(t), t).toBe(true);
		for (const t of ["Causes", "The Terms of the Treaty", "Timeline"]) expect(isGlossaryTitle(t), t).toBe(false);
	});

	test('"X was a …" opening a section about X', () => {
		expect(
			sectionOpening("Otto von Bismarck", "Otto von Bismarck was a Prussian statesman who unified Germany."),
		).toEqual({
			term: "Otto von Bismarck",
			definition: "a Prussian statesman who unified Germany",
		});
		expect(
			sectionOpening("Bismarck", "Bismarck (1815–1898) was the first chancellor of the German Empire. He …")
				?.definition,
		).toBe("the first chancellor of the German Empire");
		// The section is about something else: no definition of its title.
		expect(sectionOpening("The Unification of Germany", "Prussia was the strongest German state.")).toBeNull();
	});

	test("the reader: dash items in a glossary, a term | definition table, a section opening; no labels", () => {
		const text = [
			"---",
			"dg-publish: true",
			"---",
			"# Russia before 1914",
			"",
			"## Key terms",
			"- Zemstvos - local assemblies meant to give a moderate degree of self-government",
			"- Mir — the village commune that held the land of the peasants",
			"- Russian Reformers - Alexander II, Sergei Witte, Peter Stolypin",
			"- Causes - bad harvests and war",
			"",
			"## People",
			"| Name | Description |",
			"| --- | --- |",
			"| Sergei Witte | finance minister who built the Trans-Siberian railway |",
			"| Background | the empire was large and poor |",
		].join("\n");
		const b = parseBrief({ path: "ru.md", text });
		expect(b.facts.map((f) => [f.term, f.definition])).toEqual([
			["Zemstvos", "local assemblies meant to give a moderate degree of self-government"],
			["Mir", "the village commune that held the land of the peasants"],
			["Sergei Witte", "finance minister who built the Trans-Siberian railway"],
		]);
		const opening = parseBrief({
			path: "b.md",
			text: "---\ndg-publish: true\n---\n# Germany\n\n## Otto von Bismarck\n\nOtto von Bismarck was a Prussian statesman who unified Germany in 1871.\n",
		});
		expect(opening.facts.map((f) => [f.term, f.definition])).toEqual([
			["Otto von Bismarck", "a Prussian statesman who unified Germany in 1871"],
		]);
	});
});
