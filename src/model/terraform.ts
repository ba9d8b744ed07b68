import path from 'node:path';
import type { SourceRange } from '../load/lines.js';
import { childExpr, TerraformDocument } from '../load/terraform.js';
import { blocksOf, type Block, type Body, type Expr, type Step } from '../load/terraform-ast.js';
import type { LoadedDocument, PathSegment } from '../load/types.js';
import { cfnAddons } from './addons.js';
import { cfnClusters, cfnNodeGroups } from './cloudformation.js';
import { entries, Evaluator, failed, unknown, type Scope as EvalScope } from './terraform-eval.js';
import { isKnownModule, isVpcModule, knownModuleResources, type ModuleCall } from './terraform-modules.js';
import {
  isUnknown,
  type CfnTemplate,
  type Cluster,
  type ClusterAddon,
  type Network,
  type NodeGroup,
  type SourceTerms,
  type Subnet,
  type UnreadInput,
} from './types.js';

/**
 * Terraform root modules as the model sees them. Each directory of `.tf` files is one module,
 * evaluated statically (src/model/terraform-eval.ts): variables take their tfvars value or
 * default, locals and references are followed. Its AWS resources are then written the way
 * CloudFormation declares the same resources (`aws_subnet` → `AWS::EC2::Subnet`,
 * `aws_eks_node_group` → `AWS::EKS::Nodegroup`, inline `route` blocks → `AWS::EC2::Route`), so
 * the cluster, node group and network readers of the CloudFormation model judge both formats
 * with one piece of logic, and rules never learn which format an object came from. Every
 * property written keeps the HCL attribute it came from, so findings land on that attribute.
 */

/**
 * How the properties of a written resource were read: the HCL body they come from and the
 * evaluator of its instance, so what a value assumed can be asked again when a finding needs it
 * (only then: most values never reach a finding).
 */
export interface Reading {
  readonly body: Body;
  readonly evaluator: Evaluator;
  /** Evaluates, returning the variables whose default (no tfvars value) the evaluation read, with those defaults. */
  readonly defaultsRead: (run: () => unknown) => ReadonlyMap<string, unknown>;
  /** What every property of the resource rests on (a module major no version constraint fixes). */
  readonly assumed?: string;
  /** The defaults its `for_each` collection was read with, assumed by every value read through `each`. */
  readonly eachDefaults?: ReadonlyMap<string, unknown>;
}

/** Where one property of a written resource came from. */
interface Origin {
  readonly doc: TerraformDocument;
  /** HCL path of the resource (or module call) block. */
  readonly block: readonly PathSegment[];
  /** CloudFormation property path ('Properties/InstanceTypes') → HCL path relative to the block. */
  readonly props: Map<string, readonly PathSegment[]>;
  /** CloudFormation property path → the attribute or module input that sets it, set or not. */
  readonly names: Map<string, string>;
  /** While the module is evaluated: how the properties were read. `settle` replaces it with `settled`. */
  reading: Reading | undefined;
  settled: Settled | undefined;
}

/**
 * What the properties of a written resource assumed, worked out once the module is written. A
 * Reading keeps the module's evaluation, and with it the syntax trees of its directory: kept
 * until findings are made, those were ~12 MB of the corpus's old generation at the peak.
 */
interface Settled {
  /** Props key → its variable-default clauses (props keys whose HCL path is empty have none). */
  readonly byProp: ReadonlyMap<string, readonly string[]>;
  readonly assumed?: string;
  /** The reading of a resource from the module evaluated again: for a path no props key spells out (an index into a list). */
  readonly again: (logicalId: string) => Reading | undefined;
}

export interface TerraformModule {
  readonly dir: string;
  readonly unread: readonly UnreadInput[];
  readonly template: CfnTemplate;
  readonly clusters: readonly Cluster[];
  readonly nodeGroups: readonly NodeGroup[];
  /** `aws_eks_addon` resources and the eks module's addons, with a version the root fixes. */
  readonly addons: readonly ClusterAddon[];
  /** The module's words for the properties written (attribute and input names). */
  readonly terms: SourceTerms;
}

interface ResourceDecl {
  readonly type: string;
  readonly name: string;
  readonly block: Block;
  readonly doc: TerraformDocument;
  readonly data: boolean;
}

/** One instance of a resource (`count` / `for_each` expanded). */
interface Instance {
  readonly decl: ResourceDecl;
  readonly address: string;
  readonly evaluator: Evaluator;
  /** Variable defaults the `for_each` collection was read with: what `each.value` assumed. */
  readonly eachDefaults?: ReadonlyMap<string, unknown>;
}

const TF_PREFIX = 'resource';

function addressOf(type: string, name: string, key: unknown): string {
  if (key === undefined) return `${type}.${name}`;
  return typeof key === 'number' ? `${type}.${name}[${key}]` : `${type}.${name}[${JSON.stringify(String(key))}]`;
}

/** Reads tfvars files (`terraform.tfvars`, `*.auto.tfvars`) of a directory: Terraform loads those by itself. */
function autoLoaded(doc: TerraformDocument): boolean {
  const base = path.posix.basename(doc.path).replace(/\.json$/, '');
  return base === 'terraform.tfvars' || base.endsWith('.auto.tfvars');
}

const isTfvars = (doc: TerraformDocument) => /\.tfvars(\.json)?$/.test(doc.path);

class ModuleEvaluation implements EvalScope {
  readonly variables = new Map<string, { doc: TerraformDocument; block: Block }>();
  readonly tfvars = new Map<string, { doc: TerraformDocument; expr: Expr }>();
  readonly locals = new Map<string, { doc: TerraformDocument; expr: Expr }>();
  readonly resources = new Map<string, ResourceDecl>();
  readonly moduleCalls = new Map<string, { doc: TerraformDocument; block: Block }>();
  private readonly localCache = new Map<string, unknown>();
  private readonly inProgress = new Set<string>();
  private readonly instanceCache = new Map<string, Instance[] | ReturnType<typeof unknown>>();
  /** Open records of variable defaults read (name → default), innermost last (see `defaultsRead`). */
  private readonly defaultFrames: Map<string, unknown>[] = [];
  /** The variable defaults each cached local read, replayed when the cache answers. */
  private readonly localDefaults = new Map<string, ReadonlyMap<string, unknown>>();

