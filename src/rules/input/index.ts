import invalidConfig from './invalid-config.js';
import parseError from './parse-error.js';
import skipped from './skipped.js';

export const inputRules = [parseError, skipped, invalidConfig];
