import { resourceRef } from './cloudformation.js';
import {
  isUnknown,
  type CfnTemplate,
  type LogicalResource,
  type Network,
  type Subnet,
  type SubnetEgress,
  type SubnetPlacement,
  type VpcEndpoint,
} from './types.js';
import { asArray, asBoolean, asObject, asString, get, type Obj } from './util.js';

/**
 * The network of the repository's CloudFormation templates: which subnets are public (a
 * default route, 0.0.0.0/0 or ::/0, to an internet gateway), which are private, and where
 * private subnets send traffic that leaves the VPC. A subnet is only called private when
 * everything that decides its routing is in the repository and unconditional; whatever
 * depends on a Parameter, an import, a condition or the VPC's main route table is unknown.
 */

/** What a reference in a template points at. */
type Target =
  { kind: 'resource'; template: CfnTemplate; logicalId: string; type: string } | { kind: 'literal'; value: string } | { kind: 'unknown'; reason: string };

/** A resource's `Condition`, judged: exists for sure, never, or only when the condition holds. */
interface Existence {
  state: 'yes' | 'no' | 'maybe';
  condition?: string;
}

interface Association {
  template: CfnTemplate;
  logicalId: string;
  subnetRaw: unknown;
  subnet: Target;
  routeTable: Target;
  existence: Existence;
}

type Hop = 'internet-gateway' | 'nat' | 'transit-gateway' | 'other' | 'unknown';

interface Route {
  template: CfnTemplate;
  logicalId: string;
  routeTableRaw: unknown;
  routeTable: Target;
  /** '0.0.0.0/0' or '::/0' for a default route, another CIDR, or undefined when not fixed. */
  destination?: string;
  hop: Hop;
  /** How a message names the target ("internet gateway InternetGateway"). */
  hopLabel: string;
  existence: Existence;
}

const DEFAULT_DESTINATIONS = new Set(['0.0.0.0/0', '::/0']);

/** A string the template fixes completely (no `${...}` left by an unresolved `Fn::Sub`). */
function fixedString(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && !value.includes('${') ? value : undefined;
}

function resourceKey(file: string, logicalId: string): string {
  return `${file}\u0000${logicalId}`;
}

function resourceOf(template: CfnTemplate, logicalId: string): Obj | undefined {
  return asObject(template.resources[logicalId]);
}

function typeOf(template: CfnTemplate, logicalId: string): string {
  return asString(resourceOf(template, logicalId)?.['Type']) ?? '';
}

function propertiesOf(template: CfnTemplate, logicalId: string): Obj {
  return asObject(resourceOf(template, logicalId)?.['Properties']) ?? {};
}

/** Evaluates the template's `Conditions` where they do not depend on a Parameter. */
function conditionEvaluator(template: CfnTemplate): (name: string) => boolean | undefined {
  const conditions = asObject(get(template.ref.doc.value, 'Conditions')) ?? {};
  const cache = new Map<string, boolean | undefined>();
  const scalar = (value: unknown): string | undefined => {
    const v = template.resolve(value);
    return typeof v === 'boolean' ? String(v) : fixedString(v);
  };
  const evaluate = (expr: unknown, depth: number): boolean | undefined => {
    if (depth > 30) return undefined;
    if (typeof expr === 'boolean') return expr;
    const obj = asObject(expr);
    const keys = obj ? Object.keys(obj) : [];
    if (!obj || keys.length !== 1) return undefined;
    const fn = keys[0] ?? '';
    const args = obj[fn];
    switch (fn) {
      case 'Condition':
        return typeof args === 'string' ? named(args, depth + 1) : undefined;
      case 'Fn::Equals': {
        const [a, b] = asArray(args).map(scalar);
        return a === undefined || b === undefined ? undefined : a === b;
      }
      case 'Fn::Not': {
        const v = evaluate(asArray(args)[0], depth + 1);
        return v === undefined ? undefined : !v;
      }
      case 'Fn::And':
      case 'Fn::Or': {
        const values = asArray(args).map((a) => evaluate(a, depth + 1));
        const decisive = fn === 'Fn::And' ? false : true;
        if (values.includes(decisive)) return decisive;
        return values.includes(undefined) || values.length === 0 ? undefined : !decisive;
      }
      default:
        return undefined;
    }
  };
  const named = (name: string, depth = 0): boolean | undefined => {
    if (cache.has(name)) return cache.get(name);
    cache.set(name, undefined); // a condition that refers to itself stays undecided
    const value = evaluate(conditions[name], depth);
    cache.set(name, value);
    return value;
  };
  return (name) => named(name);
}

