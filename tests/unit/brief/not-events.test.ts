/** Issue 16, items 5 and 7: questions, prompts, tasks, advice, the title and repeats give no timeline rows. */
import { describe, expect, it, test } from "vitest";
import { parseBrief } from "../../../src/core/brief";
import { isNotEvent } from "../../../src/core/brief/not-events";

const read = (text: string) => parseBrief({ path: "Notes/n.md", text: `---\ndg-publish: true\n---\n${text}` });
const texts = (text: string) => read(text).events.map((e) => `${e.date.label}: ${e.text}`);

describe("not events", () => {
	test.each([
		["In 1415, the war continued - what happened at the Battle of Agincourt?"],
		["What were the main events of the French Revolution between 1789 and 1799?"],
		["How was medicine conducted in the 17th century? (hint, read pg 425)"],
		["6. Explain the causes and effects of political institutions from 1450- 1648."],
		["To what extent was the 1905 Revolution a turning point"],
		["Skim pp. 914-917. Read “Popular Culture”"],
		["Read pages 261–264 on the 1848 revolutions"],
		["Make an argument either for or against the idea that climate mattered in the fourteenth century"],
		["Pupils often assume England changed overnight in 1066."],
		["Students should follow a narrative from 492 BC"],
		["Guiding question: why did 1917 happen"],
		["Simulating the 1215 negotiations helps pupils understand the power dynamics."],
		["This enquiry examines the causes of the 1215 crisis."],
	])("%s", (s) => {
		expect(isNotEvent(s)).toBe(true);
	});

	test.each([
		["In 1415 the English won at Agincourt."],
		["The Treaty of Versailles (1919) ended the war!"],
		["Explanations of the 1929 crash differ."],
		["Reading the Riot Act in 1715 became a legal step."],
		["Students at Tiananmen protested in 1989."],
	])("an event: %s", (s) => {
		expect(isNotEvent(s)).toBe(false);
	});

	it("keeps the statement and drops the question of one bullet", () => {
		expect(
			texts("- In 1271, Marco Polo ventured east. What happened in the 14th century that stifled travel?\n"),
		).toEqual(["1271: In 1271, Marco Polo ventured east."]);
	});

	it("drops question headings and task items", () => {
		expect(
			texts(
				"## Notes\n#### What did the 1763 treaty change? That Britain won.\n- [ ] Read section 5.10 on the 1848 revolutions\n- [x] 1848 essay\n- In 1848 Europe rose.\n",
			),
		).toEqual(["1848: In 1848 Europe rose."]);
	});

	it("the brief's title heading is not a row", () => {
		const b = read(
			"# Relations between Greek states, 492–404 BC\n\n## The Persian challenge, 492–479 BC\nMarathon came in 490 BC.\n",
		);
		expect(b.title).toBe("Relations between Greek states, 492–404 BC");
		expect(b.events.map((e) => e.date.label)).toEqual(["492–479 BC", "490 BC"]);
	});

	it("one sentence repeated gives one row", () => {
		expect(texts("- Unification of Egypt c.3100 BC\n\nLater:\n\n- Unification of Egypt c.3100 BC\n")).toEqual([
			"c. 3100 BC: Unification of Egypt c.3100 BC",
		]);
	});
});