  /** Notes defaults in every open frame, the outer ones too: a nested `defaultsRead` need not pass its record on. */
  private noteDefaults(read: ReadonlyMap<string, unknown>): void {
    for (const [name, value] of read) for (const frame of this.defaultFrames) frame.set(name, value);
  }
  readonly base: Evaluator;
  /** Outputs of known registry modules (terraform-aws-modules/vpc, /eks), set once they are read. */
  readonly moduleOutputs = new Map<string, Record<string, unknown>>();
  /** Per module call, the variable defaults each output was read with (those of the input it passes on). */
  readonly moduleOutputDefaults = new Map<string, ReadonlyMap<string, ReadonlyMap<string, unknown>>>();

  constructor(readonly docs: readonly TerraformDocument[]) {
    for (const doc of docs) {
      if (isTfvars(doc)) {
        // Only auto-loaded tfvars count: another tfvars file is chosen with -var-file at apply time.
        if (!autoLoaded(doc)) continue;
        for (const [name, attribute] of doc.body.attributes) this.tfvars.set(name, { doc, expr: attribute.expr });
        continue;
      }
      for (const block of doc.body.blocks) {
        const [a, b] = block.labels;
        if (block.type === 'variable' && a) this.variables.set(a, { doc, block });
        else if (block.type === 'locals') for (const [name, attribute] of block.body.attributes) this.locals.set(name, { doc, expr: attribute.expr });
        else if ((block.type === 'resource' || block.type === 'data') && a && b) {
          const key = block.type === 'data' ? `data.${a}.${b}` : `${a}.${b}`;
          this.resources.set(key, { type: a, name: b, block, doc, data: block.type === 'data' });
        } else if (block.type === 'module' && a) this.moduleCalls.set(a, { doc, block });
      }
    }
    this.base = new Evaluator(this);
  }

  variable(name: string): unknown {
    const fromVars = this.tfvars.get(name);
    if (fromVars) return this.base.evaluate(fromVars.expr);
    const decl = this.variables.get(name);
    if (!decl) return failed(`variable ${name} is not declared`);
    const dflt = decl.block.body.attributes.get('default');
    if (!dflt) return unknown(`variable ${name} has no default and no terraform.tfvars value`);
    const value = this.base.evaluate(dflt.expr);
    // A default stands in for what `-var` or a -var-file may set at apply time: noted, so a finding says so.
    this.noteDefaults(new Map([[name, value]]));
    return value;
  }

  /** Runs an evaluation, returning the variables whose default it read (through locals too). */
  readonly defaultsRead = (run: () => unknown): ReadonlyMap<string, unknown> => {
    const frame = new Map<string, unknown>();
    this.defaultFrames.push(frame);
    try {
      run();
    } finally {
      this.defaultFrames.pop();
    }
    return frame;
  };

  /** Evaluates an expression in the module's scope, with the variable defaults it read. */
  evaluateReading(expr: Expr): { value: unknown; defaults: ReadonlyMap<string, unknown> } {
    let value: unknown;
    const defaults = this.defaultsRead(() => (value = this.base.evaluate(expr)));
    return { value, defaults };
  }

  local(name: string): unknown {
    if (this.localCache.has(name)) {
      this.noteDefaults(this.localDefaults.get(name) ?? new Map());
      return this.localCache.get(name);
    }
    const decl = this.locals.get(name);
    if (!decl) return failed(`local ${name} is not defined`);
    const key = `local.${name}`;
    if (this.inProgress.has(key)) return unknown(`local ${name} refers to itself`);
    this.inProgress.add(key);
    const { value, defaults: read } = this.evaluateReading(decl.expr);
    this.inProgress.delete(key);
    this.localCache.set(name, value);
    this.localDefaults.set(name, read);
    return value;
  }

  /** The instances of a resource, or why they are not known (a count or for_each not known). */
  instances(key: string): Instance[] | ReturnType<typeof unknown> {
    const cached = this.instanceCache.get(key);
    if (cached) return cached;
    const decl = this.resources.get(key);
    if (!decl) return failed(`${key} is not declared`);
    if (this.inProgress.has(key)) return unknown(`${key} depends on itself`);
    this.inProgress.add(key);
    let result: Instance[] | ReturnType<typeof unknown>;
    const count = decl.block.body.attributes.get('count');
    const forEach = decl.block.body.attributes.get('for_each');
    const prefix = decl.data ? 'data.' : '';
    if (count) {
      const n = this.base.evaluate(count.expr);
      result =
        typeof n === 'number' && n >= 0 && n <= 1000
          ? Array.from({ length: n }, (_, i) => ({
              decl,
              address: prefix + addressOf(decl.type, decl.name, i),
              evaluator: this.base.with(new Map([['count', { index: i }]])),
            }))
          : unknown(`the count of ${key} is not known (${isUnknown(n) ? n.reason : 'not a number'})`);
    } else if (forEach) {
      const { value: coll, defaults: eachDefaults } = this.evaluateReading(forEach.expr);
      const u = isUnknown(coll) ? coll : undefined;
      result = u
        ? unknown(`the for_each of ${key} is not known (${u.reason})`)
        : entries(coll).map(([k, v]) => {
            const eachKey = Array.isArray(coll) ? v : k;
            return {
              decl,
              address: prefix + addressOf(decl.type, decl.name, String(eachKey)),
              evaluator: this.base.with(new Map([['each', { key: eachKey, value: v }]])),
              ...(eachDefaults.size > 0 ? { eachDefaults } : {}),
            };
          });
    } else {
      result = [{ decl, address: prefix + addressOf(decl.type, decl.name, undefined), evaluator: this.base }];
    }
    this.inProgress.delete(key);
    this.instanceCache.set(key, result);
    return result;
  }

  /** An instance as a value: `id`/`arn` a reference, arguments as written, anything else known after apply. */
  private instanceValue(instance: Instance): unknown {
    if (instance.decl.data) return unknown(`${instance.address} is a data source, read at plan time`);
    const body = instance.decl.block.body;
    const evaluating = new Set<string>();
    const target: Record<string, unknown> = {};
    return new Proxy(target, {
      has: () => true,
      get: (_t, prop) => {
        if (typeof prop !== 'string') return undefined;
        if (prop === 'id' || prop === 'arn') return { Ref: instance.address };
        const attribute = body.attributes.get(prop);
        if (!attribute) {
          const nested = blocksOf(body, prop);
          if (nested.length) return nested.map((b) => blockValue(instance.evaluator, b));
          return unknown(`${prop} of ${instance.address} is known only after apply`);
        }
        if (evaluating.has(prop)) return unknown(`${prop} of ${instance.address} refers to itself`);
        evaluating.add(prop);
        try {
          return instance.evaluator.evaluate(attribute.expr);
        } finally {
          evaluating.delete(prop);
        }
      },
      ownKeys: () => [],
    });
  }