/** Every logical id a raw value refers to (`Ref`, `Fn::GetAtt`, `${Name}` in `Fn::Sub`). */
function mentions(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 50) return out;
  if (Array.isArray(value)) {
    for (const v of value) mentions(v, out, depth + 1);
    return out;
  }
  const obj = asObject(value);
  if (!obj) return out;
  const ref = resourceRef(obj);
  if (ref) out.add(ref);
  const sub = obj['Fn::Sub'];
  const subText = Array.isArray(sub) ? sub[0] : sub;
  if (typeof subText === 'string') for (const m of subText.matchAll(/\$\{([^!}.][^}.]*)/g)) if (m[1]) out.add(m[1]);
  for (const v of Object.values(obj)) mentions(v, out, depth + 1);
  return out;
}

/** Resources that other stacks can see: referenced from Outputs, nested stacks or custom resources. */
function escapingResources(template: CfnTemplate): Set<string> {
  const out = mentions(get(template.ref.doc.value, 'Outputs'));
  for (const [id, res] of Object.entries(template.resources)) {
    const type = asString(asObject(res)?.['Type']) ?? '';
    if (
      type === 'AWS::CloudFormation::Stack' ||
      type === 'AWS::Serverless::Application' ||
      type === 'AWS::CloudFormation::CustomResource' ||
      type.startsWith('Custom::')
    ) {
      for (const m of mentions(propertiesOf(template, id))) out.add(m);
    }
  }
  return out;
}

const GATEWAY_TYPES: Record<string, { hop: Hop; label: string }> = {
  'AWS::EC2::InternetGateway': { hop: 'internet-gateway', label: 'internet gateway' },
  'AWS::EC2::VPNGateway': { hop: 'other', label: 'virtual private gateway' },
};

/** The route target fields of `AWS::EC2::Route`, with what each leads to. */
const ROUTE_TARGETS: readonly [field: string, hop: Hop, label: string][] = [
  ['NatGatewayId', 'nat', 'NAT gateway'],
  ['TransitGatewayId', 'transit-gateway', 'transit gateway'],
  ['InstanceId', 'nat', 'NAT instance'],
  ['NetworkInterfaceId', 'other', 'network interface'],
  ['EgressOnlyInternetGatewayId', 'other', 'egress-only internet gateway'],
  ['VpcPeeringConnectionId', 'other', 'VPC peering connection'],
  ['VpcEndpointId', 'other', 'Gateway Load Balancer endpoint'],
  ['CarrierGatewayId', 'other', 'carrier gateway'],
  ['LocalGatewayId', 'other', 'local gateway'],
  ['CoreNetworkArn', 'other', 'Cloud WAN core network'],
];

const ENDPOINT_SERVICE = /(?:^|\.)(ecr\.api|ecr\.dkr|s3|sts)$/;

class NetworkBuilder {
  private readonly exportsByName = new Map<string, LogicalResource | null>();
  private readonly templatesByFile = new Map<string, CfnTemplate>();
  private readonly conditions = new Map<CfnTemplate, (name: string) => boolean | undefined>();
  private readonly escapes = new Map<CfnTemplate, Set<string>>();
  private readonly associations: Association[] = [];
  private readonly routes: Route[] = [];
  /** `AWS::EC2::VPNGatewayRoutePropagation`: routes learnt from a VPN / Direct Connect gateway. */
  private readonly propagations: { template: CfnTemplate; logicalId: string; raw: unknown; tables: Target[]; existence: Existence }[] = [];

  constructor(private readonly templates: readonly CfnTemplate[]) {
    for (const t of templates) {
      if (!this.templatesByFile.has(t.file)) this.templatesByFile.set(t.file, t);
      this.conditions.set(t, conditionEvaluator(t));
      this.escapes.set(t, escapingResources(t));
    }
    for (const t of templates) this.collectExports(t);
    for (const t of templates) this.collectRouting(t);
  }

