/** A tiny argument parser: positionals, `--flag`, `--key value` / `--key=value`. Unknown flags are errors. */
export interface ParsedArgs {
	positionals: string[];
	flags: Record<string, string | boolean>;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], valued: string[], booleans: string[]): ParsedArgs {
	const positionals: string[] = [];
	const flags: Record<string, string | boolean> = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === "--") {
			positionals.push(...argv.slice(i + 1));
			break;
		}
		if (!a.startsWith("--")) {
			positionals.push(a);
			continue;
		}
		const eq = a.indexOf("=");
		const name = a.slice(2, eq > 0 ? eq : undefined);
		if (valued.includes(name)) {
			const value = eq > 0 ? a.slice(eq + 1) : argv[++i];
			if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`);
			flags[name] = value;
		} else if (booleans.includes(name)) {
			if (eq > 0) throw new UsageError(`--${name} takes no value`);
			flags[name] = true;
		} else {
			throw new UsageError(`unknown option --${name}`);
		}
	}
	return { positionals, flags };
}

/** A whole-number flag, at least `min` (e.g. `--count 0` asks for nothing and is refused). */
export function intFlag(flags: ParsedArgs["flags"], name: string, fallback: number, min = 0): number {
	const v = flags[name];
	if (v === undefined) return fallback;
	const n = Number(v);
	if (typeof v !== "string" || !v.trim() || !Number.isSafeInteger(n) || n < 0)
		throw new UsageError(`--${name} must be a whole number`);
	if (n < min) throw new UsageError(`--${name} must be at least ${min}`);
	return n;
}
