import type { Rule } from '../types.js';
import implicitPublicLb from './implicit-public-lb.js';
import lbSubnetTags from './lb-subnet-tags.js';
import noEgress from './no-egress.js';
import publicEndpoint from './public-endpoint.js';
import publicNodes from './public-nodes.js';

/** The subnet-placement rules, one file each. */
export const subnetPlacementRules: Rule[] = [publicNodes, publicEndpoint, implicitPublicLb, noEgress, lbSubnetTags];
