// Proves the hand-written contract schemas match resources/carrier-api/ucapi-porting.contract.json
// both ways, for every definition reachable from the operations Portage calls.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { catalogue } from '../../../src-main/shared/domain/catalogue';
import { NpanxxList, contractSchemas, tolerantSchemas } from '../../../src-main/shared/domain/contract';

interface JsonSchema {
  type?: string;
  format?: string;
  $ref?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: number[];
  'x-enum-names'?: Record<string, string>;
  minLength?: number;
  maxLength?: number;
}
interface Operation {
  method: string;
  path: string;
  parameters: { schema: JsonSchema }[];
  response200: JsonSchema;
  responseDefault: JsonSchema;
}
interface Contract {
  'x-operations': Operation[];
  definitions: Record<string, JsonSchema>;
}

const contract = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../resources/carrier-api/ucapi-porting.contract.json', import.meta.url)),
    'utf8',
  ),
) as Contract;

/** The read operations the carrier client calls besides the ten port operations. */
const readPaths = [
  '/Holidays',
  '/NumberPorts/LNP/NPANXX',
  'POST /NumberPorts/LNP/NPANXX/Check',
  '/NumberPorts/Providers',
  '/Products/TelephoneOfferings',
  '/SipTrunks',
  '/v2/NumberPorts/Inbound/Tickets/{ticketId}/PortInStatus',
  '/v2/NumberPorts/Inbound/Numbers/{tn}/PortInStatus',
  '/v2/NumberPorts/Inbound/Dashboard/PortInInfo',
  '/v2/NumberPorts/Inbound/Dashboard/PortInInfo/OrdersByNumber/{tn}',
];

const portPaths = catalogue.map((entry) => entry.path);
const operations = contract['x-operations'].filter(
  (operation) =>
    (operation.method === 'POST' && portPaths.includes(operation.path)) ||
    (operation.method === 'GET' && readPaths.includes(operation.path)) ||
    readPaths.includes(`${operation.method} ${operation.path}`),
);

const refName = (ref: string) => ref.replace('#/definitions/', '');

function reachable(): Set<string> {
  const found = new Set<string>();
  const visit = (schema: JsonSchema | undefined) => {
    if (!schema) return;
    if (schema.$ref) {
      const name = refName(schema.$ref);
      if (found.has(name)) return;
      found.add(name);
      visit(contract.definitions[name]);
      return;
    }
    visit(schema.items);
    for (const property of Object.values(schema.properties ?? {})) visit(property);
  };
  for (const operation of operations) {
    for (const parameter of operation.parameters) visit(parameter.schema);
    visit(operation.response200);
    visit(operation.responseDefault);
  }
  return found;
}

function enumValues(schema: JsonSchema): number[] | undefined {
  if (schema.enum) return schema.enum;
  const names = schema['x-enum-names'];
  return names ? Object.keys(names).map(Number) : undefined;
}

/** A valid value for a JSON schema; `full` fills optional properties too. */
function sample(schema: JsonSchema, full: boolean): unknown {
  if (schema.$ref) return sample(contract.definitions[refName(schema.$ref)] as JsonSchema, full);
  switch (schema.type) {
    case 'string':
      return 'x'.repeat(schema.minLength ?? 1);
    case 'integer':
      return enumValues(schema)?.[0] ?? (schema.format === 'int32' ? 2_147_483_647 : 6135550123);
    case 'boolean':
      return true;
    case 'array':
      return [sample(schema.items as JsonSchema, full)];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [name, property] of Object.entries(schema.properties ?? {})) {
        if (full || schema.required?.includes(name)) value[name] = sample(property, full);
      }
      return value;
    }
    default:
      throw new Error(`No sample for ${JSON.stringify(schema)}`);
  }
}

/** Values of the wrong JSON type for a property. */
function wrongTypes(schema: JsonSchema): unknown[] {
  if (schema.$ref) return ['x', 1, []];
  switch (schema.type) {
    case 'string':
      return [1, true, null, {}];
    case 'integer':
      return ['1', 1.5, true, null];
    case 'boolean':
      return ['true', 1, null];
    case 'array':
      return [{}, 'x', [null]];
    default:
      return [];
  }
}

