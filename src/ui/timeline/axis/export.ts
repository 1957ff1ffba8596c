/**
 * Export the axis as it is on screen: a standalone SVG (theme colours resolved, so it looks the same
 * outside Obsidian) or a PNG drawn from it at twice the size. Both are written as new files in the vault
 * root; briefs are never touched.
 */
import { Notice, type App } from "obsidian";
import { svgEl } from "../../dashboard/svg";
import type { AxisPane } from "./pane";
import { svgMarks } from "./svg-marks";
import { t } from "../../../obsidian/i18n";

const STYLE_PROPS = [
	"fill",
	"stroke",
	"stroke-width",
	"stroke-dasharray",
	"opacity",
	"fill-opacity",
	"font-size",
	"font-family",
	"font-weight",
] as const;

/** The live SVG with every element's computed style written onto it, and the pane's background. */
export function standaloneSvg(svg: SVGSVGElement): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const live = [svg, ...Array.from(svg.querySelectorAll("*"))];
	const copy = [clone, ...Array.from(clone.querySelectorAll("*"))];
	const win = svg.ownerDocument.defaultView;
	live.forEach((el, i) => {
		const cs = win?.getComputedStyle(el);
		const target = copy[i];
		if (!cs || !target) return;
		target.removeAttribute("class");
		target.removeAttribute("data-ev");
		target.removeAttribute("data-cluster");
		target.removeAttribute("data-first");
		target.removeAttribute("data-year");
		if (el.tagName === "title") return;
		for (const p of STYLE_PROPS) {
			const v = cs.getPropertyValue(p);
			if (v) target.setAttribute(p, v);
		}
	});
	clone.setAttribute("xmlns", "http://www.w3.org/2000/svg");
	clone.removeAttribute("aria-hidden");
	clone.removeAttribute("focusable");
	clone.removeAttribute("style");
	clone.setAttribute("role", "img");
	const bg = svgEl(clone, "rect");
	const host = svg.parentElement;
	let color = host ? win?.getComputedStyle(host).backgroundColor : "";
	if (!color || color === "rgba(0, 0, 0, 0)")
		color =
			host?.closest(".sb-tl-view") && win
				? win.getComputedStyle(host.closest(".sb-tl-view")!).backgroundColor
				: "#ffffff";
	bg.setAttribute("width", "100%");
	bg.setAttribute("height", "100%");
	bg.setAttribute("fill", color || "#ffffff");
	clone.insertBefore(bg, clone.firstChild);
	return new XMLSerializer().serializeToString(clone);
}

/**
 * The axis as on screen, as one standalone SVG: the live grid plus the canvas layer drawn again as SVG
 * shapes and text (in a hidden copy inside the pane, so that the theme's styles resolve).
 */
export function axisSvg(pane: AxisPane): string {
	const last = pane.last;
	if (!last || !pane.data) throw new Error(t("The axis has nothing drawn yet."));
	const copy = pane.svg.cloneNode(true) as SVGSVGElement;
	copy.addClass("sb-ax-export");
	const data = pane.data;
	svgMarks(copy, last.layout, last.named, data.events, (i) => pane.host.colorClass(data.events[i].briefPath));
	pane.viewport.appendChild(copy);
	try {
		return standaloneSvg(copy);
	} finally {
		copy.remove();
	}
}

/** A PNG of the SVG at `scale` times its size. */
export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<ArrayBuffer> {
	const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
	try {
		const img = new Image();
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error(t("The SVG could not be drawn.")));
			img.src = url;
		});
		const canvas = createEl("canvas");
		canvas.width = Math.ceil(width * scale);
		canvas.height = Math.ceil(height * scale);
		const ctx = canvas.getContext("2d");
		if (!ctx) throw new Error(t("No canvas to draw on."));
		ctx.scale(scale, scale);
		ctx.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, "image/png"));
		if (!blob) throw new Error(t("The PNG could not be made."));
		return await blob.arrayBuffer();
	} finally {
		URL.revokeObjectURL(url);
	}
}

function freePath(app: App, base: string, ext: string): string {
	let path = `${base}.${ext}`;
	for (let k = 2; app.vault.getAbstractFileByPath(path); k++) path = `${base} ${k}.${ext}`;
	return path;
}

/** Write the current axis to the vault as SVG or PNG; a Notice says where (or why not). */
export async function exportAxis(app: App, pane: AxisPane, kind: "svg" | "png"): Promise<string | null> {
	try {
		if (!pane.last) throw new Error(t("The axis has nothing drawn yet."));
		const text = axisSvg(pane);
		const path = freePath(app, t("Timeline axis"), kind);
		if (kind === "svg") await app.vault.create(path, text);
		else await app.vault.createBinary(path, await svgToPng(text, pane.view.width, pane.last.height));
		new Notice(t("Saved the timeline axis as {0}.", path));
		return path;
	} catch (e) {
		console.error("Study Briefs: axis export failed", e);
		new Notice(t("Could not export the axis: {0}", e instanceof Error ? e.message : String(e)));
		return null;
	}
}
