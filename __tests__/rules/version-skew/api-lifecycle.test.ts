import { API_LIFECYCLE, type ApiLifecycle } from '../../../src/data/api-lifecycle.js';
import { replacementFor } from '../../../src/rules/version-skew/_apis.js';
import deprecatedApi from '../../../src/rules/version-skew/deprecated-api.js';
import removedApi from '../../../src/rules/version-skew/removed-api.js';
import { EKS_MINORS } from '../../../src/rules/version-skew/_versions.js';
import { reviewFiles, treeOf } from '../../helpers/review.js';

const rules = [removedApi, deprecatedApi];

const cluster = (version: string, name = 'prod'): string =>
  `apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: ${name}\n  region: eu-west-1\n  version: '${version}'\n`;

const manifest = (apiVersion: string, kind: string): string =>
  `# an object as a repository would hold it\napiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: sample\n`;

const review = (version: string, apiVersion: string, kind: string) =>
  reviewFiles({ 'cluster.yaml': cluster(version), 'app/object.yaml': manifest(apiVersion, kind) }, { rules });

const minus = (version: string, n: number): string => `1.${Number(version.split('.')[1]) - n}`;

describe('every row of the API lifecycle table is reachable', () => {
  test.each(API_LIFECYCLE.map((row) => [row.apiVersion, row.kind, row] as const))('%s %s', (apiVersion, kind, row) => {
    const removed = review(row.removedIn, apiVersion, kind);
    expect(removed.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/removed-api error']);
    expect(removed[0]).toMatchObject({ path: 'app/object.yaml', startLine: 2, object: { kind, name: 'sample' } });
    expect(removed[0]?.message).toContain(
      `${apiVersion} ${kind} is no longer served from Kubernetes ${row.removedIn} on and cluster prod runs ${row.removedIn}`,
    );
    if (row.replacementApi) expect(removed[0]?.message).toMatch(/use apiVersion: \S+/);
    else expect(removed[0]?.message).toContain('has no replacement API');

    const before = review(minus(row.removedIn, 1), apiVersion, kind);
    expect(before.filter((f) => f.rule === 'version-skew/removed-api')).toEqual([]);

    // A deprecation before EKS's first version (1.10) cannot be seen on an EKS cluster.
    const deprecatedOnEks = row.deprecatedIn !== undefined && Number(row.deprecatedIn.split('.')[1]) >= EKS_MINORS.oldest;
    if (row.deprecatedIn !== undefined && row.deprecatedIn !== row.removedIn && deprecatedOnEks) {
      const deprecated = review(row.deprecatedIn, apiVersion, kind);
      expect(deprecated.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/deprecated-api warning']);
      expect(deprecated[0]?.message).toContain(
        `is deprecated since Kubernetes ${row.deprecatedIn} (cluster prod runs ${row.deprecatedIn}) and no longer served from ${row.removedIn}`,
      );
      if (Number(minus(row.deprecatedIn, 1).split('.')[1]) >= EKS_MINORS.oldest) expect(review(minus(row.deprecatedIn, 1), apiVersion, kind)).toEqual([]);
    }
  });

  test('an API the table does not list, or a newer version of a listed one, is fine', () => {
    expect(review('1.30', 'apps/v1', 'Deployment')).toEqual([]);
    expect(review('1.30', 'networking.k8s.io/v1', 'Ingress')).toEqual([]);
    expect(review('1.30', 'example.com/v1alpha1', 'Widget')).toEqual([]);
  });
});

describe('removed-api and deprecated-api messages', () => {
  test('the advice is a version the cluster serves and does not deprecate, past a first replacement that is gone too', () => {
    const [finding] = review('1.30', 'flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema');
    expect(finding?.message).toContain('use apiVersion: flowcontrol.apiserver.k8s.io/v1 (served since 1.29)');
    // 1.27 serves v1beta2 (deprecated since 1.26) and v1beta3 (served since 1.26, deprecated from 1.29): v1beta3.
    const [early] = review('1.27', 'flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema');
    expect(early?.message).toContain('use apiVersion: flowcontrol.apiserver.k8s.io/v1beta3 (served since 1.26)');
  });

  test('deprecated-api never offers a version the cluster does not serve yet (flowcontrol v1beta2 on 1.28)', () => {
    const [finding] = review('1.28', 'flowcontrol.apiserver.k8s.io/v1beta2', 'PriorityLevelConfiguration');
    expect(finding?.rule).toBe('version-skew/deprecated-api');
    expect(finding?.message).toContain('use apiVersion: flowcontrol.apiserver.k8s.io/v1beta3 (served since 1.26) before upgrading to 1.29');
    expect(finding?.message).not.toContain('flowcontrol.apiserver.k8s.io/v1 ');
  });

  test('PodSecurityPolicy has no replacement', () => {
    const [finding] = review('1.25', 'policy/v1beta1', 'PodSecurityPolicy');
    expect(finding?.message).toContain('policy/v1beta1 PodSecurityPolicy has no replacement API: remove the object');
    expect(finding?.message).toContain('Pod Security Admission');
  });

  test('deprecated-api says how far the removal is and when the replacement becomes available', () => {
    const [cronJob] = review('1.23', 'batch/v1beta1', 'CronJob');
    expect(cronJob?.message).toBe(
      'batch/v1beta1 CronJob is deprecated since Kubernetes 1.21 (cluster prod runs 1.23) and no longer served from 1.25, 2 minor upgrades away: ' +
        'use apiVersion: batch/v1 (served since 1.21) before upgrading to 1.25, adjusting any fields that changed.',
    );
    const [hpa] = review('1.22', 'autoscaling/v2beta1', 'HorizontalPodAutoscaler');
    expect(hpa?.message).toContain('move to apiVersion: autoscaling/v2 once the cluster serves it (from 1.23) before upgrading to 1.25');
  });

  test('every item of a List is checked, at its own apiVersion line', () => {
    const list = `apiVersion: v1\nkind: List\nitems:\n  - apiVersion: apps/v1\n    kind: Deployment\n    metadata: {name: ok}\n  - apiVersion: extensions/v1beta1\n    kind: Deployment\n    metadata: {name: old}\n`;
    const findings = reviewFiles({ 'cluster.yaml': cluster('1.20'), 'list.yaml': list }, { rules });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'version-skew/removed-api', startLine: 7, object: { name: 'old' } });
  });

  test('without a cluster, or with a cluster of unknown version, only APIs no EKS version still serves are reported', () => {
    const now = new Date('2026-12-02T00:00:00Z');
    const noVersion = 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: prod\n  region: eu-west-1\n';
    for (const extra of [{}, { 'cluster.yaml': noVersion }]) {
      // Removed in 1.34: still served by 1.32, the oldest version EKS runs on that date.
      expect(
        reviewFiles({ ...extra, 'app/object.yaml': manifest('admissionregistration.k8s.io/v1beta1', 'ValidatingAdmissionPolicy') }, { rules, now }),
      ).toEqual([]);
      const gone = reviewFiles({ ...extra, 'app/object.yaml': manifest('extensions/v1beta1', 'Deployment') }, { rules, now });
      expect(gone.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/removed-api error']);
    }
  });

  test('a manifest as near to several clusters: error when none serves it, warning when only some reject it', () => {
    const object = manifest('policy/v1beta1', 'PodDisruptionBudget');
    const none = reviewFiles({ 'a/cluster.yaml': cluster('1.25', 'a'), 'b/cluster.yaml': cluster('1.26', 'b'), 'shared.yaml': object }, { rules });
    expect(none.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/removed-api error']);
    expect(none[0]?.message).toContain('all 2 clusters this manifest is as near to by directory run 1.25 or later (cluster a (1.25), cluster b (1.26))');
    const some = reviewFiles({ 'a/cluster.yaml': cluster('1.24', 'a'), 'b/cluster.yaml': cluster('1.26', 'b'), 'shared.yaml': object }, { rules });
    expect(some.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/removed-api warning']);
    expect(some[0]?.message).toContain('as near by directory to 2 clusters, and 1 of them run 1.25 or later and would reject it (cluster b (1.26))');
    const unknown = reviewFiles(
      {
        'a/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: a\n',
        'b/cluster.yaml': cluster('1.26', 'b'),
        'shared.yaml': object,
      },
      { rules },
    );
    expect(unknown.map((f) => f.severity)).toEqual(['warning']);
    expect(unknown[0]?.message).toContain('(1 of unknown version)');
    // The nearest cluster wins outright: the other one does not matter.
    const near = reviewFiles({ 'a/cluster.yaml': cluster('1.24', 'a'), 'b/cluster.yaml': cluster('1.26', 'b'), 'b/app/pdb.yaml': object }, { rules });
    expect(near.map((f) => `${f.rule} ${f.severity}`)).toEqual(['version-skew/removed-api error']);
  });

  test('with the base of a change, the upgrade that removes the API is named', () => {
    const files = { 'cluster.yaml': cluster('1.22'), 'app/ingress.yaml': manifest('networking.k8s.io/v1beta1', 'Ingress') };
    const baseModel = treeOf({ ...files, 'cluster.yaml': cluster('1.21') }).model;
    const [finding] = reviewFiles(files, { rules, baseModel });
    expect(finding?.message).toMatch(/^this change upgrades cluster prod from 1\.21 to 1\.22, which stops serving networking\.k8s\.io\/v1beta1 Ingress: /);
    const [unchanged] = reviewFiles(files, { rules, baseModel: treeOf(files).model });
    expect(unchanged?.message).toMatch(/^networking\.k8s\.io\/v1beta1 Ingress is no longer served/);
  });

  test('odd manifests never throw', () => {
    expect(() => reviewFiles({ 'cluster.yaml': cluster('1.30'), 'x.yaml': 'apiVersion: " extensions/v1beta1 "\nkind: Deployment\n' }, { rules })).not.toThrow();
  });
});

test('deprecated-api names the tie when a manifest is as near to several clusters', () => {
  const files = {
    'a/cluster.yaml': cluster('1.23', 'a'),
    'b/cluster.yaml': 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: b\n',
    'shared.yaml': manifest('batch/v1beta1', 'CronJob'),
  };
  const [finding] = reviewFiles(files, { rules });
  expect(finding?.message).toContain('(cluster a runs 1.23, of 2 clusters this manifest is as near to by directory)');
});

test('replacements are found per row: a config row for a kind the table lists gets its own, and the table row keeps its answers', () => {
  // The versions a row can move to are kept per row once found: a row made from the config, of a
  // kind the table has rows for, must not get theirs (nor they its own replacement).
  const row = API_LIFECYCLE.find((r) => r.apiVersion === 'flowcontrol.apiserver.k8s.io/v1beta1' && r.kind === 'FlowSchema');
  if (!row) throw new Error('no FlowSchema v1beta1 row');
  expect(replacementFor(row, 30, 30)?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1');
  expect(replacementFor(row, 27, 27)?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1beta3');
  const custom: ApiLifecycle = {
    apiVersion: 'example.com/v1alpha1',
    kind: 'FlowSchema',
    removedIn: '1.30',
    replacementApi: 'example.com/v1',
    replacementAvailableIn: '1.25',
    source: 'config',
  };
  expect(replacementFor(custom, 27, 27)?.apiVersion).toBe('example.com/v1');
  expect(replacementFor(row, 27, 27)?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1beta3');
  expect(replacementFor(row, 30, 30)?.apiVersion).toBe('flowcontrol.apiserver.k8s.io/v1');
});
