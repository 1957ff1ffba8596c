/**
 * The garden's axis image rendered in Chromium at 880 px: every text at least 10 px, no two texts overlapping,
 * nothing outside the image; light and dark (prefers-color-scheme) screenshots.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { timelineImages } from "../../src/core/garden/axis-page";
import { syntheticBriefs } from "./helpers/events";

afterEach(() => {
	document.querySelectorAll(".sb-garden-axis-test").forEach((e) => e.remove());
});

function mount(svgText: string): SVGSVGElement {
	const host = document.body.createDiv({ cls: "sb-garden-axis-test" });
	const doc = new DOMParser().parseFromString(svgText.replace(/^<!--[^>]*-->\n/, ""), "image/svg+xml");
	expect(doc.querySelector("parsererror")).toBeNull();
	const svg = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement;
	host.appendChild(svg);
	return svg;
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
	return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

describe("garden axis image in Chromium", () => {
	for (const [name, n] of [
		["small", 40],
		["dense", 1500],
	] as const) {
		it(`${name} vault (${n} events): legible at 880 px, no overlapping text`, async () => {
			const briefs = syntheticBriefs(n, { seed: 4, minYear: -3000, maxYear: 2020 });
			const img = timelineImages(
				[{ kind: "timeline", path: "Garden/Timeline.md", title: "Timeline" }],
				briefs,
			).get("Garden/Timeline.md")!;
			const svg = mount(img.content);
			const box = svg.getBoundingClientRect();
			expect(box.width).toBe(880);
			const texts = [...svg.querySelectorAll("text")];
			expect(texts.length).toBeGreaterThan(5);
			const rects = texts.map((t) => t.getBoundingClientRect());
			for (const t of texts) expect(parseFloat(getComputedStyle(t).fontSize)).toBeGreaterThanOrEqual(10);
			for (const r of rects) {
				expect(r.left).toBeGreaterThanOrEqual(box.left - 0.5);
				expect(r.right).toBeLessThanOrEqual(box.right + 0.5);
			}
			for (let i = 0; i < rects.length; i++) {
				for (let j = i + 1; j < rects.length; j++) {
					if (overlaps(rects[i], rects[j]))
						throw new Error(`"${texts[i].textContent}" overlaps "${texts[j].textContent}"`);
				}
			}
			await page.screenshot({ path: `../screenshots/garden-axis-${name}.png`, element: svg.parentElement! });
		});
	}
});
