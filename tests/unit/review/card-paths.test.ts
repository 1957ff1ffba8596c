/** A review store's card → brief path rule and its grouping of states by brief (core/review/card-paths.ts). */
import { describe, expect, it } from "vitest";
import { CardBriefPaths, StatesByBrief } from "../../../src/core/review/card-paths";
import type { CardState } from "../../../src/core/review";

describe("CardBriefPaths", () => {
	it("an answer teaches the path; otherwise the brief id is asked once per replay", () => {
		const asked: string[] = [];
		const paths = new CardBriefPaths((id) => (asked.push(id), id === "rome" ? "History/Rome.md" : undefined));
		expect(paths.of("rome#e:caesar-1a2b/when")).toBe("History/Rome.md");
		expect(paths.of("rome#e:senate-3c4d/when")).toBe("History/Rome.md");
		expect(asked).toEqual(["rome"]);
		expect(paths.of("gone#e:x-1/when")).toBe("");
		expect(paths.of("not a card id")).toBe("");
		paths.learn("gone#e:x-1/when", "Moved.md");
		expect(paths.of("gone#e:x-1/when")).toBe("Moved.md");
		paths.newReplay();
		paths.of("rome#e:caesar-1a2b/when");
		expect(asked).toEqual(["rome", "gone", "rome"]);
	});
});

describe("StatesByBrief", () => {
	it("groups by brief path and regroups only for a new owner or version", () => {
		const s = (id: string, briefPath: string) => ({ id, briefPath }) as CardState;
		const states = [s("a", "A.md"), s("b", "B.md"), s("c", "A.md")];
		const g = new StatesByBrief();
		const owner = {};
		const first = g.of(owner, 1, states);
		expect([...first.get("A.md")!.keys()]).toEqual(["a", "c"]);
		expect(g.of(owner, 1, [])).toBe(first);
		expect(g.of(owner, 2, []).size).toBe(0);
		expect(g.of({}, 2, states)).not.toBe(first);
	});
});
