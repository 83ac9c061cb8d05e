// Built-ins captured before pdf.js is evaluated. Both pdf.js files pdf-parse ships (the
// worker module and the main bundle) carry a core-js polyfill that replaces
// Array.prototype.push for the whole process: it distrusts V8's push on arrays with a
// non-writable length, an edge case nothing here relies on, and the replacement made every
// push in the engine about 3× slower. Each importer of a pdf.js file calls
// restoreNativeArrayPush() right after the import has run.
const nativeArrayPush = Array.prototype.push;

export function restoreNativeArrayPush(): void {
  if (Array.prototype.push === nativeArrayPush) return;
  Object.defineProperty(Array.prototype, "push", { value: nativeArrayPush, writable: true, configurable: true, enumerable: false });
}
