/**
 * Lists in `details` that grow with the repository are capped (issue 17): the largest few, then
 * one line with how many were left out and what they add up to, so the arithmetic still checks.
 */
import nodeOvercommit from '../../../src/rules/memory-budget/node-overcommit.js';
import podExceedsNode from '../../../src/rules/memory-budget/pod-exceeds-node.js';
import { DETAILS_LIST_LIMIT } from '../../../src/rules/memory-budget/_details.js';
import { findingsOf } from '../../helpers/review.js';
import { container, containers, eksctl, workload } from './fixtures.js';

const cluster = eksctl('- name: ng\n  instanceType: m5.xlarge\n  maxSize: 50');

/** DaemonSet agent-i requests i × 10Mi (limit twice that): every one a different size. */
const daemonSets = (n: number): Record<string, string> =>
  Object.fromEntries(
    Array.from({ length: n }, (_, k) => k + 1).map((i) => [
      `ds-${i}.yaml`,
      workload('DaemonSet', `agent-${i}`, containers(container('agent', `${i * 10}Mi`, `${i * 20}Mi`))),
    ]),
  );

const app = (name: string, request: string, limit: string, replicas = 1): string =>
  workload('Deployment', name, containers(container(name, request, limit)), `replicas: ${replicas}`);

const mi = (text: string): number => Number(/(\d+)Mi/.exec(text)?.[1]);

describe('details lists that grow with the repository', () => {
  test('a finding with 30 DaemonSets lists the 10 largest and the count and sum of the other per-node pods', () => {
    // 30 DaemonSets request 10Mi + … + 300Mi = 4,650Mi: a 12Gi pod no longer fits an m5.xlarge beside them.
    const [f] = findingsOf(podExceedsNode, { 'c.yaml': cluster, 'a.yaml': app('big', '12Gi', '12Gi'), ...daemonSets(30) });
    const lines = f?.details?.split('\n') ?? [];
    const listed = lines.filter((l) => /^ {2}DaemonSet web\/agent-\d+: /.test(l));
    // Largest first: agent-30 (300Mi) down to agent-21 (210Mi).
    expect(listed.map((l) => /agent-(\d+)/.exec(l)?.[1])).toEqual(['30', '29', '28', '27', '26', '25', '24', '23', '22', '21']);
    expect(listed).toHaveLength(DETAILS_LIST_LIMIT);
    const rest = lines.find((l) => l.includes('more per-node pods'));
    // The 20 smaller DaemonSets and the system pods EKS runs on every node.
    const shownSum = listed.reduce((n, l) => n + mi(l), 0);
    const total = /Total: \d+Mi \+ (\d+)Mi = /.exec(f?.details ?? '')?.[1];
    expect(shownSum).toBe(2550);
    expect(rest).toMatch(/^ {2}and (\d+) more per-node pods: (\d+)Mi together$/);
    const [, count, sum] = /and (\d+) more per-node pods: (\d+)Mi together/.exec(rest ?? '') ?? [];
    expect(Number(count)).toBeGreaterThanOrEqual(20);
    // What the summary line adds to the listed ones is the whole per-node overhead of the message.
    expect(shownSum + Number(sum)).toBe(Number(total));
    expect(f?.message).toContain(`DaemonSets ${(Number(total) / 1024).toFixed(1)}Gi`);
  });

  test('a short list stays whole, in its order', () => {
    const [f] = findingsOf(podExceedsNode, { 'c.yaml': cluster, 'a.yaml': app('big', '15Gi', '15Gi'), ...daemonSets(3) });
    const listed = (f?.details ?? '').split('\n').filter((l) => /^ {2}DaemonSet web\/agent-\d+: /.test(l));
    expect(listed).toEqual(['  DaemonSet web/agent-1: 10Mi', '  DaemonSet web/agent-2: 20Mi', '  DaemonSet web/agent-3: 30Mi']);
    expect(f?.details).not.toContain('more per-node pods');
  });

  test('one report size per finding however many DaemonSets there are', () => {
    const detailsWith = (n: number): string =>
      findingsOf(podExceedsNode, { 'c.yaml': cluster, 'a.yaml': app('big', '14Gi', '14Gi'), ...daemonSets(n) })[0]?.details ?? '';
    // 40 and 120 DaemonSets: the same number of lines.
    expect(detailsWith(120).split('\n')).toHaveLength(detailsWith(40).split('\n').length);
  });

  test('node-overcommit lists the workloads packed on a node the same way', () => {
    // 40 small bursty workloads, 2 pods each, fit an m5.4xlarge by request and overcommit it by limit.
    const big = eksctl('- name: ng\n  instanceType: m5.4xlarge');
    const apps = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a-${i}.yaml`, app(`svc-${i}`, '256Mi', `${1 + (i % 4)}Gi`, 2)]));
    const [f] = findingsOf(nodeOvercommit, { 'c.yaml': big, ...apps });
    const lines = f?.details?.split('\n') ?? [];
    const packed = lines.filter((l) => /^ {2}2× Deployment web\/svc-\d+: /.test(l));
    expect(packed).toHaveLength(DETAILS_LIST_LIMIT);
    // The largest by limit (4Gi: svc-3, svc-7, …) are the ones shown.
    expect(packed.every((l) => l.endsWith('limit 4096Mi'))).toBe(true);
    const rest = lines.find((l) => l.includes('more workloads'));
    const [, count, pods] = /and (\d+) more workloads: (\d+) pods, requests \d+Mi, limits \d+Mi together/.exec(rest ?? '') ?? [];
    expect(Number(count)).toBe(30);
    expect(Number(pods)).toBe(60);
    // The message still names the first three it packed and how many more.
    expect(f?.message).toMatch(/and 37 more by their requests/);
  });
});