  root(name: string, steps: readonly Step[], evaluate: (e: Expr) => unknown): { value: unknown; consumed: number } | undefined {
    const first = steps[0];
    const firstAttr = first && 'attr' in first ? first.attr : undefined;
    switch (name) {
      case 'var':
        return firstAttr ? { value: this.variable(firstAttr), consumed: 1 } : undefined;
      case 'local':
        return firstAttr ? { value: this.local(firstAttr), consumed: 1 } : undefined;
      case 'path':
        return { value: { module: '.', root: '.', cwd: '.' }, consumed: 0 };
      case 'terraform':
        return { value: unknown('terraform.workspace is chosen at apply time'), consumed: 1 };
      case 'module': {
        if (!firstAttr) return undefined;
        const outputs = this.moduleOutputs.get(firstAttr);
        if (outputs) {
          const second = steps[1];
          if (second && 'attr' in second) {
            const v = outputs[second.attr];
            this.noteDefaults(this.moduleOutputDefaults.get(firstAttr)?.get(second.attr) ?? new Map());
            return { value: v === undefined ? unknown(`output ${second.attr} of module ${firstAttr} is not read by this review`) : v, consumed: 2 };
          }
          return { value: outputs, consumed: 1 };
        }
        const call = this.moduleCalls.get(firstAttr);
        const source = call ? this.base.evaluate(call.block.body.attributes.get('source')?.expr) : undefined;
        return {
          value: unknown(`outputs of module ${firstAttr}${typeof source === 'string' ? ` (${source})` : ''} are not evaluated`),
          consumed: steps.length,
        };
      }
      case 'data': {
        const second = steps[1];
        const label = firstAttr && second && 'attr' in second ? `data.${firstAttr}.${second.attr}` : 'a data source';
        return { value: unknown(`${label} is read at plan time`), consumed: steps.length };
      }
      default: {
        if (!firstAttr || !this.resources.has(`${name}.${firstAttr}`)) return undefined;
        const key = `${name}.${firstAttr}`;
        const decl = this.resources.get(key) as ResourceDecl;
        const found = this.instances(key);
        if (isUnknown(found)) return { value: found, consumed: steps.length };
        const expanded = decl.block.body.attributes.has('count') || decl.block.body.attributes.has('for_each');
        if (!expanded) return { value: found[0] ? this.instanceValue(found[0]) : failed(`${key} has no instance`), consumed: 1 };
        if (decl.block.body.attributes.has('count')) return { value: found.map((i) => this.instanceValue(i)), consumed: 1 };
        const byKey: Record<string, unknown> = {};
        for (const i of found) {
          const k = /\["(.*)"\]$/.exec(i.address)?.[1];
          if (k !== undefined) byKey[JSON.parse(`"${k}"`) as string] = this.instanceValue(i);
        }
        void evaluate;
        return { value: byKey, consumed: 1 };
      }
    }
  }
}

/** A nested block's arguments as an object (a `vpc_config { ... }` read as a value). */
function blockValue(evaluator: Evaluator, block: Block): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attribute] of block.body.attributes) out[name] = evaluator.evaluate(attribute.expr);
  for (const nested of block.body.blocks) ((out[nested.type] ??= []) as unknown[]).push(blockValue(evaluator, nested));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Writing resources the CloudFormation way.

/** The template being written, with the origin of each property. */
export class TemplateWriter {
  readonly resources: Record<string, { Type: string; Properties: Record<string, unknown> }> = {};
  readonly origins = new Map<string, Origin>();
  /** Calls of a known module that wrote nothing, and why. */
  readonly unread: UnreadInput[] = [];

  add(logicalId: string, type: string, doc: TerraformDocument, block: readonly PathSegment[], reading?: Reading): ResourceWriter {
    const properties: Record<string, unknown> = {};
    this.resources[logicalId] = { Type: type, Properties: properties };
    // Both fields are there from the start (undefined when unset): one object shape before and after `settle`.
    const origin: Origin = { doc, block, props: new Map(), names: new Map(), reading, settled: undefined };
    this.origins.set(logicalId, origin);
    return new ResourceWriter(properties, origin);
  }
}

/** The attribute or input an HCL path ends in (its last name; list indexes skipped). */
function lastName(from: readonly PathSegment[]): string | undefined {
  return [...from].reverse().find((s): s is string => typeof s === 'string');
}

export class ResourceWriter {
  constructor(
    readonly properties: Record<string, unknown>,
    private readonly origin: Origin,
  ) {}

  /**
   * Sets a property (a `/`-separated path), noting its HCL origin; null is Terraform's "not set".
   * `name` is the attribute or module input that sets it (by default the last name of `from`),
   * kept even when unset: a message tells the reader which attribute to write.
   */
  set(prop: string, value: unknown, from: readonly PathSegment[], name?: string): void {
    const named = name ?? lastName(from);
    if (named !== undefined) this.origin.names.set(`Properties/${prop}`, named);
    if (value === undefined || value === null) return;
    const keys = prop.split('/');
    let target = this.properties;
    for (const k of keys.slice(0, -1)) target = (target[k] ??= {}) as Record<string, unknown>;
    target[keys[keys.length - 1] as string] = value;
    this.origin.props.set(`Properties/${prop}`, from);
  }

  /** Notes where a property path that another property's value spells out lives in HCL. */
  note(prop: string, from: readonly PathSegment[]): void {
    this.origin.props.set(`Properties/${prop}`, from);
    const named = lastName(from);
    if (named !== undefined) this.origin.names.set(`Properties/${prop}`, named);
  }
}

/** Versions are strings to EKS; `version = 1.30` in HCL would otherwise read as 1.3. */
function versionText(evaluator: Evaluator, doc: TerraformDocument, expr: Expr | undefined): unknown {
  if (!expr) return undefined;
  if (expr.type === 'literal' && typeof expr.value === 'number') return doc.text.slice(expr.start, expr.end);
  const v = evaluator.evaluate(expr);
  return typeof v === 'number' ? String(v) : v;
}

