import { API_OPTIONS } from '../rules/version-skew/_options.js';
import { SEVERITIES } from '../findings.js';
import { PROJECT_REPOSITORY } from '../project.js';
import { MEMORY_BUDGET_OPTIONS, QUANTITY_SCHEMA } from '../rules/memory-budget/_options.js';
import { DECLARED_SUBNET_OPTIONS, ENDPOINT_OPTIONS } from '../rules/subnet-placement/_options.js';
import type { Rule, RuleFamily } from '../rules/types.js';

/*
 * The JSON Schema of the config file, built from the rule registry so that editors complete
 * rule ids (with their descriptions) and validate each rule's options. `npm run docs` writes
 * it to schema/config.schema.json; a test fails when that file is stale.
 */

type JsonSchema = Record<string, unknown>;

export const CONFIG_SCHEMA_ID = `https://raw.githubusercontent.com/${PROJECT_REPOSITORY}/main/schema/config.schema.json`;

const LEVELS = ['off', ...SEVERITIES];

const stringList = (description: string, item: JsonSchema = { type: 'string', minLength: 1 }): JsonSchema => ({
  description,
  type: 'array',
  items: item,
});

const quantity: JsonSchema = QUANTITY_SCHEMA;

/** A rule option's schema as a config section: present or absent, never null. */
function section(schema: unknown, description: string): JsonSchema {
  const copy: JsonSchema = { ...(schema as JsonSchema), description };
  delete copy['nullable'];
  return copy;
}

const memoryOverride = (what: string): JsonSchema => ({
  description: what,
  type: 'object',
  additionalProperties: false,
  properties: { memory: quantity },
});

const minor: JsonSchema = {
  description: 'a Kubernetes minor version such as "1.29"',
  type: ['string', 'number'],
  pattern: '^v?\\d+\\.\\d+(\\.\\d+)?$',
};

function ruleSetting(description: string, options: JsonSchema): JsonSchema {
  return {
    description,
    anyOf: [
      { description: 'off, notice, warning or error', type: 'string', enum: LEVELS },
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          severity: { description: 'off, notice, warning or error', type: 'string', enum: LEVELS },
          options,
        },
      },
    ],
  };
}

