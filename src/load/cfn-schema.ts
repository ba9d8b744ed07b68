import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag, mergeTag, type Schema, type TagDefinition } from './js-yaml.js';

/**
 * CloudFormation's YAML short forms (`!Ref`, `!Sub`, ...) expand to the long form
 * (`{"Fn::Sub": ...}`) so that model code reads one shape whatever the author wrote.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
const FUNCTIONS = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAtt',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'If',
  'Equals',
  'Not',
  'And',
  'Or',
  'ToJsonString',
  'Length',
] as const;

const never = (): boolean => false;

function longFormKey(name: string): string {
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function tagsFor(name: string): TagDefinition[] {
  const key = longFormKey(name);
  const wrap = (value: unknown): Record<string, unknown> => ({ [key]: value });
  const scalar = defineScalarTag(`!${name}`, {
    resolve: (source) => {
      // `!GetAtt Resource.Attribute` is the scalar spelling of `[Resource, Attribute]`.
      if (name === 'GetAtt') {
        const dot = source.indexOf('.');
        return wrap(dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)]);
      }
      return wrap(source);
    },
    identify: never,
  });
  const sequence = defineSequenceTag<unknown[], Record<string, unknown>>(`!${name}`, {
    create: () => [],
    addItem: (carrier, item) => {
      carrier.push(item);
    },
    finalize: wrap,
    identify: never,
  });
  const mapping = defineMappingTag<Map<unknown, unknown>, Record<string, unknown>>(`!${name}`, {
    create: () => new Map(),
    addPair: (carrier, k, v) => {
      carrier.set(k, v);
      return '';
    },
    has: (carrier, k) => carrier.has(k),
    keys: (result) => Object.keys(result),
    get: (result, k) => result[String(k)],
    finalize: (carrier) => wrap(Object.fromEntries([...carrier].map(([k, v]) => [String(k), v]))),
    identify: never,
  });
  return [scalar, sequence, mapping];
}

/**
 * Any other local tag (`!vault`, `!include`, ...) is read as its untagged value rather than
 * failing the whole file: the reviewer only needs the structure around it.
 */
const passThroughTags: TagDefinition[] = [
  defineScalarTag('!', { matchByTagPrefix: true, resolve: (s) => s, identify: never }),
  defineSequenceTag<unknown[]>('!', {
    matchByTagPrefix: true,
    create: () => [],
    addItem: (c, item) => {
      c.push(item);
    },
    identify: never,
  }),
  defineMappingTag<Record<string, unknown>>('!', {
    matchByTagPrefix: true,
    create: () => ({}),
    addPair: (c, k, v) => {
      c[String(k)] = v;
      return '';
    },
    has: (c, k) => Object.prototype.hasOwnProperty.call(c, String(k)),
    keys: (r) => Object.keys(r),
    get: (r, k) => r[String(k)],
    identify: never,
  }),
];

/**
 * `!!binary` and `!!timestamp` are YAML 1.1 tags that kubectl (sigs.k8s.io/yaml) accepts and
 * turns into JSON strings; YAML 1.2's core schema does not know them, so a Secret with
 * `!!binary` data was a parse error. Read as the text written, which is what kubectl sends on.
 */
const yaml11TagsKubectlAccepts: TagDefinition[] = ['tag:yaml.org,2002:binary', 'tag:yaml.org,2002:timestamp'].map((tag) =>
  defineScalarTag(tag, { resolve: (source) => source, identify: never }),
);

/**
 * The schema every manifest is read with: YAML 1.2 core (what `js-yaml.load` uses), merge
 * keys (Kubernetes' Go YAML library honours `<<`), CloudFormation short forms, and
 * pass-through for other local tags. A superset of js-yaml's default, so anything
 * `js-yaml.load` accepts, this accepts.
 */
export const MANIFEST_SCHEMA: Schema = CORE_SCHEMA.withTags(
  mergeTag,
  ...yaml11TagsKubectlAccepts,
  ...passThroughTags,
  ...['Ref', 'Condition', ...FUNCTIONS].flatMap(tagsFor),
);
