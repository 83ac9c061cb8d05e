import { expect } from "vitest";

/**
 * A figure that may only go up. `floor` is the figure last measured, to three decimals. The check
 * fails when the figure falls below it, and also when it rises past it: an improvement has to raise
 * the floor in the same change, so that no later change can give the gain back unnoticed.
 */
export function expectRatchet(name: string, measured: number, floor: number): void {
  const rounded = Math.floor(measured * 1000 + 1e-9) / 1000;
  expect(rounded, `${name} fell to ${rounded} below its floor ${floor}`).toBeGreaterThanOrEqual(floor);
  expect(rounded, `${name} rose to ${rounded}: raise its floor from ${floor} to ${rounded} in this change`).toBeLessThanOrEqual(floor);
}

/** A list that may only shrink: every entry must still be listed, and a listed entry that no longer occurs must be struck off. */
export function expectShrinkingList(name: string, measured: readonly string[], allowed: readonly string[]): void {
  const added = measured.filter((entry) => !allowed.includes(entry));
  const gone = allowed.filter((entry) => !measured.includes(entry));
  expect(added, `${name}: new entries`).toEqual([]);
  expect(gone, `${name}: fixed, strike them off the list`).toEqual([]);
}
