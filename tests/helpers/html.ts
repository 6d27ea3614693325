/** Tests query HTML with the same helper as the benchmark. */
export { query } from '../../src/lib/html-query.ts';