  /** `Outputs` with an `Export.Name` the template fixes and a value that is one of its resources. */
  private collectExports(template: CfnTemplate): void {
    const outputs = asObject(get(template.ref.doc.value, 'Outputs')) ?? {};
    for (const output of Object.values(outputs)) {
      const name = fixedString(template.resolve(get(output, 'Export', 'Name')));
      const logicalId = resourceRef(get(output, 'Value'));
      if (name === undefined || logicalId === undefined || !template.resources[logicalId]) continue;
      // Two templates exporting one name cannot both be deployed in a region: ambiguous, so unknown.
      this.exportsByName.set(name, this.exportsByName.has(name) ? null : { file: template.file, logicalId });
    }
  }

  exported(name: string): LogicalResource | undefined {
    return this.exportsByName.get(name) ?? undefined;
  }

  private target(template: CfnTemplate, raw: unknown): Target {
    const id = resourceRef(raw);
    if (id !== undefined) {
      if (template.resources[id]) return { kind: 'resource', template, logicalId: id, type: typeOf(template, id) };
      if (template.parameters[id]) return { kind: 'unknown', reason: `parameter ${id}` };
      return { kind: 'unknown', reason: id.startsWith('AWS::') ? `pseudo parameter ${id}` : `${id}, which the template does not define` };
    }
    const imported = get(raw, 'Fn::ImportValue');
    if (imported !== undefined && Object.keys(asObject(raw) ?? {}).length === 1) {
      const name = fixedString(template.resolve(imported));
      if (name === undefined) return { kind: 'unknown', reason: 'an Fn::ImportValue whose name the template does not fix' };
      const exp = this.exported(name);
      const owner = exp ? this.templatesByFile.get(exp.file) : undefined;
      if (!exp || !owner) return { kind: 'unknown', reason: `Fn::ImportValue ${name}, which no template of the repository exports once` };
      return { kind: 'resource', template: owner, logicalId: exp.logicalId, type: typeOf(owner, exp.logicalId) };
    }
    const value = template.resolve(raw);
    const literal = fixedString(value);
    if (literal !== undefined) return { kind: 'literal', value: literal };
    const resolvedId = resourceRef(value);
    if (resolvedId !== undefined && template.resources[resolvedId]) {
      return { kind: 'resource', template, logicalId: resolvedId, type: typeOf(template, resolvedId) };
    }
    return { kind: 'unknown', reason: isUnknown(value) ? value.reason : 'a value the template does not fix' };
  }

  private existence(template: CfnTemplate, logicalId: string): Existence {
    const condition = asString(resourceOf(template, logicalId)?.['Condition']);
    if (condition === undefined) return { state: 'yes' };
    const value = this.conditions.get(template)?.(condition);
    return { state: value === true ? 'yes' : value === false ? 'no' : 'maybe', condition };
  }

  /** Exists whenever the things it serves exist: unconditional, or under one of their conditions. */
  private static certain(existence: Existence, given: readonly (string | undefined)[]): boolean {
    return existence.state === 'yes' || (existence.condition !== undefined && given.includes(existence.condition));
  }

  private collectRouting(template: CfnTemplate): void {
    for (const id of Object.keys(template.resources)) {
      const type = typeOf(template, id);
      const p = propertiesOf(template, id);
      if (type === 'AWS::EC2::SubnetRouteTableAssociation') {
        this.associations.push({
          template,
          logicalId: id,
          subnetRaw: p['SubnetId'],
          subnet: this.target(template, p['SubnetId']),
          routeTable: this.target(template, p['RouteTableId']),
          existence: this.existence(template, id),
        });
      } else if (type === 'AWS::EC2::VPNGatewayRoutePropagation') {
        const raw = p['RouteTableIds'];
        const list = Array.isArray(raw) ? raw : [raw];
        this.propagations.push({ template, logicalId: id, raw, tables: list.map((t) => this.target(template, t)), existence: this.existence(template, id) });
      } else if (type === 'AWS::EC2::Route') {
        this.routes.push({
          template,
          logicalId: id,
          routeTableRaw: p['RouteTableId'],
          routeTable: this.target(template, p['RouteTableId']),
          ...this.destination(template, p),
          ...this.hop(template, p),
          existence: this.existence(template, id),
        });
      }
    }
  }

