import { describe, expect, it } from "vitest";
import {
	buildGardenPages,
	chooseGrouping,
	groupLabel,
	makeLinker,
	makeResolver,
	rewriteLinks,
	yearLabel,
} from "../../../src/core/garden";
import { brief, date, event, note } from "./fixtures";

describe("year and group labels", () => {
	it("BC and AD years, decades and centuries", () => {
		expect(yearLabel(-43)).toBe("44 BC");
		expect(yearLabel(0)).toBe("1 BC");
		expect(yearLabel(1933)).toBe("1933");
		expect(groupLabel(-43, "decade")).toBe("40s BC");
		expect(groupLabel(-3, "decade")).toBe("1–9 BC");
		expect(groupLabel(5, "decade")).toBe("AD 1–9");
		expect(groupLabel(1933, "decade")).toBe("1930s");
		expect(groupLabel(-752, "century")).toBe("8th century BC");
		expect(groupLabel(0, "century")).toBe("1st century BC");
		expect(groupLabel(1, "century")).toBe("1st century");
		expect(groupLabel(1900, "century")).toBe("19th century");
		expect(groupLabel(1901, "century")).toBe("20th century");
		expect(groupLabel(2011, "century")).toBe("21st century");
		expect(groupLabel(1112, "century")).toBe("12th century");
	});

	it("grouping follows the span", () => {
		const ev = (ys: number[]) => ys.map((y) => event("A.md", date(y), "x"));
		expect(chooseGrouping(ev([1933, 1939]))).toBe("year");
		expect(chooseGrouping(ev([1917, 1939]))).toBe("decade");
		expect(chooseGrouping(ev([-43, 1939]))).toBe("century");
	});

	it("a crowded century is split into decade sub-headings", () => {
		const events = [1901, 1903, 1905, 1911, 1914, 1917, 1921, 1929, 1933].map((y) =>
			event("A.md", date(y), `event ${y}`),
		);
		const b = brief("A.md", { events: [...events, event("A.md", date(1550), "early")] });
		const page = buildGardenPages({
			briefs: [b],
			notes: [note("A.md", true)],
			resolveLink: makeResolver(["A.md"]),
			options: { folder: "G", publishKey: "" },
		})[1].content;
		expect(page).toContain(
			"## 16th century\n\n- **1550** — early · [[A]]\n\n## 20th century\n\n### 1900s\n\n- **1901**",
		);
		expect(page).toContain("### 1930s\n\n- **1933** — event 1933 · [[A]]");
	});
});

describe("timeline lines", () => {
	it("an event that is the brief's own title shows just the link", () => {
		const b = brief("Punic.md", {
			title: "The Punic Wars, 264–146 BC",
			events: [event("Punic.md", date(-263, "264–146 BC"), "The Punic Wars, 264–146 BC")],
		});
		const page = buildGardenPages({
			briefs: [b],
			notes: [note("Punic.md", true)],
			resolveLink: makeResolver(["Punic.md"]),
			options: { folder: "G", publishKey: "" },
		})[1].content;
		expect(page).toContain("- **264–146 BC** — [[Punic|The Punic Wars, 264–146 BC]]\n");
	});
});

describe("link rewriting", () => {
	const notes = [note("Pub.md", true), note("Dir/Priv.md", false), note("Dir/Pub.md", true)];
	const resolve = makeResolver(["Pub.md", "Dir/Priv.md", "Dir/Pub.md", "img.png"]);
	const linker = makeLinker(notes, resolve);

	it("keeps links to published notes (shortest unique text), unlinks the rest, drops embeds", () => {
		expect(rewriteLinks("see [[Priv|my notes]] and [[Priv]] and [[Priv#Part]]", "A.md", linker)).toBe(
			"see my notes and Priv and Priv",
		);
		expect(rewriteLinks("see [[Dir/Pub]] and [[Pub.md|alias]]", "A.md", linker)).toBe(
			"see [[Dir/Pub]] and [[Pub|alias]]",
		);
		expect(rewriteLinks("x ![[Priv]] y ![[img.png]] z ![[Pub]]", "A.md", linker)).toBe("x  y  z [[Pub]]");
		expect(
			rewriteLinks("[words](Dir/Priv.md) [pub](Pub.md#Sec) [web](https://e.org) ![i](img.png)", "A.md", linker),
		).toBe("words [[Pub#Sec|pub]] [web](https://e.org) ");
		expect(rewriteLinks("[[Pub|a|b]]", "A.md", linker, true)).toBe("[[Pub\\|a b]]");
	});

	it("resolver: exact path, relative path, name in the same folder first, shortest path", () => {
		expect(resolve("Pub", "Dir/Note.md")).toBe("Dir/Pub.md");
		expect(resolve("Pub", "Other/Note.md")).toBe("Pub.md");
		expect(resolve("Dir/Pub.md", "X.md")).toBe("Dir/Pub.md");
		expect(resolve("../Pub", "Dir/Note.md")).toBe("Pub.md");
		expect(resolve("../../Pub", "Dir/Note.md")).toBeNull();
		expect(resolve("priv", "A.md")).toBe("Dir/Priv.md");
		expect(resolve("Nope", "A.md")).toBeNull();
	});
});
