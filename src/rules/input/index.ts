import buildFailed from './build-failed.js';
import duplicateKey from './duplicate-key.js';
import incomplete from './incomplete.js';
import invalidConfig from './invalid-config.js';
import parseError from './parse-error.js';
import skipped from './skipped.js';
import suppressionWithoutReason from './suppression-without-reason.js';
import unusedSuppression from './unused-suppression.js';

export const inputRules = [parseError, duplicateKey, skipped, invalidConfig, unusedSuppression, suppressionWithoutReason, incomplete, buildFailed];
