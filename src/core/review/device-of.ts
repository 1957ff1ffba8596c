import { baseName } from "../text";

/**
 * The device a log file belongs to: its name up to the first character a device id never has (device ids are
 * letters, digits, "-" and "_"), so every copy of a device's log ("phone 2.md", "phone (conflicted copy).md")
 * is read as that device's. The plugin and the CLI, review and curation logs alike.
 */
export function deviceOf(path: string): string {
	const name = baseName(path);
	return /^[A-Za-z0-9_-]+/.exec(name)?.[0] ?? name;
}
