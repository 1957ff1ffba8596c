import type { App } from "obsidian";

/** Vault-scoped local storage key (never data.json: a synced device id makes two devices share a log). */
export const DEVICE_ID_KEY = "study-briefs-device-id";

const SAFE = /^[A-Za-z0-9_-]{6,64}$/;

/** Obsidian's vault-scoped local storage (public API since 1.8.7; present, untyped, before). */
interface LocalStore {
	appId?: string;
	loadLocalStorage?(key: string): unknown;
	saveLocalStorage?(key: string, value: unknown): void;
}

function randomId(): string {
	const c = window.crypto as Crypto | undefined;
	if (c && typeof c.randomUUID === "function") return c.randomUUID();
	const bytes = new Uint8Array(16);
	if (c && typeof c.getRandomValues === "function") c.getRandomValues(bytes);
	else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
	return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

function load(store: LocalStore, key: string): unknown {
	if (typeof store.loadLocalStorage === "function") return store.loadLocalStorage(key);
	return window.localStorage.getItem(`${store.appId ?? "vault"}-${key}`);
}

function save(store: LocalStore, key: string, value: string): void {
	if (typeof store.saveLocalStorage === "function") store.saveLocalStorage(key, value);
	else window.localStorage.setItem(`${store.appId ?? "vault"}-${key}`, value);
}

/**
 * This device's id: read from Obsidian's vault-scoped local storage, made (and saved) on first use.
 * A stored value that is not a safe file name is replaced.
 */
export function deviceId(app: App): string {
	const store = app as unknown as LocalStore;
	const stored = load(store, DEVICE_ID_KEY);
	if (typeof stored === "string" && SAFE.test(stored)) return stored;
	const id = randomId();
	save(store, DEVICE_ID_KEY, id);
	return id;
}