const TAINT_EFFECTS: Record<string, string> = { NO_SCHEDULE: 'NoSchedule', NO_EXECUTE: 'NoExecute', PREFER_NO_SCHEDULE: 'PreferNoSchedule' };

function tagList(value: unknown): unknown {
  if (isUnknown(value) || value === undefined || value === null) return value ?? undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return undefined;
  return Object.entries(value).map(([Key, Value]) => ({ Key, Value }));
}

function decodeUserData(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed) && trimmed.length % 4 === 0) {
    const text = Buffer.from(trimmed, 'base64').toString('utf8');
    if (!text.includes('\ufffd')) return text;
  }
  return value;
}

/** Writes one resource instance of a kind the model reads. */
function writeInstance(writer: TemplateWriter, instance: Instance, evaluation: ModuleEvaluation): void {
  const { decl, address, evaluator } = instance;
  const body = decl.block.body;
  const block: PathSegment[] = [TF_PREFIX, decl.type, decl.name];
  const reading: Reading = {
    body,
    evaluator,
    defaultsRead: evaluation.defaultsRead,
    ...(instance.eachDefaults ? { eachDefaults: instance.eachDefaults } : {}),
  };
  const attr = (name: string) => body.attributes.get(name)?.expr;
  const val = (name: string) => (body.attributes.has(name) ? evaluator.evaluate(attr(name)) : undefined);
  const nested = (type: string) => blocksOf(body, type);
  const nestedVal = (type: string, name: string, i = 0) => {
    const b = nested(type)[i];
    return b && b.body.attributes.has(name) ? evaluator.evaluate(b.body.attributes.get(name)?.expr) : undefined;
  };
  const add = (type: string) => writer.add(address, type, decl.doc, block, reading);
  switch (decl.type) {
    case 'aws_eks_cluster': {
      const w = add('AWS::EKS::Cluster');
      w.set('Name', val('name'), ['name']);
      w.set('Version', versionText(evaluator, decl.doc, attr('version')), ['version']);
      const vpc = nested('vpc_config')[0];
      if (vpc) {
        w.set('ResourcesVpcConfig/SubnetIds', nestedVal('vpc_config', 'subnet_ids'), ['vpc_config', 'subnet_ids']);
        w.set('ResourcesVpcConfig/EndpointPublicAccess', nestedVal('vpc_config', 'endpoint_public_access'), ['vpc_config', 'endpoint_public_access']);
        w.set('ResourcesVpcConfig/EndpointPrivateAccess', nestedVal('vpc_config', 'endpoint_private_access'), ['vpc_config', 'endpoint_private_access']);
        w.set('ResourcesVpcConfig/PublicAccessCidrs', nestedVal('vpc_config', 'public_access_cidrs'), ['vpc_config', 'public_access_cidrs']);
        w.note('ResourcesVpcConfig', ['vpc_config']);
      }
      w.set('ComputeConfig/Enabled', nestedVal('compute_config', 'enabled'), ['compute_config', 'enabled']);
      w.set('UpgradePolicy/SupportType', nestedVal('upgrade_policy', 'support_type'), ['upgrade_policy', 'support_type']);
      return;
    }
    case 'aws_eks_node_group': {
      const w = add('AWS::EKS::Nodegroup');
      w.set('ClusterName', val('cluster_name'), ['cluster_name']);
      w.set('NodegroupName', val('node_group_name'), ['node_group_name']);
      w.set('InstanceTypes', val('instance_types'), ['instance_types']);
      w.set('AmiType', val('ami_type'), ['ami_type']);
      w.set('ReleaseVersion', val('release_version'), ['release_version']);
      w.set('Version', versionText(evaluator, decl.doc, attr('version')), ['version']);
      w.set('Subnets', val('subnet_ids'), ['subnet_ids']);
      w.set('Labels', val('labels'), ['labels']);
      w.set('ScalingConfig/MinSize', nestedVal('scaling_config', 'min_size'), ['scaling_config', 'min_size']);
      w.set('ScalingConfig/MaxSize', nestedVal('scaling_config', 'max_size'), ['scaling_config', 'max_size']);
      w.set('ScalingConfig/DesiredSize', nestedVal('scaling_config', 'desired_size'), ['scaling_config', 'desired_size']);
      const taints = nested('taint').map((t) => {
        const v = blockValue(evaluator, t);
        return { Key: v['key'], Value: v['value'], Effect: TAINT_EFFECTS[String(v['effect'])] ?? v['effect'] };
      });
      if (taints.length) w.set('Taints', taints, ['taint']);
      const lt = nested('launch_template')[0];
      if (lt) {
        w.set('LaunchTemplate/Id', nestedVal('launch_template', 'id'), ['launch_template', 'id']);
        w.set('LaunchTemplate/Name', nestedVal('launch_template', 'name'), ['launch_template', 'name']);
        w.set('LaunchTemplate/Version', nestedVal('launch_template', 'version'), ['launch_template', 'version']);
      }
      return;
    }
    case 'aws_launch_template':
    case 'aws_launch_configuration': {
      const isLt = decl.type === 'aws_launch_template';
      const w = add(isLt ? 'AWS::EC2::LaunchTemplate' : 'AWS::AutoScaling::LaunchConfiguration');
      const pre = isLt ? 'LaunchTemplateData/' : '';
      w.set(`${pre}InstanceType`, val('instance_type'), ['instance_type']);
      w.set(`${pre}ImageId`, val(isLt ? 'image_id' : 'image_id'), ['image_id']);
      w.set(`${pre}UserData`, decodeUserData(val('user_data') ?? (isLt ? undefined : val('user_data_base64'))), ['user_data']);
      if (isLt) {
        nested('network_interfaces').forEach((nic, i) => {
          const v = blockValue(evaluator, nic)['associate_public_ip_address'];
          if (v !== undefined) {
            const list = ((w.properties['LaunchTemplateData'] as Record<string, unknown> | undefined)?.['NetworkInterfaces'] as unknown[] | undefined) ?? [];
            list[i] = { AssociatePublicIpAddress: typeof v === 'string' ? v === 'true' : v };
            w.set('LaunchTemplateData/NetworkInterfaces', list, ['network_interfaces']);
            w.note(`LaunchTemplateData/NetworkInterfaces/${i}/AssociatePublicIpAddress`, ['network_interfaces', i, 'associate_public_ip_address']);
          }
        });
      } else {
        w.set('AssociatePublicIpAddress', val('associate_public_ip_address'), ['associate_public_ip_address']);
      }
      return;
    }
    case 'aws_autoscaling_group': {
      const w = add('AWS::AutoScaling::AutoScalingGroup');
      w.set('MinSize', val('min_size'), ['min_size']);
      w.set('MaxSize', val('max_size'), ['max_size']);
      w.set('DesiredCapacity', val('desired_capacity'), ['desired_capacity']);
      w.set('VPCZoneIdentifier', val('vpc_zone_identifier'), ['vpc_zone_identifier']);
      w.set('LaunchConfigurationName', val('launch_configuration'), ['launch_configuration']);
      w.set('LaunchTemplate/LaunchTemplateId', nestedVal('launch_template', 'id'), ['launch_template', 'id']);
      w.set('LaunchTemplate/LaunchTemplateName', nestedVal('launch_template', 'name'), ['launch_template', 'name']);
      const mixed = nested('mixed_instances_policy')[0];
      const mlt = mixed ? blocksOf(mixed.body, 'launch_template')[0] : undefined;
      if (mlt) {
        const spec = blocksOf(mlt.body, 'launch_template_specification')[0];
        const specValue = spec ? blockValue(evaluator, spec) : {};
        const overrides = blocksOf(mlt.body, 'override').map((o) => ({ InstanceType: blockValue(evaluator, o)['instance_type'] }));
        w.set(
          'MixedInstancesPolicy/LaunchTemplate',
          {
            LaunchTemplateSpecification: { LaunchTemplateId: specValue['launch_template_id'], LaunchTemplateName: specValue['launch_template_name'] },
            Overrides: overrides,
          },
          ['mixed_instances_policy'],
        );
      }
      const tags = nested('tag').map((t) => {
        const v = blockValue(evaluator, t);
        return { Key: v['key'], Value: v['value'] };
      });
      if (tags.length) w.set('Tags', tags, ['tag']);
      return;
    }
    case 'aws_eks_fargate_profile': {
      const w = add('AWS::EKS::FargateProfile');
      w.set('ClusterName', val('cluster_name'), ['cluster_name']);
      w.set('Subnets', val('subnet_ids'), ['subnet_ids']);
      const selectors = nested('selector').map((s) => {
        const v = blockValue(evaluator, s);
        return { Namespace: v['namespace'], Labels: tagList(v['labels']) };
      });
      w.set('Selectors', selectors, ['selector']);
      return;
    }
    case 'aws_eks_addon': {
      const w = add('AWS::EKS::Addon');
      w.set('ClusterName', val('cluster_name'), ['cluster_name']);
      w.set('AddonName', val('addon_name'), ['addon_name']);
      w.set('AddonVersion', val('addon_version'), ['addon_version']);
      return;
    }
    case 'aws_vpc': {
      const w = add('AWS::EC2::VPC');
      w.set('CidrBlock', val('cidr_block'), ['cidr_block']);
      return;
    }
    case 'aws_subnet': {
      const w = add('AWS::EC2::Subnet');
      w.set('VpcId', val('vpc_id'), ['vpc_id']);
      w.set('CidrBlock', val('cidr_block'), ['cidr_block']);
      w.set('MapPublicIpOnLaunch', val('map_public_ip_on_launch'), ['map_public_ip_on_launch']);
      w.set('Tags', tagList(val('tags')), ['tags']);
      return;
    }
    case 'aws_internet_gateway':
      add('AWS::EC2::InternetGateway').set('VpcId', val('vpc_id'), ['vpc_id']);
      return;
    case 'aws_nat_gateway':
      add('AWS::EC2::NatGateway').set('SubnetId', val('subnet_id'), ['subnet_id']);
      return;
    case 'aws_route_table': {
      add('AWS::EC2::RouteTable').set('VpcId', val('vpc_id'), ['vpc_id']);
      // Inline routes are routes of the table: written as routes of their own, named after it.
      nested('route').forEach((route, i) => {
        const r = writer.add(`${address}.route[${i}]`, 'AWS::EC2::Route', decl.doc, [...block, 'route', i], { ...reading, body: route.body });
        r.set('RouteTableId', { Ref: address }, []);
        writeRouteTargets(r, blockValue(evaluator, route), { cidr: 'cidr_block', ipv6: 'ipv6_cidr_block' });
      });
      return;
    }
    case 'aws_route': {
      const w = add('AWS::EC2::Route');
      w.set('RouteTableId', val('route_table_id'), ['route_table_id']);
      const v: Record<string, unknown> = {};
      for (const name of body.attributes.keys()) v[name] = val(name);
      writeRouteTargets(w, v, { cidr: 'destination_cidr_block', ipv6: 'destination_ipv6_cidr_block' });
      return;
    }
    case 'aws_route_table_association': {
      if (!body.attributes.has('subnet_id')) return; // a gateway association, not a subnet's
      const w = add('AWS::EC2::SubnetRouteTableAssociation');
      w.set('SubnetId', val('subnet_id'), ['subnet_id']);
      w.set('RouteTableId', val('route_table_id'), ['route_table_id']);
      return;
    }
    case 'aws_vpc_endpoint': {
      const w = add('AWS::EC2::VPCEndpoint');
      w.set('VpcId', val('vpc_id'), ['vpc_id']);
      w.set('ServiceName', val('service_name'), ['service_name']);
      return;
    }
    default:
      return;
  }
}

