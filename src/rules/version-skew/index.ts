import type { Rule } from '../types.js';
import deprecatedApi from './deprecated-api.js';
import endOfSupport from './end-of-support.js';
import invalidVersion from './invalid-version.js';
import kubeProxySkew from './kube-proxy-skew.js';
import noClusterVersion from './no-cluster-version.js';
import kubeletNewer from './kubelet-newer.js';
import kubeletTooOld from './kubelet-too-old.js';
import removedApi from './removed-api.js';
import upgradeJump from './upgrade-jump.js';

/** The version-skew rules, one file each. */
export const versionSkewRules: Rule[] = [
  kubeletNewer,
  kubeletTooOld,
  upgradeJump,
  removedApi,
  deprecatedApi,
  endOfSupport,
  invalidVersion,
  kubeProxySkew,
  noClusterVersion,
];
