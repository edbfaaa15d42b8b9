// A draft's data checked against the domain's draftDataSchema and serialized, section by section.
//
// The editor sends the whole draft on every autosave, a few hundred milliseconds apart, but the
// dealer types in one section at a time. Checking all of it each time was a fifth of an autosave.
// So a save of the draft being typed in (hot-draft.ts) gets the JSON of each section as last saved,
// and a section whose JSON is byte-for-byte the same is not checked again: what is stored for it is
// exactly what passed the schema at the previous save. Every other section is checked with the
// schema's own section schema; anything unexpected (not a plain object, an unknown section, a
// section failing) goes through the whole schema, which also gives the error its usual issues.
// Whatever the path, what is stored always passed draftDataSchema.
import { draftDataSchema, type DraftData } from '../shared/domain/draft';
import { issuesFromZod } from '../shared/domain/issue';
import { StoreError } from './errors';

export type Section = keyof DraftData;
/** The JSON of each section present in a draft, as stored. */
export type SectionJson = Partial<Record<Section, string>>;

const shape = draftDataSchema.shape;
const sections = Object.keys(shape) as Section[];
const known = new Set<string>(sections);
// Only a plain strict object can be checked section by section; a check added on the whole schema
// (a refinement across sections) turns this off rather than being skipped.
const bySection = (draftDataSchema.def.checks ?? []).length === 0;

export interface CheckedDraft {
  data: DraftData;
  json: string;
  sections: SectionJson;
}

/** The sections' JSON as one object, in schema order. */
function join(parts: SectionJson): string {
  let json = '';
  for (const section of sections) {
    const part = parts[section];
    if (part !== undefined) json += `${json === '' ? '{' : ','}"${section}":${part}`;
  }
  return json === '' ? '{}' : `${json}}`;
}

export function sectionsOf(data: DraftData): SectionJson {
  const parts: SectionJson = {};
  for (const section of sections) {
    const value = data[section];
    if (value !== undefined) parts[section] = JSON.stringify(value);
  }
  return parts;
}

/** Serializes data that already passed the schema (a new draft, a restored revision). */
export function serialize(data: DraftData): CheckedDraft {
  const parts = sectionsOf(data);
  return { data, json: join(parts), sections: parts };
}

/** Checks `input` with the whole schema; throws invalidDraft with its issues. */
export function checkDraft(input: unknown): CheckedDraft {
  const parsed = draftDataSchema.safeParse(input);
  if (!parsed.success) throw new StoreError('invalidDraft', {}, { issues: issuesFromZod(parsed.error) });
  return serialize(parsed.data);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Checks `input`, trusting the sections whose JSON equals `previous` (the draft's sections as last
 * saved). Returns the data to store: the checked value of each changed section, and the caller's own
 * value for each unchanged one (equal to what is stored, through JSON).
 */
export function checkDraftAgainst(input: unknown, previous: SectionJson): CheckedDraft {
  if (!bySection || !isPlainObject(input)) return checkDraft(input);
  for (const key of Object.keys(input)) if (!known.has(key)) return checkDraft(input);
  const data: Record<string, unknown> = {};
  const parts: SectionJson = {};
  try {
    for (const section of sections) {
      const value = input[section];
      if (value === undefined) continue;
      const json = JSON.stringify(value) as string | undefined;
      if (json !== undefined && json === previous[section]) {
        data[section] = value;
        parts[section] = json;
        continue;
      }
      const parsed = shape[section].safeParse(value);
      if (!parsed.success || parsed.data === undefined) return checkDraft(input);
      data[section] = parsed.data;
      parts[section] = JSON.stringify(parsed.data);
    }
  } catch {
    // JSON.stringify refused it (a cycle, a BigInt): the whole schema says what is wrong.
    return checkDraft(input);
  }
  return { data: data as DraftData, json: join(parts), sections: parts };
}

/** Whether two saves have the same JSON for every one of `which`. */
export function sameSections(a: SectionJson, b: SectionJson, which: readonly Section[]): boolean {
  for (const section of which) if (a[section] !== b[section]) return false;
  return true;
}
