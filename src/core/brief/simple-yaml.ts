/**
 * A tiny YAML subset for when no YAML parser is passed: `key: value` lines, `- item` lists,
 * `[a, b]` flow lists, quoted strings, booleans, numbers, null. Throws on lines it cannot read.
 */

function scalar(text: string): unknown {
	const t = text.trim();
	if (t === "" || t === "~" || t === "null") return null;
	if (t === "true" || t === "True") return true;
	if (t === "false" || t === "False") return false;
	if (/^-?\d+(?:\.\d+)?$/.test(t)) return Number(t);
	if (t.startsWith('"') && t.endsWith('"') && t.length > 1) {
		try {
			return JSON.parse(t) as unknown;
		} catch {
			return t.slice(1, -1);
		}
	}
	if (t.startsWith("'") && t.endsWith("'") && t.length > 1) return t.slice(1, -1).replace(/''/g, "'");
	if (t.startsWith("[") && t.endsWith("]")) {
		const inner = t.slice(1, -1).trim();
		return inner ? inner.split(",").map((s) => scalar(s)) : [];
	}
	return t.replace(/\s+#.*$/, "");
}

export function parseSimpleYaml(raw: string): Record<string, unknown> | null {
	const out: Record<string, unknown> = {};
	let lastKey: string | null = null;
	const lines = raw.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (!line.trim() || line.trimStart().startsWith("#")) continue;
		const item = /^\s*-\s*(.*)$/.exec(line);
		if (item && lastKey !== null) {
			const cur = out[lastKey];
			const list = Array.isArray(cur) ? cur : [];
			list.push(scalar(item[1]));
			out[lastKey] = list;
			continue;
		}
		const kv = /^([^\s:#][^:]*?):(?:\s+(.*)|\s*)$/.exec(line);
		if (kv && !/^\s/.test(line)) {
			lastKey = kv[1].trim();
			out[lastKey] = kv[2] === undefined ? null : scalar(kv[2]);
			continue;
		}
		if (/^\s/.test(line) && lastKey !== null) continue;
		const err = new Error(`cannot read line ${i + 1}: ${line.slice(0, 60)}`) as Error & { mark: { line: number } };
		err.mark = { line: i };
		throw err;
	}
	return Object.keys(out).length ? out : null;
}
