import { browserModule } from './browser-module';

const { nextWeight, typedWeight, MAX_WEIGHT } = browserModule('weights.js');

describe("the wish matrix keeps the format's one scale, 1 to 10", () => {
  it('counts up to 10 on a click, then back to no wish', () => {
    expect(MAX_WEIGHT).toBe(10);
    expect(nextWeight(0)).toBe(1);
    expect(nextWeight(5)).toBe(6);
    expect(nextWeight(9)).toBe(10);
    expect(nextWeight(10)).toBe(0);
  });

  it('sets a typed digit at once, and 10 for 1 then 0', () => {
    expect(typedWeight(5, -1)).toBe(5);
    expect(typedWeight(0, -1)).toBe(0);
    expect(typedWeight(0, 1)).toBe(10);
    expect(typedWeight(0, 3)).toBe(0);
  });
});
