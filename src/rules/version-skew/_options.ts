import type { JSONSchemaType } from 'ajv';
import type { OptionsSchema } from '../types.js';

/**
 * API versions of a repository's own API groups (CRDs) that the lifecycle table cannot know: the
 * config's `apis` section arrives as this option of the API rules, under the same name.
 */
export interface CustomApi {
  apiVersion: string;
  kind: string;
  /** First minor that no longer serves it. */
  removedIn: string;
  deprecatedIn?: string;
  replacementApi?: string;
  replacementAvailableIn?: string;
}

export interface ApiOptions {
  apis?: CustomApi[];
}

const minor = { description: 'a Kubernetes minor version such as "1.29"', type: 'string', pattern: '^1\\.\\d+$' } as const;

export const API_OPTIONS: JSONSchemaType<ApiOptions> & OptionsSchema = {
  type: 'object',
  properties: {
    apis: {
      description: 'API versions (of CRDs, say) and the Kubernetes minor that stops serving them, added to the built-in table.',
      type: 'array',
      nullable: true,
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['apiVersion', 'kind', 'removedIn'],
        properties: {
          apiVersion: { description: 'group/version as manifests write it', type: 'string', minLength: 3 },
          kind: { type: 'string', minLength: 1 },
          removedIn: minor,
          deprecatedIn: { ...minor, nullable: true },
          replacementApi: { type: 'string', nullable: true },
          replacementAvailableIn: { ...minor, nullable: true },
        },
      },
    },
  },
};