const ROUTE_TARGET_FIELDS: readonly [tf: string, cfn: string][] = [
  ['gateway_id', 'GatewayId'],
  ['nat_gateway_id', 'NatGatewayId'],
  ['transit_gateway_id', 'TransitGatewayId'],
  ['network_interface_id', 'NetworkInterfaceId'],
  ['egress_only_gateway_id', 'EgressOnlyInternetGatewayId'],
  ['vpc_peering_connection_id', 'VpcPeeringConnectionId'],
  ['vpc_endpoint_id', 'VpcEndpointId'],
  ['carrier_gateway_id', 'CarrierGatewayId'],
  ['local_gateway_id', 'LocalGatewayId'],
  ['core_network_arn', 'CoreNetworkArn'],
];

function writeRouteTargets(w: ResourceWriter, v: Record<string, unknown>, fields: { cidr: string; ipv6: string }): void {
  const set = (cfn: string, tf: string) => {
    const value = v[tf];
    if (value !== undefined && value !== null && value !== '') w.set(cfn, value, [tf]);
  };
  set('DestinationCidrBlock', fields.cidr);
  set('DestinationIpv6CidrBlock', fields.ipv6);
  if (v['destination_prefix_list_id'] !== undefined) set('DestinationPrefixListId', 'destination_prefix_list_id');
  for (const [tf, cfn] of ROUTE_TARGET_FIELDS) set(cfn, tf);
}

