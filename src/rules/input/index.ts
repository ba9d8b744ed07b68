import buildFailed from './build-failed.js';
import invalidConfig from './invalid-config.js';
import parseError from './parse-error.js';
import skipped from './skipped.js';
import suppressionWithoutReason from './suppression-without-reason.js';
import unusedSuppression from './unused-suppression.js';

export const inputRules = [parseError, skipped, invalidConfig, unusedSuppression, suppressionWithoutReason, buildFailed];
