import * as JsYaml from 'js-yaml';
export = JsYaml;
