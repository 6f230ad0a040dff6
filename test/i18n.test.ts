import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/i18n';

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();
}

describe('message catalogues', () => {
  it('English has every German message with the same placeholders', () => {
    for (const [namespace, messages] of Object.entries(catalogues.de)) {
      const english = catalogues.en[namespace as keyof typeof catalogues.en] as Record<string, string>;
      expect(Object.keys(english).sort(), namespace).toEqual(Object.keys(messages).sort());
      for (const [key, text] of Object.entries(messages as Record<string, string>)) {
        expect(placeholders(english[key]!), `${namespace}:${key}`).toEqual(placeholders(text));
      }
    }
  });
});
