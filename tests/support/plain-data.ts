/** Checks that a value is plain JSON data that owns its objects (the indexer keeps parseBrief's Brief as is). */
import { readdirSync, statSync } from "node:fs";

/** Appends to `out` the paths of values JSON would change or drop, and of objects reachable twice. */
export function notPlain(v: unknown, path: string, seen: Set<object>, out: string[]): void {
	if (v === undefined || typeof v === "function" || typeof v === "symbol" || typeof v === "bigint")
		out.push(`${path}: ${typeof v}`);
	else if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) out.push(`${path}: ${v}`);
	else if (v && typeof v === "object") {
		if (seen.has(v)) out.push(`${path}: shared`);
		seen.add(v);
		const proto: unknown = Object.getPrototypeOf(v);
		if (proto !== Object.prototype && proto !== Array.prototype) out.push(`${path}: not a plain object`);
		for (const [k, x] of Object.entries(v)) notPlain(x, `${path}.${k}`, seen, out);
	}
}

/** Note files (.md, .mdx, .markdown) under a folder, as paths relative to it, sorted. */
export function notesUnder(root: string, prefix = ""): string[] {
	const out: string[] = [];
	for (const name of readdirSync(root).sort()) {
		const full = `${root}/${name}`;
		if (statSync(full).isDirectory()) out.push(...notesUnder(full, `${prefix}${name}/`));
		else if (/\.(md|mdx|markdown)$/i.test(name)) out.push(`${prefix}${name}`);
	}
	return out;
}