/** The options a rule (or a family: the union of its rules') takes, closed to other names. */
function optionsSchema(description: string, rules: readonly Rule[]): JsonSchema {
  const properties: Record<string, unknown> = {};
  for (const rule of rules) Object.assign(properties, rule.optionsSchema?.properties);
  return {
    description: Object.keys(properties).length ? description : `${description} None: this takes no options.`,
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

function rulesSchema(rules: readonly Rule[], families: readonly RuleFamily[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const family of families) {
    properties[family] = ruleSetting(
      `Every ${family} rule. A rule's own entry takes precedence.`,
      optionsSchema(
        `Options passed to every ${family} rule; each reads the ones it declares.`,
        rules.filter((r) => r.family === family),
      ),
    );
  }
  for (const rule of rules) properties[rule.id] = ruleSetting(rule.description, optionsSchema(`Options of ${rule.id}.`, [rule]));
  return {
    description: 'Severity (or off) and options per rule id or per family.',
    type: 'object',
    additionalProperties: false,
    properties,
  };
}

export function buildConfigSchema(rules: readonly Rule[], families: readonly RuleFamily[]): JsonSchema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'manifest-review configuration',
    description: 'Configuration of manifest-review (.github/manifest-review.yaml). See docs/configuration.md.',
    type: 'object',
    additionalProperties: false,
    properties: {
      rules: rulesSchema(rules, families),
      paths: {
        description: 'Which files are reviewed, as globs relative to the review root.',
        type: 'object',
        additionalProperties: false,
        properties: {
          include: stringList('Files to review (default: every *.yaml, *.yml and *.json).'),
          exclude: stringList('Files not to review, added to the built-in excludes (node_modules/, .git/, .github/workflows/).'),
        },
      },
      apis: {
        ...(API_OPTIONS.properties.apis as JsonSchema),
        description:
          'API versions of your own API groups (CRDs) and the Kubernetes minor that stops serving them, added to the built-in table for removed-api and deprecated-api.',
      },
      kustomize: {
        description: 'Which Kustomize builds are reviewed.',
        type: 'object',
        additionalProperties: false,
        properties: {
          roots: stringList(
            'Kustomization roots to build and review, as directories or globs of directories relative to the review root (default: every kustomization no other one includes). Files of the roots left out are not reviewed either.',
          ),
        },
      },
      clusters: {
        description: 'Clusters the reviewed files do not define (another repository, the console).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name'],
          properties: {
            name: { type: 'string', minLength: 1 },
            provider: { description: 'Only eks for now.', type: 'string', enum: ['eks'] },
            version: minor,
            paths: stringList('Globs of files whose objects run on this cluster; they take precedence over directory proximity.'),
          },
        },
      },
      nodeGroups: {
        description: 'Node groups the reviewed files do not define (another repository, the console).',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'instanceTypes'],
          properties: {
            name: { type: 'string', minLength: 1 },
            cluster: { description: 'Name of the cluster it joins (needed when there are several).', type: 'string', minLength: 1 },
            instanceTypes: { ...stringList('EC2 instance types it launches, e.g. m5.large.'), minItems: 1 },
            minSize: { type: 'integer', minimum: 0 },
            maxSize: { type: 'integer', minimum: 0 },
            desiredSize: { type: 'integer', minimum: 0 },
            labels: {
              description: 'Node labels.',
              type: 'object',
              additionalProperties: { type: ['string', 'number', 'boolean'] },
            },
            taints: {
              description: 'Node taints.',
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['key', 'effect'],
                properties: {
                  key: { type: 'string', minLength: 1 },
                  value: { type: ['string', 'number', 'boolean'] },
                  effect: { type: 'string', enum: ['NoSchedule', 'PreferNoSchedule', 'NoExecute'] },
                },
              },
            },
            kubelet: {
              description: 'Kubelet settings that differ from the AMI defaults (KubeletConfiguration field names).',
              type: 'object',
              additionalProperties: false,
              properties: {
                maxPods: { type: 'integer', minimum: 1 },
                kubeReserved: memoryOverride('kube-reserved; only memory is read.'),
                systemReserved: memoryOverride('system-reserved; only memory is read.'),
                evictionHard: {
                  description: 'Hard eviction thresholds; only memory.available is read.',
                  type: 'object',
                  additionalProperties: false,
                  properties: {
                    'memory.available': {
                      description: 'a quantity (100Mi) or a percentage of node memory (5%)',
                      type: 'string',
                      pattern: '^(\\d+(\\.\\d+)?%|\\+?(\\d+\\.?\\d*|\\.\\d+)(Ki|Mi|Gi|Ti|k|M|G|T)?)$',
                    },
                  },
                },
              },
            },
            version: minor,
            amiFamily: { description: 'AL2, AL2023, Bottlerocket, Windows...', type: 'string', minLength: 1 },
            managed: { description: 'An EKS managed node group (default false).', type: 'boolean' },
            subnetIds: section(DECLARED_SUBNET_OPTIONS.properties.privateSubnetIds, 'Subnets it launches into.'),
          },
        },
      },
      systemPods: section(
        MEMORY_BUDGET_OPTIONS.properties.systemPods,
        'Pods that run on every node besides the DaemonSets in the reviewed files (memory-budget).',
      ),
      network: {
        description: 'What the manifests cannot show about the network (subnet-placement).',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(
          Object.entries({ ...DECLARED_SUBNET_OPTIONS.properties, ...ENDPOINT_OPTIONS.properties }).map(([name, schema]) => [
            name,
            section(schema, (schema as JsonSchema)['description'] as string),
          ]),
        ),
      },
      helm: {
        description:
          'How Helm charts are rendered with `helm template` before review. Without `charts`, every chart in the reviewed paths is rendered with its own values.yaml.',
        type: 'object',
        additionalProperties: false,
        properties: {
          charts: {
            description: 'The charts to review (the others are skipped with a notice), each with the values files to render it with.',
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['path'],
              properties: {
                path: { description: 'The chart directory (where Chart.yaml is), relative to the review root.', type: 'string', minLength: 1 },
                values: stringList("Values files passed to helm after the chart's own values.yaml, in order, relative to the review root.", {
                  type: 'string',
                  minLength: 1,
                }),
                releaseName: {
                  description: 'Release name to render with (default: the chart name).',
                  type: 'string',
                  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
                  maxLength: 53,
                },
                namespace: {
                  description: 'Namespace to render into (default: default).',
                  type: 'string',
                  pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$',
                  maxLength: 63,
                },
                kubeVersion: {
                  description:
                    "Kubernetes minor to render for, as `.Capabilities.KubeVersion` (default: the version of the config's clusters when they agree on one, else helm's own).",
                  type: 'string',
                  pattern: '^1\\.\\d+$',
                },
              },
            },
          },
        },
      },
    },
  };
}

/** The text of schema/config.schema.json for a registry (`npm run docs` writes it). */
export function configSchemaText(rules: readonly Rule[], families: readonly RuleFamily[]): string {
  return `${JSON.stringify(buildConfigSchema(rules, families), null, 2)}\n`;
}
