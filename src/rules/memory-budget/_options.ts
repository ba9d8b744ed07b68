import type { JSONSchemaType } from 'ajv';
import type { OptionsSchema } from '../types.js';

/*
 * The options every memory-budget rule reads. Each rule declares this schema, so the config's
 * `rules.memory-budget.options` and `rules.memory-budget/<rule>.options` are validated against it
 * at their lines; the config's `systemPods` section arrives as the `systemPods` option.
 */

/**
 * A per-node system pod to count on every node. Without quantities, a pod named in the
 * built-in table (data/system-pods.csv: `ebs-csi-node`, `fluent-bit`...) takes the table's
 * figures. Quantities are Kubernetes quantities ("256Mi", or a number of bytes).
 */
export interface ConfiguredSystemPod {
  readonly name: string;
  readonly namespace?: string;
  readonly memoryRequest?: string | number;
  readonly memoryLimit?: string | number;
}

/** `replace` the built-in list of per-node system pods, or `extend` it (the default). */
export interface SystemPodsOption {
  readonly mode?: 'replace' | 'extend';
  readonly pods: readonly ConfiguredSystemPod[];
}

export interface MemoryBudgetOptions {
  systemPods?: SystemPodsOption;
  /**
   * Percent of each node type's allocatable memory kept free for what the manifests do not
   * show (page cache, bursts): counted on every node like a per-node pod. Default 0.
   */
  headroomPercent?: number;
}

/** Kubernetes resource quantity, as `parseQuantity` accepts it (the config's kubelet settings use it too). */
export const QUANTITY_SCHEMA = {
  description: 'a Kubernetes memory quantity (512Mi, 2Gi, 1.5G, 1073741824)',
  type: ['string', 'number'],
  pattern: '^\\+?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+|Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E)?$',
} as const;

const quantity = { ...QUANTITY_SCHEMA, nullable: true } as const;

export const MEMORY_BUDGET_OPTIONS: JSONSchemaType<MemoryBudgetOptions> & OptionsSchema = {
  type: 'object',
  properties: {
    systemPods: {
      description: 'Pods that run on every node besides the DaemonSets in the reviewed files.',
      type: 'object',
      additionalProperties: false,
      required: ['pods'],
      nullable: true,
      properties: {
        mode: { description: 'replace the built-in list, or extend it (default).', type: 'string', enum: ['replace', 'extend'], nullable: true },
        pods: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['name'],
            properties: {
              name: { type: 'string', minLength: 1 },
              namespace: { type: 'string', minLength: 1, nullable: true },
              memoryRequest: quantity,
              memoryLimit: quantity,
            },
          },
        },
      },
    },
    headroomPercent: {
      description: "Percent of each node type's allocatable memory to keep free, counted on every node like a per-node pod (default 0).",
      type: 'number',
      minimum: 0,
      exclusiveMaximum: 100,
      nullable: true,
    },
  },
};