/** Values of the right type that break an enum, a length or an integer range. */
function outOfBounds(schema: JsonSchema): { what: string; value: unknown }[] {
  const cases: { what: string; value: unknown }[] = [];
  const values = enumValues(schema);
  if (values)
    cases.push({ what: 'not in the enum', value: Math.max(...values) + 1 }, { what: 'negative', value: -1 });
  if (schema.minLength !== undefined && schema.minLength > 0) {
    cases.push({ what: 'shorter than minLength', value: 'x'.repeat(schema.minLength - 1) });
  }
  if (schema.maxLength !== undefined)
    cases.push({ what: 'longer than maxLength', value: 'x'.repeat(schema.maxLength + 1) });
  if (schema.type === 'integer' && schema.format === 'int32' && !values) {
    cases.push({ what: 'beyond int32', value: 2_147_483_648 });
  }
  return cases;
}

const names = [...reachable()].sort();

function without(body: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
}

describe('contract schemas', () => {
  it('reaches every definition the operations use', () => {
    expect(operations).toHaveLength(portPaths.length + readPaths.length);
    expect(names).toEqual(
      expect.arrayContaining(['NumberPortOrderFormV2', 'TicketResponse', 'Exception', 'PortInStatus']),
    );
  });

  it('has a schema for every reachable definition', () => {
    expect(names.filter((name) => !(name in contractSchemas))).toEqual([]);
  });

  it('checks the NPA-NXX list as an array of integers', () => {
    expect(NpanxxList.safeParse([613555, 514555]).success).toBe(true);
    expect(NpanxxList.safeParse(['613555']).success).toBe(false);
    expect(NpanxxList.safeParse([613.5]).success).toBe(false);
  });
});

describe.each(names)('%s', (name) => {
  const definition = contract.definitions[name] as JsonSchema;
  const schema = contractSchemas[name] as z.ZodType;
  const properties = Object.entries(definition.properties ?? {});
  const required = definition.required ?? [];
  const minimal = () => sample(definition, false) as Record<string, unknown>;

  it('accepts a body with every required field', () => {
    expect(schema.safeParse(minimal()).success).toBe(true);
  });

  it('accepts a body with every field', () => {
    expect(schema.safeParse(sample(definition, true)).success).toBe(true);
  });

  it.each(required.length > 0 ? required : ['(none)'])('rejects a body without required %s', (field) => {
    if (field === '(none)') {
      expect(schema.safeParse({}).success).toBe(true);
      return;
    }
    const body = without(minimal(), field);
    expect(schema.safeParse(body).success).toBe(false);
  });

  it('rejects an unknown field', () => {
    expect(schema.safeParse({ ...minimal(), NotInTheContract: 'x' }).success).toBe(false);
  });

  it('knows no field the contract does not list', () => {
    const full = sample(definition, true) as Record<string, unknown>;
    const parsed = schema.parse(full) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(full).sort());
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? {};
    expect(Object.keys(shape).sort()).toEqual(properties.map(([field]) => field).sort());
  });

  it.each(properties)('rejects a wrong type for %s', (field, property) => {
    for (const value of wrongTypes(property)) {
      expect(
        schema.safeParse({ ...minimal(), [field]: value }).success,
        `${field} = ${JSON.stringify(value)}`,
      ).toBe(false);
    }
  });

  const bounded = properties.flatMap(([field, property]) =>
    outOfBounds(property).map((violation) => [field, violation.what, violation.value] as const),
  );
  if (bounded.length > 0) {
    it.each(bounded)('rejects %s %s', (field, _what, value) => {
      expect(schema.safeParse({ ...minimal(), [field]: value }).success).toBe(false);
    });
  }

  const tolerant = tolerantSchemas[name];
  if (tolerant) {
    it('has a tolerant version that strips unknown fields but keeps required fields and types', () => {
      const parsed = tolerant.safeParse({ ...minimal(), AddedLater: 'x' });
      expect(parsed.success).toBe(true);
      expect(parsed.data).not.toHaveProperty('AddedLater');
      for (const field of required) {
        const body = without(minimal(), field);
        expect(tolerant.safeParse(body).success, `without ${field}`).toBe(false);
      }
      for (const [field, property] of properties) {
        for (const value of wrongTypes(property)) {
          expect(tolerant.safeParse({ ...minimal(), [field]: value }).success, `${field}`).toBe(false);
        }
      }
    });
  }
});
