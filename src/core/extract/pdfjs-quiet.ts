// pdf.js's API module, when it is evaluated, tries to borrow a canvas package for rendering
// and warns on the console when it cannot: in a Worker always (no `require`, no ImageData,
// no Path2D), in Node where the native canvas does not load. Text extraction never renders,
// so those warnings say nothing about the work done here, and every start of `npm start`
// printed three of them. They are dropped while pdf.js is evaluated, by their exact wording;
// any other warning, then or later, is shown as it is.
const KNOWN_HARMLESS: readonly RegExp[] = [
  /^Warning: Cannot polyfill `(ImageData|Path2D)`, rendering may be broken\.$/,
  /^Warning: Cannot access the `require` function: /,
  /^Warning: Cannot load "@napi-rs\/canvas" package: /,
];

let shownWarn: typeof console.warn | null = null;

export function isKnownHarmlessPdfjsWarning(message: unknown): boolean {
  return typeof message === "string" && KNOWN_HARMLESS.some((pattern) => pattern.test(message));
}

/** From here until `showPdfjsWarnings()`, the known-harmless start-up warnings are not printed. */
export function muteHarmlessPdfjsWarnings(): void {
  if (shownWarn) return;
  const warn = console.warn;
  shownWarn = warn;
  console.warn = (...args: unknown[]) => {
    if (args.length === 1 && isKnownHarmlessPdfjsWarning(args[0])) return;
    warn.apply(console, args);
  };
}

export function showPdfjsWarnings(): void {
  if (!shownWarn) return;
  console.warn = shownWarn;
  shownWarn = null;
}