/** Resource types the model reads; others are not evaluated at all. */
const READ_TYPES = new Set([
  'aws_eks_cluster',
  'aws_eks_node_group',
  'aws_launch_template',
  'aws_launch_configuration',
  'aws_autoscaling_group',
  'aws_eks_fargate_profile',
  'aws_eks_addon',
  'aws_vpc',
  'aws_subnet',
  'aws_internet_gateway',
  'aws_nat_gateway',
  'aws_route_table',
  'aws_route',
  'aws_route_table_association',
  'aws_vpc_endpoint',
]);

// ---------------------------------------------------------------------------------------------
// Positions: CloudFormation property paths back to HCL attributes.

/** The origin of a written property path and its HCL path relative to the origin's block (undefined: not written from HCL). */
function originOf(
  origins: ReadonlyMap<string, Origin>,
  cfnPath: readonly PathSegment[],
): { origin: Origin; id: string; from?: readonly PathSegment[]; name?: string; key?: string; indexed?: boolean } | undefined {
  const id = cfnPath[0] === 'Resources' ? cfnPath[1] : undefined;
  const origin = typeof id === 'string' ? origins.get(id) : undefined;
  if (!origin || typeof id !== 'string') return undefined;
  const rest = cfnPath.slice(2);
  for (let n = rest.length; n > 0; n--) {
    const key = rest.slice(0, n).join('/');
    const from = origin.props.get(key);
    const name = origin.names.get(key);
    if (from || name !== undefined) {
      const tail = rest.slice(n).filter((s) => typeof s === 'number');
      return {
        origin,
        id,
        key,
        indexed: tail.length > 0,
        ...(from ? { from: [...from, ...tail] } : {}),
        ...(name !== undefined ? { name } : {}),
      };
    }
  }
  return { origin, id };
}

/**
 * The expression at an HCL path of a body (attributes, nested blocks by type then index, literal
 * items), and the rest of the path when the value is built by an expression (a local, a merge):
 * that rest then leads into the expression's value.
 */
function exprAlong(body: Body, path: readonly PathSegment[]): { expr: Expr; rest: readonly PathSegment[] } | undefined {
  let current: Body | undefined = body;
  let expr: Expr | undefined;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    if (expr) {
      const child = childExpr(expr, segment)?.expr;
      if (!child) return { expr, rest: path.slice(i) };
      expr = child;
      continue;
    }
    if (!current || typeof segment !== 'string') return undefined;
    const attribute = current.attributes.get(segment);
    if (attribute) {
      expr = attribute.expr;
      continue;
    }
    const blocks = blocksOf(current, segment);
    const next = path[i + 1];
    const index = typeof next === 'number' ? next : 0;
    if (typeof next === 'number') i++;
    current = blocks[index]?.body;
  }
  // A whole block is not a value: what its many attributes assumed is not one fact's assumption.
  return expr ? { expr, rest: [] } : undefined;
}

function valueAlong(value: unknown, rest: readonly PathSegment[]): unknown {
  let v = value;
  for (const segment of rest) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[segment];
  }
  return v;
}

/** Whether an expression reads `each` (a `for_each` instance's key or value). */
function readsEach(node: unknown, depth = 0): boolean {
  if (typeof node !== 'object' || node === null || depth > 200) return false;
  const n = node as { type?: unknown; name?: unknown };
  if (n.type === 'variable' && n.name === 'each') return true;
  return Object.values(node).some((child) => readsEach(child, depth + 1));
}

const backticked = (names: readonly string[]) => names.map((n) => `\`${n}\``);

/**
 * What reading a written property assumed: the variables whose default its HCL expression read,
 * and what the whole resource rests on (a module major picked without a version constraint).
 */
function assumptionsAt(origins: ReadonlyMap<string, Origin>, cfnPath: readonly PathSegment[]): string[] {
  const found = originOf(origins, cfnPath);
  const { reading, settled } = found?.origin ?? {};
  if (!found || (!reading && !settled)) return [];
  const out: string[] = [];
  if (found.from && found.from.length > 0) {
    const known = settled && !found.indexed && found.key !== undefined ? settled.byProp.get(found.key) : undefined;
    if (known) out.push(...known);
    else {
      const from = reading ?? settled?.again(found.id);
      if (from) out.push(...defaultClauses(from, found.from));
    }
  }
  const assumed = reading ? reading.assumed : settled?.assumed;
  if (assumed) out.push(assumed);
  return out;
}

const NONE: readonly string[] = [];

/** The clauses naming the variables whose default the expression at an HCL path of a reading read. */
function defaultClauses(reading: Reading, hclPath: readonly PathSegment[]): readonly string[] {
  const out: string[] = [];
  const at = exprAlong(reading.body, hclPath);
  if (at) {
    let value: unknown;
    const read = new Map(reading.defaultsRead(() => (value = valueAlong(reading.evaluator.evaluate(at.expr), at.rest))));
    if (reading.eachDefaults && readsEach(at.expr)) for (const [name, dflt] of reading.eachDefaults) read.set(name, dflt);
    // A value built from many variables (a node group map merged in a local) names the one whose
    // default it is, when one is; only otherwise every default that went into it.
    const same = [...read].filter(([, dflt]) => JSON.stringify(dflt) === JSON.stringify(value)).map(([name]) => name);
    const names = same.length > 0 ? same : [...read.keys()].sort();
    if (names.length === 1) out.push(`with the default of variable ${backticked(names).join('')}, which a tfvars file or -var may change`);
    else if (names.length > 1)
      out.push(
        `with the defaults of variables ${backticked(names).slice(0, -1).join(', ')} and ${backticked(names).at(-1)}, which a tfvars file or -var may change`,
      );
  }
  return out.length > 0 ? out : NONE;
}

/**
 * Works out, while the module's evaluation is still at hand, what each written property assumed,
 * and lets the evaluation go. Readings shared by many resources (a module call's) evaluate each
 * HCL path once.
 */
