// A draft's data checked against the domain's draftDataSchema and serialized, section by section.
//
// The editor sends the whole draft on every autosave, a few hundred milliseconds apart, but the
// dealer types in one section at a time. Checking all of it each time was a fifth of an autosave.
// So a save of the draft being typed in (hot-draft.ts) gets the JSON of each section as last saved,
// and a section whose JSON is byte-for-byte the same is not checked again: what is stored for it is
// exactly what passed the schema at the previous save. Every other section is checked with the
// schema's own section schema; anything unexpected (not a plain object, an unknown section, a
// section failing) goes through the whole schema, which also gives the error its usual issues.
// Whatever the path, what is stored always passed draftDataSchema, with one exception (below).
//
// Length caps and older data. draftDataSchema holds each field to its input cap (field-caps.ts). A
// draft saved before a cap was tightened may hold a longer value; refusing every later save of it
// would lose whatever the dealer types next. So a value over its cap still passes when the draft as
// saved already held a value at least as long at that path: it may stay, or be shortened, never grow.
// Such a value must still fit the stored shape (storedDraftDataSchema, the old 20,000-character cap),
// and the ready rules ask for it to be shortened before the request is sent (validation.tooLong).
// Data that was stored already (a split, an import of an older export) is checked with the stored
// shape alone: checkStoredDraft.
import { z } from 'zod';
import { draftDataSchema, storedDraftDataSchema, type DraftData } from '../shared/domain/draft';
import { maxDraftJsonBytes } from '../shared/domain/field-caps';
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
  return capped({ data, json: join(parts), sections: parts });
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * The whole draft's cap (field-caps.ts: maxDraftJsonBytes), on top of each field's and list's: refused
 * with draftTooLarge, the last save kept. `json.length` counts UTF-16 units (at most 3 bytes each), so the
 * byte count is only taken when the draft might be near the cap.
 */
function capped(checked: CheckedDraft): CheckedDraft {
  if (checked.json.length * 3 <= maxDraftJsonBytes) return checked;
  const bytes = Buffer.byteLength(checked.json);
  if (bytes > maxDraftJsonBytes) {
    throw new StoreError('draftTooLarge', { size: megabytes(bytes), limit: megabytes(maxDraftJsonBytes) });
  }
  return checked;
}

/** The length of the string or list at `path` in `value`, or -1 when there is none. */
function lengthAt(value: unknown, path: readonly PropertyKey[]): number {
  let here: unknown = value;
  for (const segment of path) {
    if (here === null || typeof here !== 'object') return -1;
    here = (here as Record<PropertyKey, unknown>)[segment];
  }
  return typeof here === 'string' || Array.isArray(here) ? here.length : -1;
}

/** An over-cap value the saved draft already held at least as long: older data, kept (see above). */
function keptFromBefore(issue: z.core.$ZodIssue, input: unknown, saved: unknown): boolean {
  if (issue.code !== 'too_big' || (issue.origin !== 'string' && issue.origin !== 'array')) return false;
  return lengthAt(saved, issue.path) >= lengthAt(input, issue.path);
}

function invalidDraft(error: z.ZodError): StoreError {
  return new StoreError('invalidDraft', {}, { issues: issuesFromZod(error) });
}

/**
 * Checks `input` with the whole schema; throws invalidDraft with its issues. `saved` gives the draft
 * as it is stored, for a save: values over their cap that it already held are kept (see above).
 */
export function checkDraft(input: unknown, saved?: () => unknown): CheckedDraft {
  const parsed = draftDataSchema.safeParse(input);
  if (parsed.success) return serialize(parsed.data);
  if (saved === undefined) throw invalidDraft(parsed.error);
  const stored = storedDraftDataSchema.safeParse(input);
  if (!stored.success) throw invalidDraft(parsed.error);
  const before = saved();
  const left = parsed.error.issues.filter((issue) => !keptFromBefore(issue, input, before));
  if (left.length === 0) return serialize(stored.data);
  // Only what is refused is reported: a kept older value is not the dealer's problem here.
  throw invalidDraft(new z.ZodError(left));
}

/** Checks data that was stored already (split off a draft, imported from an export) with the stored shape. */
export function checkStoredDraft(input: unknown): CheckedDraft {
  const parsed = storedDraftDataSchema.safeParse(input);
  if (!parsed.success) throw invalidDraft(parsed.error);
  return serialize(parsed.data);
}

/** The data of the sections as last saved, for checkDraft's `saved`. */
function dataOf(previous: SectionJson): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [section, json] of Object.entries(previous)) data[section] = JSON.parse(json) as unknown;
  return data;
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
  const whole = () => checkDraft(input, () => dataOf(previous));
  if (!bySection || !isPlainObject(input)) return whole();
  for (const key of Object.keys(input)) if (!known.has(key)) return whole();
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
      if (!parsed.success || parsed.data === undefined) return whole();
      data[section] = parsed.data;
      parts[section] = JSON.stringify(parsed.data);
    }
  } catch {
    // JSON.stringify refused it (a cycle, a BigInt): the whole schema says what is wrong.
    return whole();
  }
  return capped({ data: data as DraftData, json: join(parts), sections: parts });
}

/** Whether two saves have the same JSON for every one of `which`. */
export function sameSections(a: SectionJson, b: SectionJson, which: readonly Section[]): boolean {
  for (const section of which) if (a[section] !== b[section]) return false;
  return true;
}
