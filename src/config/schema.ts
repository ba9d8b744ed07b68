import { SEVERITIES } from '../findings.js';
import { PROJECT_REPOSITORY } from '../rules/docs.js';
import type { Rule, RuleFamily } from '../rules/types.js';

/*
 * The JSON Schema of the config file, built from the rule registry so that editors complete
 * rule ids (with their descriptions) and validate each rule's options. `npm run docs` writes
 * it to schema/config.schema.json; a test fails when that file is stale.
 */

type JsonSchema = Record<string, unknown>;

export const CONFIG_SCHEMA_ID = `https://raw.githubusercontent.com/${PROJECT_REPOSITORY}/main/schema/config.schema.json`;

const LEVELS = ['off', ...SEVERITIES];

const subnetId: JsonSchema = { description: 'a subnet id (subnet-0123abcd)', type: 'string', pattern: '^subnet-[0-9a-f]+$' };

const stringList = (description: string, item: JsonSchema = { type: 'string', minLength: 1 }): JsonSchema => ({
  description,
  type: 'array',
  items: item,
});

/** Kubernetes resource quantity, as `parseQuantity` accepts it. */
const quantity: JsonSchema = {
  description: 'a Kubernetes memory quantity (512Mi, 2Gi, 1.5G, 1073741824)',
  type: ['string', 'number'],
  pattern: '^\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$',
};

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

function rulesSchema(rules: readonly Rule[], families: readonly RuleFamily[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const family of families) {
    properties[family] = ruleSetting(`Every ${family} rule. A rule's own entry takes precedence.`, {
      description: `Options passed to every ${family} rule; each reads the ones it knows.`,
      type: 'object',
    });
  }
  for (const rule of rules) {
    properties[rule.id] = ruleSetting(rule.description, {
      description: `Options of ${rule.id}.`,
      ...(rule.optionsSchema ?? { type: 'object' }),
    });
  }
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
      clusters: {
        description: 'Clusters the reviewed files do not define (Terraform, the console).',
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
        description: 'Node groups the reviewed files do not define (Terraform, the console).',
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
            subnetIds: stringList('Subnets it launches into.', subnetId),
          },
        },
      },
      systemPods: {
        description: 'Pods that run on every node besides the DaemonSets in the reviewed files (memory-budget).',
        type: 'object',
        additionalProperties: false,
        required: ['pods'],
        properties: {
          mode: { description: 'replace the built-in list, or extend it (default).', type: 'string', enum: ['replace', 'extend'] },
          pods: {
            type: 'array',
            items: {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: {
                name: { type: 'string', minLength: 1 },
                namespace: { type: 'string', minLength: 1 },
                memoryRequest: quantity,
                memoryLimit: quantity,
              },
            },
          },
        },
      },
      network: {
        description: 'What the manifests cannot show about the network (subnet-placement).',
        type: 'object',
        additionalProperties: false,
        properties: {
          publicSubnetIds: stringList('Subnets known to be public (route to an internet gateway).', subnetId),
          privateSubnetIds: stringList('Subnets known to be private.', subnetId),
          allowedEndpointCidrs: stringList('CIDRs allowed to reach a public API endpoint.', {
            description: 'an IPv4 or IPv6 CIDR (203.0.113.0/24)',
            type: 'string',
            pattern: '^[0-9a-fA-F:.]+/\\d{1,3}$',
          }),
        },
      },
      helm: {
        description: 'How Helm charts are rendered with `helm template` before review. Without `charts`, every chart in the reviewed paths is rendered with its own values.yaml.',
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
                values: stringList('Values files passed to helm after the chart\'s own values.yaml, in order, relative to the review root.', {
                  type: 'string',
                  minLength: 1,
                }),
                releaseName: { description: 'Release name to render with (default: the chart name).', type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 53 },
                namespace: { description: 'Namespace to render into (default: default).', type: 'string', pattern: '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$', maxLength: 63 },
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