  private destination(template: CfnTemplate, p: Obj): { destination?: string } {
    for (const field of ['DestinationCidrBlock', 'DestinationIpv6CidrBlock']) {
      if (p[field] === undefined) continue;
      const cidr = fixedString(template.resolve(p[field]));
      return cidr !== undefined ? { destination: cidr.trim() } : {};
    }
    // A prefix list (an AWS service's ranges) is never the default route.
    return p['DestinationPrefixListId'] !== undefined ? { destination: 'prefix list' } : {};
  }

  private hop(template: CfnTemplate, p: Obj): { hop: Hop; hopLabel: string } {
    if (p['GatewayId'] !== undefined) {
      const t = this.target(template, p['GatewayId']);
      if (t.kind === 'resource') {
        const known = GATEWAY_TYPES[t.type];
        return known ? { hop: known.hop, hopLabel: `${known.label} ${t.logicalId}` } : { hop: 'unknown', hopLabel: `${t.type || 'resource'} ${t.logicalId}` };
      }
      if (t.kind === 'literal') {
        if (t.value.startsWith('igw-')) return { hop: 'internet-gateway', hopLabel: `internet gateway ${t.value}` };
        if (t.value.startsWith('vgw-')) return { hop: 'other', hopLabel: `virtual private gateway ${t.value}` };
        return { hop: 'unknown', hopLabel: `gateway ${t.value}` };
      }
      return { hop: 'unknown', hopLabel: `a gateway given by ${t.reason}` };
    }
    for (const [field, hop, label] of ROUTE_TARGETS) {
      if (p[field] === undefined) continue;
      const t = this.target(template, p[field]);
      return { hop, hopLabel: `${label} ${t.kind === 'resource' ? t.logicalId : t.kind === 'literal' ? t.value : `(${t.reason})`}` };
    }
    return { hop: 'unknown', hopLabel: 'a target the template does not state' };
  }

  build(): Network {
    const subnets: Subnet[] = [];
    const byKey = new Map<string, Subnet>();
    for (const template of this.templates) {
      for (const id of Object.keys(template.resources)) {
        if (typeOf(template, id) !== 'AWS::EC2::Subnet') continue;
        const subnet = this.subnet(template, id);
        subnets.push(subnet);
        if (!byKey.has(resourceKey(template.file, id))) byKey.set(resourceKey(template.file, id), subnet);
      }
    }
    const endpoints = this.templates.flatMap((t) => this.endpoints(t));
    return {
      subnets,
      endpoints,
      subnet: (file, logicalId) => byKey.get(resourceKey(file, logicalId)),
      exported: (name) => this.exported(name),
    };
  }

  private endpoints(template: CfnTemplate): VpcEndpoint[] {
    return Object.keys(template.resources).flatMap((id): VpcEndpoint[] => {
      if (typeOf(template, id) !== 'AWS::EC2::VPCEndpoint') return [];
      const p = propertiesOf(template, id);
      const vpc = this.target(template, p['VpcId']);
      const name = template.resolve(p['ServiceName']);
      const serviceName = typeof name === 'string' ? name : undefined;
      const match = serviceName !== undefined ? ENDPOINT_SERVICE.exec(serviceName.trim()) : null;
      return [
        {
          file: template.file,
          logicalId: id,
          ...(vpc.kind === 'resource' && vpc.type === 'AWS::EC2::VPC' ? { vpc: { file: vpc.template.file, logicalId: vpc.logicalId } } : {}),
          service: serviceName === undefined ? 'unknown' : match ? (match[1] as VpcEndpoint['service']) : 'other',
          ...(serviceName !== undefined ? { serviceName } : {}),
          conditional: this.existence(template, id).state !== 'yes',
        },
      ];
    });
  }

