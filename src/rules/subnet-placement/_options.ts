import type { JSONSchemaType } from 'ajv';
import type { OptionsSchema } from '../types.js';

/*
 * What the manifests cannot show about the network. The config's `network` section arrives as
 * these options, under the same names; each rule declares the ones it reads.
 */

/** Read by the rules that judge subnets (public-nodes, no-egress, lb-subnet-tags). */
export interface DeclaredSubnetOptions {
  /** Subnets known to route to an internet gateway. */
  publicSubnetIds?: string[];
  /** Subnets known not to. */
  privateSubnetIds?: string[];
}

/** Read by public-endpoint. */
export interface EndpointOptions {
  /** CIDRs allowed to reach a public API endpoint. */
  allowedEndpointCidrs?: string[];
}

const subnetIds = (description: string) =>
  ({
    description,
    type: 'array',
    items: { description: 'a subnet id (subnet-0123abcd)', type: 'string', pattern: '^subnet-[0-9a-f]+$' },
    nullable: true,
  }) as const;

export const DECLARED_SUBNET_OPTIONS: JSONSchemaType<DeclaredSubnetOptions> & OptionsSchema = {
  type: 'object',
  properties: {
    publicSubnetIds: subnetIds('Subnets known to be public (route to an internet gateway).'),
    privateSubnetIds: subnetIds('Subnets known to be private.'),
  },
};

export const ENDPOINT_OPTIONS: JSONSchemaType<EndpointOptions> & OptionsSchema = {
  type: 'object',
  properties: {
    allowedEndpointCidrs: {
      description: 'CIDRs allowed to reach a public API endpoint.',
      type: 'array',
      items: { description: 'an IPv4 or IPv6 CIDR (203.0.113.0/24)', type: 'string', pattern: '^[0-9a-fA-F:.]+/\\d{1,3}$' },
      nullable: true,
    },
  },
};
