/** Types for scripts/find-browser.mjs (imported by vitest.config.mts and the tests). */
export declare const SYSTEM_NAMES: string[];
export declare const MAC_APPS: string[];
export declare function browserCandidates(env?: NodeJS.ProcessEnv, extra?: (string | null)[]): string[];
export declare function findBrowser(
	env?: NodeJS.ProcessEnv,
	isExecutable?: (path: string) => boolean,
	extra?: (string | null)[],
): { path: string; reason?: undefined } | { path: null; reason: string };