  private subnet(template: CfnTemplate, id: string): Subnet {
    const p = propertiesOf(template, id);
    const vpc = this.target(template, p['VpcId']);
    const tags = readTags(template, p['Tags']);
    const mapPublic = asBoolean(template.resolve(p['MapPublicIpOnLaunch']));
    const existence = this.existence(template, id);
    return {
      kind: 'AWS::EC2::Subnet',
      name: id,
      ref: template.ref,
      file: template.file,
      logicalId: id,
      path: ['Resources', id],
      ...(vpc.kind === 'resource' && vpc.type === 'AWS::EC2::VPC' ? { vpc: { file: vpc.template.file, logicalId: vpc.logicalId } } : {}),
      tags: tags.tags,
      tagsKnown: tags.known,
      tagsUnresolved: tags.unresolved,
      ...(mapPublic !== undefined ? { mapPublicIpOnLaunch: mapPublic } : {}),
      conditional: existence.state === 'maybe',
      ...this.routing(template, id, existence),
    };
  }

  /** The route table a subnet uses, when the repository decides it for certain. */
  private associatedTable(
    template: CfnTemplate,
    id: string,
    existence: Existence,
  ): { table: Extract<Target, { kind: 'resource' }>; association: Association } | { unknown: string } {
    const isSelf = (t: Target): boolean => t.kind === 'resource' && t.template === template && t.logicalId === id;
    const undecided = this.associations.find(
      (a) => a.subnet.kind === 'unknown' && a.template === template && a.existence.state !== 'no' && mentions(a.subnetRaw).has(id),
    );
    if (undecided?.subnet.kind === 'unknown') {
      return { unknown: `whether route table association ${undecided.logicalId} applies to it depends on ${undecided.subnet.reason}` };
    }
    const associations = this.associations.filter((a) => isSelf(a.subnet) && a.existence.state !== 'no');
    if (associations.length === 0) {
      return { unknown: 'it has no SubnetRouteTableAssociation, so it uses its VPC\u2019s main route table, which CloudFormation cannot set' };
    }
    if (associations.length > 1)
      return { unknown: `it has ${associations.length} route table associations (${associations.map((a) => a.logicalId).join(', ')})` };
    const association = associations[0] as Association;
    if (!NetworkBuilder.certain(association.existence, [existence.condition])) {
      return { unknown: `its route table association ${association.logicalId} exists only when condition ${association.existence.condition} holds` };
    }
    const table = association.routeTable;
    if (table.kind !== 'resource' || table.type !== 'AWS::EC2::RouteTable') {
      const what = table.kind === 'unknown' ? table.reason : table.kind === 'literal' ? table.value : `${table.type} ${table.logicalId}`;
      return { unknown: `its route table is ${what}, not a route table of the repository` };
    }
    return { table, association };
  }

