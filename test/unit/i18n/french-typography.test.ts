// Quebec French typography in every French message, the renderer's and the domain's: « » with a
// non-breaking space inside, a non-breaking space before : ; ! ?, typographic apostrophes. A plain
// space there lets a line break leave a lone « : » or « ? » at the start of the next line.
// And one name per kind of service: every message that names a kind says it as the catalogue does.
import { describe, expect, it } from 'vitest';
import { frCA as rendererFr } from '../../../src-renderer/i18n/fr-CA';
import { enCA as rendererEn } from '../../../src-renderer/i18n/en-CA';
import { frCA as domainFr } from '../../../src-main/shared/domain/messages/fr-CA';
import { enCA as domainEn } from '../../../src-main/shared/domain/messages/en-CA';
import { draftKinds } from '../../../src-main/shared/domain/catalogue';

const nonBreaking = /[\u00a0\u202f]/;

/** What breaks the rules in one French message, one line per problem. */
function typographyProblems(key: string, text: string): string[] {
  const problems: string[] = [];
  const at = (index: number) => `${key}: «${text.slice(Math.max(0, index - 20), index + 20)}»`;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] ?? '';
    const before = text[index - 1] ?? '';
    const after = text[index + 1] ?? '';
    if (char === '«' && !nonBreaking.test(after))
      problems.push(`no non-breaking space after « in ${at(index)}`);
    if (char === '»' && !nonBreaking.test(before))
      problems.push(`no non-breaking space before » in ${at(index)}`);
    if (';!?:'.includes(char)) {
      // A colon inside a token is not punctuation: 14:30, HH:MM, https://.
      const inToken = char === ':' && /\S/.test(before) && /\S/.test(after) && after !== '';
      if (!inToken && !nonBreaking.test(before)) {
        problems.push(`no non-breaking space before ${char} in ${at(index)}`);
      }
    }
    if (char === "'" || char === '"') problems.push(`a straight quote in ${at(index)} (use ’ or « »)`);
  }
  return problems;
}

describe('French typography', () => {
  for (const [name, catalogue] of [
    ['renderer', rendererFr],
    ['domain', domainFr],
  ] as const) {
    it(`holds in every message of the ${name}'s French catalogue`, () => {
      const problems = Object.entries(catalogue).flatMap(([key, text]) => typographyProblems(key, text));
      expect(problems).toEqual([]);
    });
  }

  it('finds what it looks for', () => {
    expect(typographyProblems('k', 'Mode pratique : rien')).toHaveLength(1);
    expect(typographyProblems('k', 'Retirer le compte?')).toHaveLength(1);
    expect(typographyProblems('k', 'cet ordinateur; les demandes')).toHaveLength(1);
    expect(typographyProblems('k', '« {name} »')).toHaveLength(2);
    expect(typographyProblems('k', "l'An")).toHaveLength(1);
    expect(typographyProblems('k', 'Mode pratique\u00a0: 14:30, «\u00a0{x}\u00a0»\u00a0?')).toEqual([]);
  });
});

describe('one name per kind of service', () => {
  /** Every `{kind, select, …}` branch of a message, as [kind, words]. */
  function kindBranches(text: string): [string, string][] {
    const found: [string, string][] = [];
    for (const select of text.matchAll(/\{(?:kind|offeringKind), select, ((?:[a-zA-Z]+ \{[^{}]*\} ?)+)\}/g)) {
      for (const branch of (select[1] ?? '').matchAll(/([a-zA-Z]+) \{([^{}]*)\}/g)) {
        found.push([branch[1] ?? '', branch[2] ?? '']);
      }
    }
    return found;
  }

  for (const [language, domain, renderer] of [
    ['en-CA', domainEn, rendererEn],
    ['fr-CA', domainFr, rendererFr],
  ] as const) {
    it(`names each kind in ${language} as the catalogue does, wherever a message names one`, () => {
      const names = new Map(draftKinds.map((kind) => [kind, domain[`kind.${kind}`]]));
      const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase(language) + text.slice(1);
      const checked = [...Object.entries(domain), ...Object.entries(renderer)].flatMap(([key, text]) =>
        kindBranches(text)
          .filter(([kind]) => kind !== 'other')
          .map(([kind, words]) => ({ key, kind, words })),
      );
      expect(checked.length).toBeGreaterThan(0);
      for (const { key, kind, words } of checked) {
        const name = names.get(kind as (typeof draftKinds)[number]);
        expect(name, `${key}: ${kind} is not a kind`).toBeDefined();
        expect(words, `${key}: ${kind}`).toBe(lowerFirst(name ?? ''));
      }
      // The renderer takes the kinds' names from the domain, not a copy of its own.
      for (const kind of draftKinds) expect(renderer[`kind.${kind}`]).toBe(names.get(kind));
    });
  }
});