function settle(origins: ReadonlyMap<string, Origin>, again: (logicalId: string) => Reading | undefined): void {
  const byReading = new Map<Reading, Map<string, readonly string[]>>();
  for (const origin of origins.values()) {
    const reading = origin.reading;
    if (!reading) continue;
    let done = byReading.get(reading);
    if (!done) byReading.set(reading, (done = new Map()));
    const byProp = new Map<string, readonly string[]>();
    for (const [key, from] of origin.props) {
      if (from.length === 0) continue;
      const pathKey = JSON.stringify(from);
      let clauses = done.get(pathKey);
      if (!clauses) {
        try {
          clauses = defaultClauses(reading, from);
        } catch {
          // Left to `again`: a finding that asks evaluates it as the module was evaluated before.
          continue;
        }
        done.set(pathKey, clauses);
      }
      byProp.set(key, clauses);
    }
    origin.settled = { byProp, ...(reading.assumed ? { assumed: reading.assumed } : {}), again };
    origin.reading = undefined;
  }
}

/** Finds the HCL range of a written property path, or the resource block for what was not written from HCL. */
function locateIn(origins: ReadonlyMap<string, Origin>, home: Origin | undefined, cfnPath: readonly PathSegment[]): SourceRange | undefined {
  const id = cfnPath[0] === 'Resources' ? cfnPath[1] : undefined;
  const origin = typeof id === 'string' ? origins.get(id) : undefined;
  if (!origin || (home && origin.doc !== home.doc)) return home ? home.doc.locate(home.block) : undefined;
  const rest = cfnPath.slice(2);
  for (let n = rest.length; n > 0; n--) {
    const key = rest.slice(0, n).join('/');
    const from = origin.props.get(key);
    if (from) {
      // Deeper segments of a list property (InstanceTypes/0) index into the HCL value too.
      const tail = rest.slice(n).filter((s) => typeof s === 'number');
      return origin.doc.locate([...origin.block, ...from, ...tail]);
    }
  }
  return origin.doc.locate(origin.block);
}

/** The document a written object points into: its own file, with CloudFormation paths read as HCL. */
class ResourceView implements LoadedDocument {
  readonly index = 0;
  readonly value: unknown;
  readonly path: string;

  constructor(
    private readonly origins: ReadonlyMap<string, Origin>,
    private readonly home: Origin,
    templateValue: unknown,
  ) {
    this.path = home.doc.path;
    this.value = templateValue;
  }

  locate(p: readonly PathSegment[]): SourceRange {
    return locateIn(this.origins, this.home, p) ?? this.home.doc.locate(this.home.block);
  }

  assumptions(p: readonly PathSegment[]): readonly string[] {
    return assumptionsAt(this.origins, p);
  }

  valueText(): string | undefined {
    return undefined;
  }
}

/** The template of a whole module: objects written from it carry views of their own file instead. */
class ModuleDocument implements LoadedDocument {
  readonly index = 0;
  private readonly views = new Map<string, ResourceView>();

  constructor(
    readonly path: string,
    readonly value: unknown,
    private readonly origins: ReadonlyMap<string, Origin>,
    private readonly first: TerraformDocument,
  ) {}

  locate(p: readonly PathSegment[]): SourceRange {
    return locateIn(this.origins, undefined, p) ?? this.first.locate([]);
  }

  assumptions(p: readonly PathSegment[]): readonly string[] {
    return assumptionsAt(this.origins, p);
  }

  valueText(): string | undefined {
    return undefined;
  }

  /** The view of the file that declares a written resource (one per resource, so identity holds). */
  view(logicalId: string): { doc: LoadedDocument; base: [] } | undefined {
    const origin = this.origins.get(logicalId);
    if (!origin) return undefined;
    let view = this.views.get(logicalId);
    if (!view) this.views.set(logicalId, (view = new ResourceView(this.origins, origin, this.value)));
    return { doc: view, base: [] };
  }
}

const KIND_OF: Record<string, string> = {
  'AWS::EKS::Cluster': 'aws_eks_cluster',
  'AWS::EKS::Nodegroup': 'aws_eks_node_group',
  'AWS::AutoScaling::AutoScalingGroup': 'aws_autoscaling_group',
};

/** Messages about written resources name the attribute or module input that sets each property. */
function hclTerms(origins: ReadonlyMap<string, Origin>): SourceTerms {
  return {
    tool: 'Terraform',
    nameAt: (p) => originOf(origins, p)?.name,
    assignment: (name, value) => `${name} = ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`,
  };
}

/** A template's values are evaluated already: references stay references and unknowns stay unknown. */
const asEvaluated = (v: unknown): unknown => v;

/**
 * A module's resources, from a new evaluation, for what a finding asks that `settle` did not
 * work out; the first such question evaluates the module again (rare: a path indexing into a list).
 */
function evaluatedAgain(docs: readonly TerraformDocument[]): (logicalId: string) => Reading | undefined {
  let origins: ReadonlyMap<string, Origin> | undefined;
  return (logicalId) => (origins ??= writtenResources(docs).origins).get(logicalId)?.reading;
}

/** Evaluates one directory of Terraform files as a root module. */
export function terraformModule(dir: string, docs: readonly TerraformDocument[]): TerraformModule | undefined {
  // Evaluated in a function of its own: a closure made here must not keep the evaluation alive.
  const writer = writtenResources(docs);
  if (Object.keys(writer.resources).length === 0 && writer.unread.length === 0) return undefined;
  const first = docs.find((d) => !isTfvars(d)) ?? docs[0];
  if (!first) return undefined;
  settle(writer.origins, evaluatedAgain(docs));
  return moduleTemplate(dir, first, writer);
}

