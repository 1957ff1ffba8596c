/** Issue 14 H4: cards of a brief renamed while Obsidian was closed are found again by their items' content ids. */
import { describe, expect, test } from "vitest";
import { detachedCards, reattachEvents } from "../../../src/core/review";

const card = (id: string, orphaned = false) => ({ id, orphaned });

describe("reattach", () => {
	const cards = [
		card("Old.md#e:a:0/date"),
		card("Old.md#q:b:0/cloze:x@0", true),
		card("Old.md#f:c:0/d2t"),
		card("Kept.md#e:z:0/date"),
	];

	test("only cards whose brief id is gone are detached", () => {
		const d = detachedCards(cards, new Set(["Kept.md", "New/Old.md"]));
		expect([...d.keys()]).toEqual(["Old.md"]);
		expect(d.get("Old.md")).toHaveLength(3);
	});

	test("cards move to the brief that holds their items; an orphan is restored; an item in no brief stays", () => {
		const d = detachedCards(cards, new Set(["Kept.md", "New/Old.md"]));
		const events = reattachEvents(
			d,
			[
				{ id: "Kept.md", itemIds: ["e:z:0"] },
				{ id: "New/Old.md", itemIds: ["e:a:0", "q:b:0"] },
			],
			5,
		);
		expect(events).toEqual([
			{ k: "relink", from: "Old.md#e:a:0/date", to: "New/Old.md#e:a:0/date", t: 5 },
			{ k: "relink", from: "Old.md#q:b:0/cloze:x@0", to: "New/Old.md#q:b:0/cloze:x@0", t: 5 },
			{ k: "restore", card: "New/Old.md#q:b:0/cloze:x@0", t: 5 },
		]);
	});

	test("a brief sharing one quote of many is not the renamed one; a tie moves nothing", () => {
		const many = ["a", "b", "c", "d"].map((x) => card(`Old.md#q:${x}:0/cloze:x@0`));
		const d = detachedCards(many, new Set());
		expect(reattachEvents(d, [{ id: "Other.md", itemIds: ["q:a:0"] }], 1)).toEqual([]);
		expect(
			reattachEvents(
				d,
				[
					{ id: "A.md", itemIds: ["q:a:0", "q:b:0"] },
					{ id: "B.md", itemIds: ["q:c:0", "q:d:0"] },
				],
				1,
			),
		).toEqual([]);
		expect(
			reattachEvents(
				d,
				[
					{ id: "A.md", itemIds: ["q:a:0", "q:b:0", "q:c:0"] },
					{ id: "B.md", itemIds: ["q:d:0"] },
				],
				1,
			),
		).toHaveLength(3);
	});

	test("nothing detached, nothing to do", () => {
		expect(reattachEvents(new Map(), [{ id: "A.md", itemIds: ["x"] }], 1)).toEqual([]);
	});
});
