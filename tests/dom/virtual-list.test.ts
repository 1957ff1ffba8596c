/**
 * The virtual list keeps one offsets buffer from update to update (an edit changes the count by a few): the
 * offsets, the total height and the rows drawn stay right when the count shrinks and grows again.
 */
import { describe, expect, it } from "vitest";
import { VirtualList } from "../../src/ui/timeline/virtual-list";

function makeList(heightOf: (i: number) => number) {
	const scroller = document.body.createDiv();
	const canvas = scroller.createDiv();
	const drawn: number[] = [];
	const list = new VirtualList({
		scroller,
		canvas,
		heightOf,
		render: (i, el) => {
			drawn.push(i);
			el.setText(String(i));
		},
		overscan: 0,
	});
	list.assume({ top: 0, height: 100, overscan: 0 });
	return { list, drawn };
}

describe("VirtualList offsets", () => {
	it("are the prefix sums of the heights after the count shrinks and grows", () => {
		const heights = (i: number) => (i % 7 === 0 ? 30 : 20);
		const { list, drawn } = makeList(heights);
		const sum = (n: number) => Array.from({ length: n }, (_, i) => heights(i)).reduce((a, b) => a + b, 0);
		for (const count of [1000, 400, 999, 1003, 0, 12]) {
			list.setCount(count);
			expect(list.count).toBe(count);
			expect(list.total).toBe(sum(count));
			for (const i of [0, 1, Math.floor(count / 2), count])
				expect(list.offsetOf(i)).toBe(sum(Math.min(i, count)));
			// beyond the count: clamped to the end, never a stale offset of an earlier, longer list
			expect(list.offsetOf(count + 5)).toBe(sum(count));
		}
		// the rows drawn for the last count are inside it
		expect(drawn.length).toBeGreaterThan(0);
		expect(Math.max(...drawn.slice(-5))).toBeLessThan(12);
	});
});
