import * as AjvModule from 'ajv';
declare const ajvOnDemand: () => typeof AjvModule;
export = ajvOnDemand;
