import type { Frontmatter } from "../model";
import type { ProblemLike, SplitFrontmatter } from "./types";
import { parseSimpleYaml } from "./simple-yaml";
import { frontmatterClose, noteLines } from "../text";

/**
 * Where the block is follows Obsidian's rule (core/text/frontmatter-block.ts): a note Obsidian shows without
 * properties is never read as published.
 */

/** Splits a note into its front-matter text and body. Handles a BOM and CRLF; never throws. */
export function splitFrontmatter(text: string): SplitFrontmatter {
	return splitFrontmatterLines(noteLines(text));
}

/** splitFrontmatter on lines already split by noteLines. */
export function splitFrontmatterLines(lines: string[]): SplitFrontmatter {
	if (lines.length < 2 || lines[0] !== "---") {
		return { raw: null, body: lines.join("\n"), bodyStartLine: 0, format: null };
	}
	const close = frontmatterClose(lines);
	if (close < 0) {
		return {
			raw: null,
			body: lines.join("\n"),
			bodyStartLine: 0,
			format: null,
			problem: { line: 0, message: "front-matter is not closed: no closing --- line", severity: "error" },
		};
	}
	const raw = lines.slice(1, close).join("\n");
	const format = raw.trimStart().startsWith("{") ? "json" : "yaml";
	return { raw, body: lines.slice(close + 1).join("\n"), bodyStartLine: close + 1, format };
}

function errorLine(err: unknown): number | undefined {
	if (typeof err !== "object" || err === null) return undefined;
	const mark = (err as { mark?: { line?: unknown } }).mark;
	if (mark && typeof mark.line === "number") return mark.line;
	const line = (err as { line?: unknown }).line;
	return typeof line === "number" ? line : undefined;
}

/** V8's JSON.parse errors say "at position 17" or "(line 2 column 5)": turn that into a 0-based line of `raw`. */
function jsonErrorLine(err: unknown, raw: string): number | undefined {
	const msg = err instanceof Error ? err.message : "";
	const line = /\(line (\d+) column \d+\)/.exec(msg);
	if (line) return Number(line[1]) - 1;
	const pos = /at position (\d+)/.exec(msg);
	if (!pos) return undefined;
	const at = Math.min(Number(pos[1]), raw.length);
	let n = 0;
	for (let i = 0; i < at; i++) if (raw.charCodeAt(i) === 10) n++;
	return n;
}

function errorText(err: unknown): string {
	const msg = err instanceof Error ? err.message : String(err);
	return msg.split("\n")[0].slice(0, 200);
}

export interface ParsedFrontmatter {
	data: Frontmatter | null;
	problem?: ProblemLike;
}

/** Parses front-matter text (JSON or YAML); a bad one becomes a problem with its line in the note. */
export function parseFrontmatter(
	raw: string,
	format: "yaml" | "json",
	parseYaml?: (text: string) => unknown,
): ParsedFrontmatter {
	let value: unknown;
	try {
		if (format === "json") {
			value = JSON.parse(raw);
			// Obsidian reads JSON front-matter as YAML, where a repeated key makes the whole block invalid.
			const dup = duplicateJsonKey(raw);
			if (dup) {
				return {
					data: null,
					problem: {
						line: 1 + dup.line,
						message: `front-matter is not valid JSON: duplicate key "${dup.key.slice(0, 80)}"`,
						severity: "error",
					},
				};
			}
		} else value = parseYaml ? parseYaml(raw) : parseSimpleYaml(raw);
	} catch (err) {
		const inner = errorLine(err) ?? jsonErrorLine(err, raw);
		const kind = format === "json" ? "JSON" : "YAML";
		return {
			data: null,
			problem: {
				line: 1 + (inner ?? 0),
				message: `front-matter is not valid ${kind}: ${errorText(err)}`,
				severity: "error",
			},
		};
	}
	if (value === null || value === undefined) return { data: null };
	if (typeof value !== "object" || Array.isArray(value)) {
		return { data: null, problem: { line: 1, message: "front-matter is not a key/value map", severity: "error" } };
	}
	return { data: value as Frontmatter };
}

