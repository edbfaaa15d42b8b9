// A small, independent validator of request bodies against the carrier contract JSON.
// It deliberately does not use Portage's zod schemas: the practice carrier must be a real check of what
// Portage sends, so a mistake shared by our schemas and our body builder still gets caught here.
import contractJson from '../../resources/carrier-api/ucapi-porting.contract.json';

export interface JsonSchema {
  $ref?: string;
  type?: string;
  format?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  'x-enum-names'?: Record<string, string>;
  minLength?: number;
  maxLength?: number;
}

export interface ContractOperation {
  operationId: string;
  method: string;
  path: string;
  parameters: { name: string; schema: JsonSchema }[];
}

interface ContractDocument {
  'x-operations': ContractOperation[];
  definitions: Record<string, JsonSchema>;
}

const contract = contractJson as unknown as ContractDocument;

export interface ContractViolation {
  /** Where, in the body: e.g. `PortForm.NumbersToPort[0]`. Empty for the body itself. */
  path: string;
  problem: string;
}

const int32Min = -(2 ** 31);
const int32Max = 2 ** 31 - 1;

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

function resolve(schema: JsonSchema): { schema: JsonSchema; name: string | undefined } {
  if (!schema.$ref) return { schema, name: undefined };
  const name = schema.$ref.replace('#/definitions/', '');
  const definition = contract.definitions[name];
  if (!definition) throw new Error(`The contract has no definition ${name}`);
  return { schema: definition, name };
}

function walk(value: unknown, raw: JsonSchema, path: string, out: ContractViolation[]): void {
  const { schema } = resolve(raw);
  switch (schema.type) {
    case 'object': {
      if (typeOf(value) !== 'object') {
        out.push({ path, problem: `expected an object, got ${typeOf(value)}` });
        return;
      }
      const record = value as Record<string, unknown>;
      const properties = schema.properties ?? {};
      for (const required of schema.required ?? []) {
        if (!(required in record))
          out.push({ path: join(path, required), problem: 'required field is missing' });
      }
      for (const [key, field] of Object.entries(record)) {
        const fieldSchema = properties[key];
        if (!fieldSchema) {
          out.push({ path: join(path, key), problem: 'unknown field' });
          continue;
        }
        walk(field, fieldSchema, join(path, key), out);
      }
      return;
    }
    case 'array': {
      if (!Array.isArray(value)) {
        out.push({ path, problem: `expected an array, got ${typeOf(value)}` });
        return;
      }
      value.forEach((item, index) => walk(item, schema.items ?? {}, `${path}[${index}]`, out));
      return;
    }
    case 'string': {
      if (typeof value !== 'string') {
        out.push({ path, problem: `expected a string, got ${typeOf(value)}` });
        return;
      }
      if (schema.minLength !== undefined && value.length < schema.minLength) {
        out.push({ path, problem: `shorter than ${schema.minLength} characters` });
      }
      if (schema.maxLength !== undefined && value.length > schema.maxLength) {
        out.push({ path, problem: `longer than ${schema.maxLength} characters` });
      }
      break;
    }
    case 'integer': {
      if (typeof value !== 'number' || !Number.isInteger(value)) {
        out.push({
          path,
          problem: `expected an integer, got ${typeOf(value)}${typeof value === 'number' ? ` ${value}` : ''}`,
        });
        return;
      }
      if (schema.format === 'int32' && (value < int32Min || value > int32Max)) {
        out.push({ path, problem: 'outside the int32 range' });
      } else if (!Number.isSafeInteger(value)) {
        out.push({ path, problem: 'integer too large to be exact' });
      }
      // x-enum-names lists the values the carrier defines (Reply, Locale...): anything else is refused.
      const names = schema['x-enum-names'];
      if (names && !(String(value) in names))
        out.push({ path, problem: `not one of ${Object.keys(names).join(', ')}` });
      break;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        out.push({ path, problem: `expected a number, got ${typeOf(value)}` });
        return;
      }
      break;
    }
    case 'boolean': {
      if (typeof value !== 'boolean')
        out.push({ path, problem: `expected true or false, got ${typeOf(value)}` });
      return;
    }
    default:
      return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    out.push({ path, problem: `not one of ${schema.enum.map(String).join(', ')}` });
  }
}

/** Every violation of `schema` in `value`, in document order. */
export function validateAgainstContract(value: unknown, schema: JsonSchema): ContractViolation[] {
  const out: ContractViolation[] = [];
  walk(value, schema, '', out);
  return out;
}

export function contractOperation(method: string, path: string): ContractOperation | undefined {
  return contract['x-operations'].find((operation) => operation.method === method && operation.path === path);
}

/** The body schema of an operation (its one body parameter), or undefined when it takes none. */
export function bodySchemaOf(operation: ContractOperation): JsonSchema | undefined {
  return operation.parameters.find(
    (parameter) => parameter.schema.$ref !== undefined || parameter.schema.type,
  )?.schema;
}
