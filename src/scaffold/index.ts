export { type InitOptions, initProject, type WrittenFile } from './init-project.js';
export { packageName } from './package-json.js';
