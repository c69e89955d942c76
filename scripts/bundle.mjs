/**
 * Bundles the compiled command (dist/snapshot.js and everything it imports, compromise, chrono,
 * zod and commander included) into one CommonJS file, dist/extract.cjs: `node --build-snapshot`
 * runs a single script that can require only node's built-ins. Run by `npm run build` after tsc.
 */
import { build } from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/**
 * nlp.js loads compromise's one-file build through createRequire, which a bundler cannot follow;
 * in the bundle a plain require of the same entry does the same.
 */
const COMPROMISE_LOAD = "createRequire(import.meta.url)('compromise/two')";
const staticCompromise = {
  name: 'static-compromise',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]nlp\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(COMPROMISE_LOAD)) throw new Error(`bundle: ${args.path} no longer loads compromise with ${COMPROMISE_LOAD}; update scripts/bundle.mjs`);
      return { contents: source.replace(COMPROMISE_LOAD, "require('compromise/two')"), loader: 'js' };
    });
  },
};

await build({
  entryPoints: [`${dist}snapshot.js`],
  outfile: `${dist}extract.cjs`,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // modules that read import.meta.url (the package.json beside dist/, the worker script) find
  // their files from the bundle's own place, which is dist/ like theirs
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [staticCompromise],
  // The start-up snapshot holds the bundle's source (V8 compiles functions lazily from it), and
  // its size is most of what a run from the snapshot spends loading: whitespace goes; names stay,
  // so stack traces still read.
  minifyWhitespace: true,
  logLevel: 'warning',
});

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals
 * ("[-\u2013\u2014]" written with the dashes themselves). One such character makes V8 keep the whole
 * 1.5 MB source as a two-byte string, which doubles its share of the snapshot. A \uXXXX escape
 * means the same character in a string, a template, a regular expression (with or without the u
 * flag, where two escaped surrogates are one code point) and an identifier; comments are gone.
 */
const outfile = `${dist}extract.cjs`;
const source = await readFile(outfile, 'utf8');
await writeFile(outfile, source.replace(/[^\x00-\x7f]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`));
