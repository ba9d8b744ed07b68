import { parseQuantity } from './quantity.js';
import type { KubeletSettings } from './types.js';
import { asNumber, asString, get } from './util.js';

/*
 * The kubelet's memory settings, however a format writes them (KubeletConfiguration fields,
 * eksctl's kubeletExtraConfig, Bottlerocket settings, kubelet flags in user data): each reader
 * finds the four values, and this is the one place that turns them into KubeletSettings.
 */

type KubeletValues = { [K in keyof KubeletSettings]-?: KubeletSettings[K] | undefined };

/** The settings that are known; an unknown one is left out, so the AMI's default applies. */
export function kubeletSettings(values: KubeletValues): KubeletSettings {
  const out: KubeletSettings = {};
  if (values.maxPods !== undefined) out.maxPods = values.maxPods;
  if (values.kubeReservedMemory !== undefined) out.kubeReservedMemory = values.kubeReservedMemory;
  if (values.systemReservedMemory !== undefined) out.systemReservedMemory = values.systemReservedMemory;
  if (values.evictionHardMemory !== undefined) out.evictionHardMemory = values.evictionHardMemory;
  return out;
}

/** Memory settings of a KubeletConfiguration-shaped object (Karpenter, nodeadm, the config file). */
export function kubeletConfiguration(value: unknown): KubeletSettings {
  return kubeletSettings({
    maxPods: asNumber(get(value, 'maxPods')),
    kubeReservedMemory: parseQuantity(get(value, 'kubeReserved', 'memory')),
    systemReservedMemory: parseQuantity(get(value, 'systemReserved', 'memory')),
    evictionHardMemory: asString(get(value, 'evictionHard', 'memory.available')),
  });
}
