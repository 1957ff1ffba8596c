// Loaded before the dom (jsdom) tests only. jsdom has no canvas: getContext logs "Not implemented" and returns
// undefined. A browser without a 2D context returns null, which the timeline ruler handles: say so quietly.
Object.defineProperty(HTMLCanvasElement.prototype, "getContext", { configurable: true, value: () => null });
