/** obsidian shim, part 1: helpers, Events, Component and files. */
export function notImplemented(name: string): never {
	throw new Error(`obsidian shim: ${name} is app-owned and not implemented in tests`);
}

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
};

/** Like Obsidian's: forward slashes, no repeated, leading or trailing slash, no-break spaces as spaces, NFC. */
export function normalizePath(path: string): string {
	const p = path
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.replace(/\u00a0|\u202f/g, " ")
		.normalize("NFC");
	return p || "/";
}

export function debounce<T extends unknown[]>(cb: (...args: T) => unknown, timeout = 0, resetTimer = false) {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let lastArgs: T | null = null;
	const run = () => {
		timer = null;
		if (lastArgs) cb(...lastArgs);
		lastArgs = null;
	};
	const fn = (...args: T) => {
		lastArgs = args;
		if (timer && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (!timer) timer = setTimeout(run, timeout);
		return fn;
	};
	fn.cancel = () => {
		if (timer) clearTimeout(timer);
		timer = null;
		lastArgs = null;
		return fn;
	};
	fn.run = () => {
		if (timer) {
			clearTimeout(timer);
			run();
		}
	};
	return fn;
}

/** Events: on/off/trigger with EventRefs, like Obsidian's. */
export interface EventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

export class Events {
	private _handlers = new Map<string, EventRef[]>();
	on(name: string, callback: (...data: any[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback, ctx };
		const list = this._handlers.get(name) ?? [];
		list.push(ref);
		this._handlers.set(name, list);
		return ref;
	}
	off(name: string, callback: (...data: any[]) => unknown): void {
		const list = this._handlers.get(name);
		if (list)
			this._handlers.set(
				name,
				list.filter((r) => r.fn !== callback),
			);
	}
	offref(ref: EventRef): void {
		const list = this._handlers.get(ref.name);
		if (list)
			this._handlers.set(
				ref.name,
				list.filter((r) => r !== ref),
			);
	}
	trigger(name: string, ...data: unknown[]): void {
		for (const ref of [...(this._handlers.get(name) ?? [])]) ref.fn.apply(ref.ctx, data);
	}
	tryTrigger(ref: EventRef, data: unknown[]): void {
		try {
			ref.fn.apply(ref.ctx, data);
		} catch (e) {
			console.error(e);
		}
	}
	/** Test helper: how many handlers are registered (all names, or one). */
	listenerCount(name?: string): number {
		if (name) return this._handlers.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._handlers.values()) n += list.length;
		return n;
	}
}

/** Component: load/unload lifecycle with registered cleanups, events, DOM events and intervals. */
export class Component {
	_loaded = false;
	private _children: Component[] = [];
	private _cleanups: (() => unknown)[] = [];
	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		this.onload();
		for (const c of this._children) c.load();
	}
	onload(): void {}
	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		for (const c of this._children.splice(0)) c.unload();
		for (const fn of this._cleanups.splice(0).reverse()) fn();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}
	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}
	register(cb: () => unknown): void {
		this._cleanups.push(cb);
	}
	registerEvent(ref: EventRef): void {
		this.register(() => ref.e.offref(ref));
	}
	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (ev: any) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		el.addEventListener(type, callback as EventListener, options);
		this.register(() => el.removeEventListener(type, callback as EventListener, options));
	}
	registerInterval(id: number): number {
		this.register(() => window.clearInterval(id));
		return id;
	}
	/** Test helper: registered cleanups still pending (listeners, intervals ...). */
	pendingCleanups(): number {
		return this._cleanups.length + this._children.reduce((n, c) => n + c.pendingCleanups(), 0);
	}
}

export abstract class TAbstractFile {
	vault: unknown = null;
	path = "";
	name = "";
	parent: TFolder | null = null;
}

export class TFile extends TAbstractFile {
	stat = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "md";
	constructor(path = "", stat?: { ctime: number; mtime: number; size: number }) {
		super();
		if (path) setFilePath(this, path);
		if (stat) this.stat = stat;
	}
}

export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];
	constructor(path = "") {
		super();
		this.path = path;
		this.name = path.split("/").pop() ?? "";
	}
	isRoot(): boolean {
		return this.path === "" || this.path === "/";
	}
}

/** Test helper: set path, name, basename and extension of a TFile together (rename). */
export function setFilePath(file: TFile, path: string): void {
	file.path = path;
	file.name = path.split("/").pop() ?? path;
	const dot = file.name.lastIndexOf(".");
	file.basename = dot > 0 ? file.name.slice(0, dot) : file.name;
	file.extension = dot > 0 ? file.name.slice(dot + 1) : "";
}
