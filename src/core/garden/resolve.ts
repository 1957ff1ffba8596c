/**
 * Link resolution outside Obsidian (CLI, tests), close to metadataCache.getFirstLinkpathDest:
 * a path relative to the linking note's folder, a vault path (with or without ".md"), else the note with that
 * name (case-insensitive) — the one in the linking note's folder first, then the shortest path.
 */
import type { ResolveLink } from "./types";

function dirOf(path: string): string {
	const i = path.lastIndexOf("/");
	return i >= 0 ? path.slice(0, i) : "";
}

function joinPath(dir: string, rel: string): string | null {
	const out: string[] = dir ? dir.split("/") : [];
	for (const seg of rel.split("/")) {
		if (seg === "" || seg === ".") continue;
		if (seg === "..") {
			if (!out.length) return null;
			out.pop();
		} else out.push(seg);
	}
	return out.join("/");
}

export function makeResolver(paths: string[]): ResolveLink {
	const exact = new Map<string, string>();
	const byName = new Map<string, string[]>();
	for (const p of paths) {
		exact.set(p.toLowerCase(), p);
		const name = p.slice(p.lastIndexOf("/") + 1).toLowerCase();
		for (const key of [name, name.replace(/\.md$/, "")]) {
			const list = byName.get(key) ?? [];
			if (!list.includes(p)) list.push(p);
			byName.set(key, list);
		}
	}
	const find = (p: string): string | undefined => exact.get(p.toLowerCase()) ?? exact.get(`${p.toLowerCase()}.md`);
	return (target: string, fromPath: string) => {
		const t = target.trim().replace(/\\/g, "/").replace(/^\/+/, "");
		if (!t) return null;
		if (t.startsWith("./") || t.startsWith("../")) {
			const joined = joinPath(dirOf(fromPath), t);
			return joined ? (find(joined) ?? null) : null;
		}
		const rel = joinPath(dirOf(fromPath), t);
		const near = rel ? find(rel) : undefined;
		if (near) return near;
		const direct = find(t);
		if (direct) return direct;
		if (t.includes("/")) {
			const suffix = paths.filter((p) => {
				const lp = p.toLowerCase();
				const lt = t.toLowerCase();
				return lp.endsWith(`/${lt}`) || lp.endsWith(`/${lt}.md`);
			});
			return suffix.sort((a, b) => a.length - b.length)[0] ?? null;
		}
		const list = byName.get(t.toLowerCase());
		if (!list?.length) return null;
		const here = dirOf(fromPath);
		return (
			list.find((p) => dirOf(p) === here) ?? [...list].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0]
		);
	};
}