/**
 * The first key repeated within one JSON object of `raw` (already valid JSON), with its 0-based line; null
 * when every object's keys are distinct. One linear pass over the text.
 */
export function duplicateJsonKey(raw: string): { key: string; line: number } | null {
	// One entry per open object or array; arrays have no key set.
	const stack: { keys: Set<string> | null; expectKey: boolean }[] = [];
	let line = 0;
	for (let i = 0; i < raw.length; i++) {
		const c = raw.charCodeAt(i);
		const top = stack[stack.length - 1];
		if (c === 10) line++;
		else if (c === 123 /* { */) stack.push({ keys: new Set(), expectKey: true });
		else if (c === 91 /* [ */) stack.push({ keys: null, expectKey: false });
		else if (c === 125 /* } */ || c === 93 /* ] */) stack.pop();
		else if (c === 44 /* , */ && top?.keys) top.expectKey = true;
		else if (c === 34 /* " */) {
			const start = i;
			for (i++; i < raw.length && raw.charCodeAt(i) !== 34; i++) if (raw.charCodeAt(i) === 92) i++;
			if (top?.keys && top.expectKey) {
				const text = raw.slice(start + 1, i);
				const key = text.includes("\\") ? (JSON.parse(`"${text}"`) as string) : text;
				if (top.keys.has(key)) return { key, line };
				top.keys.add(key);
				top.expectKey = false;
			}
		}
	}
	return null;
}

/**
 * The value of a front-matter key the note itself wrote: never one inherited from Object.prototype, so a
 * key named `constructor`, `toString`, `__proto__` or `hasOwnProperty` is only there when the note has it.
 */
export function ownValue(frontmatter: Frontmatter | null | undefined, key: string): unknown {
	return frontmatter && typeof frontmatter === "object" && hasOwn(frontmatter, key) ? frontmatter[key] : undefined;
}

/**
 * Object.hasOwn's check, written for the plugin's ES2021 target (esbuild.config.mjs): Object.hasOwn itself is
 * ES2022 and missing from older mobile WebViews.
 */
export function hasOwn(o: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(o, key);
}

/** Digital Garden truthiness: a key is on when its value is truthy and not the string "false". */
export function isPublished(frontmatter: Frontmatter | null | undefined, publishKeys: string[]): boolean {
	if (!frontmatter || typeof frontmatter !== "object") return false;
	for (const key of publishKeys) {
		const v = ownValue(frontmatter, key);
		if (!v) continue;
		if (typeof v === "string" && v.trim().toLowerCase() === "false") continue;
		if (typeof v === "string" && !v.trim()) continue;
		return true;
	}
	return false;
}

/** Tags from a list or a "a, b" / "a b" string, without "#", deduplicated. */
export function tagsOf(frontmatter: Frontmatter | null | undefined): string[] {
	if (!frontmatter) return [];
	const raw = ownValue(frontmatter, "tags") ?? ownValue(frontmatter, "tag") ?? ownValue(frontmatter, "Tags");
	const list: unknown[] = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
	const out: string[] = [];
	for (const t of list) {
		if (typeof t !== "string" && typeof t !== "number") continue;
		const tag = String(t).trim().replace(/^#+/, "");
		if (tag && !out.includes(tag)) out.push(tag);
	}
	return out;
}

/** dg-permalink, else permalink, when it is a non-empty string. */
export function permalinkOf(frontmatter: Frontmatter | null | undefined): string | undefined {
	if (!frontmatter) return undefined;
	for (const key of ["dg-permalink", "permalink"]) {
		const v = ownValue(frontmatter, key);
		if (typeof v === "string" && v.trim()) return v.trim();
	}
	return undefined;
}

/** dg-hide: hidden from the garden's navigation (same truthiness as dg-publish). */
export function isHidden(frontmatter: Frontmatter | null | undefined): boolean {
	return isPublished(frontmatter, ["dg-hide"]);
}
