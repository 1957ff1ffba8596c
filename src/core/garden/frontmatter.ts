/** Front-matter of generated pages: publish key, optional permalink, the generated marker and a hash. */
import { MARKER_KEY } from "../brief/generated";
import { frontmatterBlock, hexHash } from "../text";

export { isGeneratedFrontmatter, MARKER_KEY } from "../brief/generated";
export const HASH_KEY = "study-briefs-hash";
export const UPDATED_KEY = "study-briefs-updated";
/** The first line of a generated SVG (an image has no front-matter). */
export const SVG_MARKER = `<!-- ${MARKER_KEY}: true -->`;

function yamlString(s: string): string {
	return JSON.stringify(s);
}

export interface PageMeta {
	publishKey: string;
	permalink?: string;
	generatedAt?: string;
}

export function withFrontmatter(body: string, meta: PageMeta): string {
	const lines = ["---"];
	if (meta.publishKey) lines.push(`${meta.publishKey}: true`);
	if (meta.permalink) lines.push(`dg-permalink: ${yamlString(meta.permalink)}`);
	lines.push(`${MARKER_KEY}: true`, `${HASH_KEY}: ${hexHash(body)}`);
	if (meta.generatedAt) lines.push(`${UPDATED_KEY}: ${yamlString(meta.generatedAt)}`);
	lines.push("---", "");
	return lines.join("\n") + body;
}

/** True when the file was written by this plugin (its front-matter carries the marker). */
export function isGenerated(text: string): boolean {
	if (text.startsWith(SVG_MARKER)) return true; // a generated image (garden/axis-svg)
	const fm = frontmatterBlock(text);
	if (!fm) return false;
	const re = new RegExp(`^["']?${MARKER_KEY}["']?\\s*:\\s*["']?true["']?\\s*$`, "i");
	return fm.some((l) => re.test(l.trim()));
}

/** Text with the `study-briefs-updated` line removed, line endings normalised: what "changed" compares. */
export function comparable(text: string): string {
	const re = new RegExp(`^${UPDATED_KEY}\\s*:.*$`);
	return text
		.replace(/^\uFEFF/, "")
		.split(/\r?\n/)
		.filter((l) => !re.test(l))
		.join("\n")
		.replace(/\s+$/, "");
}

const PAGE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;
const SVG_HASH = new RegExp(`^<!-- ${HASH_KEY}: ([0-9a-f]{8}) -->\\r?\\n`);

/** A generated SVG image: the marker line, a hash line (as a page's front-matter has), then the SVG. */
export function generatedSvg(svg: string): string {
	const body = `${svg}\n`;
	return `${SVG_MARKER}\n<!-- ${HASH_KEY}: ${hexHash(body)} -->\n${body}`;
}

function isEditedSvg(t: string): boolean {
	const rest = t.slice(SVG_MARKER.length).replace(/^\r?\n/, "");
	const h = SVG_HASH.exec(rest);
	if (!h) return true;
	const body = rest.slice(h[0].length);
	return hexHash(body) !== h[1] && hexHash(body.replace(/\r\n/g, "\n")) !== h[1];
}

/**
 * True when a generated page's body no longer matches the `study-briefs-hash` it was written with: someone
 * edited it. A page without a readable hash counts as edited (kept, never removed).
 */
export function isEditedPage(text: string): boolean {
	const t = text.replace(/^\uFEFF/, "");
	if (t.startsWith(SVG_MARKER)) return isEditedSvg(t);
	const m = PAGE.exec(t);
	if (!m) return true;
	const h = new RegExp(`^${HASH_KEY}\\s*:\\s*["']?([0-9a-f]{8})["']?\\s*$`, "m").exec(m[1]);
	if (!h) return true;
	const body = t.slice(m[0].length);
	return hexHash(body) !== h[1] && hexHash(body.replace(/\r\n/g, "\n")) !== h[1];
}
