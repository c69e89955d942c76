/** Library entry point: `import { extract } from 'news-extract'`. */
export { extractDocument as extract, COMPONENT_NAMES, type ExtractOptions, type ComponentName } from './extract.js';
export * from './schema.js';
