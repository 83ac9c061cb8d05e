import { afterEach, describe, expect, it, vi } from "vitest";
import { isKnownHarmlessPdfjsWarning, muteHarmlessPdfjsWarnings, showPdfjsWarnings } from "./pdfjs-quiet.ts";

describe("muting pdf.js's start-up warnings", () => {
  afterEach(() => {
    showPdfjsWarnings();
    vi.restoreAllMocks();
  });

  it("knows the three canvas warnings by their exact wording, and nothing else", () => {
    for (const harmless of [
      "Warning: Cannot polyfill `ImageData`, rendering may be broken.",
      "Warning: Cannot polyfill `Path2D`, rendering may be broken.",
      'Warning: Cannot access the `require` function: "TypeError [ERR_INVALID_ARG_VALUE]: ...".',
      'Warning: Cannot load "@napi-rs/canvas" package: "Error: ...".',
    ]) {
      expect(isKnownHarmlessPdfjsWarning(harmless), harmless).toBe(true);
    }
    for (const other of [
      "Warning: Cannot polyfill `DOMMatrix`, rendering may be broken.",
      "Warning: Cannot polyfill `ImageData`, rendering may be broken. And more.",
      "Warning: loadFont - translateFont failed",
      "Cannot polyfill `Path2D`, rendering may be broken.",
      42,
    ]) {
      expect(isKnownHarmlessPdfjsWarning(other), String(other)).toBe(false);
    }
  });

  it("drops only those while muted, and restores console.warn after", () => {
    const seen: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void seen.push(args);
    try {
      muteHarmlessPdfjsWarnings();
      console.warn("Warning: Cannot polyfill `Path2D`, rendering may be broken.");
      console.warn("Warning: Invalid stream");
      console.warn("Warning: Cannot polyfill `Path2D`, rendering may be broken.", "with a second argument");
      showPdfjsWarnings();
      console.warn("Warning: Cannot polyfill `ImageData`, rendering may be broken.");
      expect(seen).toEqual([
        ["Warning: Invalid stream"],
        ["Warning: Cannot polyfill `Path2D`, rendering may be broken.", "with a second argument"],
        ["Warning: Cannot polyfill `ImageData`, rendering may be broken."],
      ]);
    } finally {
      console.warn = original;
    }
  });
});
