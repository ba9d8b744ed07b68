import { existsSync } from 'node:fs';
import path from 'node:path';
import { findHelm } from '../../src/load/helm.js';
import { REPO_ROOT } from './paths.js';

/** Where scripts/install-helm.mjs unpacks helm on machines that do not have it on PATH. */
export const UNPACKED_HELM = path.join(REPO_ROOT, '.cache', 'helm', 'helm');

/** A real helm binary: the one on PATH, else the unpacked one, else undefined. */
export function realHelm(): string | undefined {
  return findHelm() ?? (existsSync(UNPACKED_HELM) ? UNPACKED_HELM : undefined);
}