/** The resources of a module evaluated statically, written the CloudFormation way, still with their readings. */
function writtenResources(docs: readonly TerraformDocument[]): TemplateWriter {
  const evaluation = new ModuleEvaluation(docs);
  const writer = new TemplateWriter();
  // Only calls of a module the tables know write resources or have outputs: another call's inputs
  // are never read, and evaluating them was most of the corpus's module-call time.
  // (Only `source` is evaluated to pick them: a local read too early would keep an unknown.)
  const calls: { name: string; decl: { doc: TerraformDocument; block: Block }; vpc: boolean }[] = [];
  for (const [name, decl] of evaluation.moduleCalls) {
    const value = evaluation.base.evaluate(decl.block.body.attributes.get('source')?.expr);
    const source = typeof value === 'string' ? value : undefined;
    if (isKnownModule(source)) calls.push({ name, decl, vpc: isVpcModule(source) });
  }
  // vpc calls first: eks calls take their subnets from the vpc module's outputs.
  for (const { name, decl } of [...calls.filter((c) => c.vpc), ...calls.filter((c) => !c.vpc)]) {
    const call = moduleCall(evaluation, name, decl.doc, decl.block);
    const known = knownModuleResources(call, writer);
    if (known && 'unread' in known) {
      const at = decl.block.body.attributes.has('version') ? 'version' : 'source';
      writer.unread.push({ doc: decl.doc, path: ['module', name, at], message: known.unread });
    } else if (known) {
      evaluation.moduleOutputs.set(call.name, known.outputs);
      const defaults = Object.entries(known.outputInputs ?? {}).map(([output, input]) => [output, call.inputs.get(input)?.defaults ?? new Map()] as const);
      evaluation.moduleOutputDefaults.set(call.name, new Map(defaults));
    }
  }
  for (const [key, decl] of evaluation.resources) {
    if (decl.data || !READ_TYPES.has(decl.type)) continue;
    const found = evaluation.instances(key);
    if (isUnknown(found)) continue;
    for (const instance of found) writeInstance(writer, instance, evaluation);
  }
  return writer;
}

function moduleTemplate(dir: string, first: TerraformDocument, writer: TemplateWriter): TerraformModule {
  const templateValue = { Resources: writer.resources };
  const moduleDoc = new ModuleDocument(first.path, templateValue, writer.origins, first);
  const resources = writer.resources as CfnTemplate['resources'];
  const template: CfnTemplate = {
    file: dir === '' ? '.' : dir,
    ref: { doc: moduleDoc, base: [] },
    resources,
    parameters: {},
    resolve: asEvaluated,
  };
  const terms = hclTerms(writer.origins);
  const rehome = <T extends Cluster | NodeGroup>(object: T): T => {
    const id = object.path[1];
    const ref = typeof id === 'string' ? moduleDoc.view(id) : undefined;
    return ref ? { ...object, ref, kind: KIND_OF[object.kind] ?? object.kind, name: object.name, terms } : object;
  };
  const clusters = cfnClusters(template).map(rehome);
  const nodeGroups = cfnNodeGroups(template).map(rehome);
  const addons = cfnAddons(template).map((addon): ClusterAddon => {
    const ref = moduleDoc.view(addon.name);
    return { ...addon, kind: 'aws_eks_addon', source: 'terraform', ...(ref ? { ref } : {}) };
  });
  return { dir, unread: writer.unread, template, clusters, nodeGroups, addons, terms };
}

function moduleCall(evaluation: ModuleEvaluation, name: string, doc: TerraformDocument, block: Block): ModuleCall {
  const inputs = new Map<string, { value: unknown; from: readonly PathSegment[]; defaults: ReadonlyMap<string, unknown> }>();
  for (const [attrName, attribute] of block.body.attributes) {
    if (attrName === 'source' || attrName === 'version' || attrName === 'providers' || attrName === 'depends_on') continue;
    inputs.set(attrName, { ...evaluation.evaluateReading(attribute.expr), from: [attrName] });
  }
  const source = evaluation.base.evaluate(block.body.attributes.get('source')?.expr);
  const version = evaluation.base.evaluate(block.body.attributes.get('version')?.expr);
  return {
    name,
    doc,
    block: ['module', name],
    reading: { body: block.body, evaluator: evaluation.base, defaultsRead: evaluation.defaultsRead },
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof version === 'string' ? { version } : {}),
    inputs,
    versionText: (input) => {
      const e = block.body.attributes.get(input)?.expr;
      return versionText(evaluation.base, doc, e);
    },
  };
}

/**
 * Modules evaluated as their files were read (src/model/terraform-load.ts), by the directory's
 * first file: each is taken once, by the first model whose directory has exactly those files.
 */
const evaluatedAtLoad = new WeakMap<TerraformDocument, { readonly docs: readonly TerraformDocument[]; readonly module: TerraformModule | undefined }>();

/** Evaluates one directory while its files' syntax trees are still held, for `terraformModules` to take. */
export function evaluateAtLoad(dir: string, docs: readonly TerraformDocument[]): void {
  const first = docs[0];
  if (first) evaluatedAtLoad.set(first, { docs, module: terraformModule(dir, docs) });
}

/** Groups Terraform documents by directory (one root module each) and evaluates each. */
export function terraformModules(docs: readonly TerraformDocument[]): TerraformModule[] {
  const byDir = new Map<string, TerraformDocument[]>();
  for (const doc of docs) {
    const dir = path.posix.dirname(doc.path);
    const list = byDir.get(dir);
    if (list) list.push(doc);
    else byDir.set(dir, [doc]);
  }
  const out: TerraformModule[] = [];
  for (const [dir, list] of byDir) {
    const first = list[0] as TerraformDocument;
    const atLoad = evaluatedAtLoad.get(first);
    // Taken once: another model of the same files (a change's reduced one) gets objects of its own, as before.
    if (atLoad) evaluatedAtLoad.delete(first);
    const module = atLoad && sameDocuments(atLoad.docs, list) ? atLoad.module : terraformModule(dir === '.' ? '' : dir, list);
    if (module) out.push(module);
  }
  return out;
}

function sameDocuments(a: readonly TerraformDocument[], b: readonly TerraformDocument[]): boolean {
  return a.length === b.length && a.every((doc, i) => doc === b[i]);
}

/** Subnets of Terraform templates point into their own `.tf` file, not the module's first one. */
export function rehomeTerraformSubnets(network: Network, modules: readonly TerraformModule[]): Network {
  if (modules.length === 0) return network;
  const byFile = new Map(modules.map((m) => [m.template.file, m]));
  const moved = new Map<Subnet, Subnet>();
  const subnets = network.subnets.map((s) => {
    const module = byFile.get(s.file);
    const ref = module ? viewFor(module, s.logicalId) : undefined;
    const next = ref && module ? { ...s, ref, terms: module.terms } : s;
    moved.set(s, next);
    return next;
  });
  return {
    ...network,
    subnets,
    subnet: (file, logicalId) => {
      const s = network.subnet(file, logicalId);
      return s ? (moved.get(s) ?? s) : undefined;
    },
  };
}

function viewFor(module: TerraformModule, logicalId: string): { doc: LoadedDocument; base: [] } | undefined {
  const doc = module.template.ref.doc;
  if (!(doc instanceof ModuleDocument)) return undefined;
  return doc.view(logicalId);
}

export { TF_PREFIX };
