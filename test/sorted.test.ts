import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../src/sorted.js';

describe('partitionPoint', () => {
  const starts = [1, 3, 3, 7, 9];
  it.each([
    [0, 0],
    [1, 0],
    [3, 1],
    [4, 3],
    [9, 4],
    [10, 5],
  ])('first start ≥ %i is at %i', (offset, index) => {
    expect(partitionPoint(starts, (s) => s < offset)).toBe(index);
  });
  it('handles an empty list', () => {
    expect(partitionPoint([], () => true)).toBe(0);
  });
});