  private routing(
    template: CfnTemplate,
    id: string,
    existence: Existence,
  ): { placement: SubnetPlacement; placementReason: string; egress: SubnetEgress; egressReason: string; routeTable?: LogicalResource } {
    const unknown = (reason: string) => ({ placement: 'unknown' as const, placementReason: reason, egress: 'unknown' as const, egressReason: reason });
    const found = this.associatedTable(template, id, existence);
    if ('unknown' in found) return unknown(found.unknown);
    const { table, association } = found;
    const tableName = table.logicalId;
    const routeTable = { file: table.template.file, logicalId: tableName };
    const undecidedRoute = this.routes.find(
      (r) => r.existence.state !== 'no' && r.routeTable.kind === 'unknown' && r.template === table.template && mentions(r.routeTableRaw).has(tableName),
    );
    if (undecidedRoute?.routeTable.kind === 'unknown') {
      return unknown(`whether route ${undecidedRoute.logicalId} belongs to its route table ${tableName} depends on ${undecidedRoute.routeTable.reason}`);
    }
    // Routes that exist whenever the subnet, its association and its table do.
    const given = [existence.condition, association.existence.condition, this.existence(table.template, tableName).condition];
    const routes = this.routes.filter(
      (r) => r.existence.state !== 'no' && r.routeTable.kind === 'resource' && r.routeTable.template === table.template && r.routeTable.logicalId === tableName,
    );
    const certain = (r: Route): boolean => NetworkBuilder.certain(r.existence, given);
    const isDefault = (r: Route): boolean => r.destination !== undefined && DEFAULT_DESTINATIONS.has(r.destination);
    const via = (r: Route): string => `its route table ${tableName} sends ${r.destination} to ${r.hopLabel} in route ${r.logicalId}`;

    const igw = routes.find((r) => r.hop === 'internet-gateway' && isDefault(r) && certain(r));
    if (igw) return { placement: 'public', placementReason: via(igw), egress: 'internet-gateway', egressReason: via(igw), routeTable };

    // Not public for certain: call it private only if every route of the table is known.
    const doubt = routes.find((r) => !certain(r) && (isDefault(r) || r.destination === undefined || r.hop === 'internet-gateway'));
    if (doubt) return unknown(`route ${doubt.logicalId} of its route table ${tableName} exists only when condition ${doubt.existence.condition} holds`);
    const undetermined = routes.find((r) => r.destination === undefined || (isDefault(r) && r.hop === 'unknown'));
    if (undetermined) {
      const what =
        undetermined.destination === undefined
          ? 'has a destination the template does not fix'
          : `sends ${undetermined.destination} to ${undetermined.hopLabel}`;
      return unknown(`route ${undetermined.logicalId} of its route table ${tableName} ${what}`);
    }
    const oddGateway = routes.find((r) => r.hop === 'internet-gateway');
    if (oddGateway) return unknown(`its route table ${tableName} sends only ${oddGateway.destination} to ${oddGateway.hopLabel}`);
    if (this.escapes.get(table.template)?.has(tableName)) {
      return unknown(`its route table ${tableName} is handed to other stacks (Outputs, a nested stack or a custom resource), which may add routes`);
    }
    const placementReason = `its route table ${tableName} has no route to an internet gateway`;

    // Every default route left has a known target that is not an internet gateway.
    const order: SubnetEgress[] = ['nat', 'transit-gateway', 'other'];
    const egressRoute = routes
      .filter(isDefault)
      .map((r) => ({ r, egress: (r.hop === 'nat' || r.hop === 'transit-gateway' ? r.hop : 'other') as SubnetEgress }))
      .sort((a, b) => order.indexOf(a.egress) - order.indexOf(b.egress))[0];
    if (egressRoute) return { placement: 'private', placementReason, egress: egressRoute.egress, egressReason: via(egressRoute.r), routeTable };
    // A VPN or Direct Connect gateway may propagate a default route from on premises.
    const propagation = this.propagations.find(
      (pr) =>
        pr.existence.state !== 'no' &&
        (pr.tables.some((t) => t.kind === 'resource' && t.template === table.template && t.logicalId === tableName) ||
          (pr.template === table.template && pr.tables.some((t) => t.kind === 'unknown') && mentions(pr.raw).has(tableName))),
    );
    if (propagation) {
      return {
        placement: 'private',
        placementReason,
        egress: 'unknown',
        egressReason: `route propagation ${propagation.logicalId} adds routes from a virtual private gateway to its route table ${tableName}`,
        routeTable,
      };
    }
    return {
      placement: 'private',
      placementReason,
      egress: 'none',
      egressReason: `its route table ${tableName} has no default route (0.0.0.0/0 or ::/0)`,
      routeTable,
    };
  }
}

function readTags(template: CfnTemplate, raw: unknown): { tags: Record<string, string>; known: boolean; unresolved: string[] } {
  const tags: Record<string, string> = {};
  const unresolved: string[] = [];
  if (raw === undefined) return { tags, known: true, unresolved };
  const list = template.resolve(raw);
  if (!Array.isArray(list)) return { tags, known: false, unresolved };
  let known = true;
  for (const item of list) {
    const key = fixedString(get(item, 'Key'));
    const value = fixedString(get(item, 'Value'));
    if (key === undefined) known = false;
    else if (value === undefined) unresolved.push(key);
    else tags[key] = value;
  }
  return { tags, known, unresolved };
}

/** Builds the network model of every template of the repository. */
export function buildNetwork(templates: readonly CfnTemplate[]): Network {
  return new NetworkBuilder(templates).build();
}
