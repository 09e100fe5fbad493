import { describe, expect, it } from 'vitest';
import { plainText } from '../../../src/lib/content/plain-text.ts';

describe('plainText', () => {
  it('keeps the words and paragraph breaks and drops anchor tokens and Markdown syntax', () => {
    const md = '- {#1} 1. Theft, committed \\*on a large scale\\*, -\n\n  shall be punished.\n\n- {#2} 2. The same.\n';
    expect(plainText(md)).toBe('1. Theft, committed *on a large scale*, -\n\nshall be punished.\n\n2. The same.');
  });

  it('returns an empty string for an empty body', () => {
    expect(plainText('')).toBe('');
  });
});
