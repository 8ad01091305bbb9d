// Every comment that names a file names one that exists: a comment sending
// the next engineer to a file that was renamed or never committed is worse
// than none. And no comment (nor a test's title) sends them to an issue tracker (the word issue,
// ticket or pull request and a number): they may not have the tracker, and
// the comment should say the why itself.
// Comments are found with TypeScript's own scanner (the copy the
// manifest analyzer brings: TypeScript 7 has no JavaScript API), so strings,
// regular expressions and template literals are never mistaken for comments.
//
// Usage: node scripts/check-comment-paths.mjs [root]   (exit 1 on a missing file or a tracker reference)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ts = createRequire(createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/package.json'))(
  'typescript',
);

const SOURCE = /\.(ts|mts|mjs|js|cjs)$/;
const MARKUP = /\.(css|html)$/;
/** A path-like word: at least a name and an extension we know. */
const PATH = /(?<![\w@/:.-])(?:\.{1,2}\/)?(?:[\w.-]+\/)*\w[\w.-]*\.(?:ts|mts|mjs|js|json|md|css|html|png|svg|yml)\b/g;
const SKIPPED_DIRS = /^(node_modules|dist|\.git|demo\/screenshots)(\/|$)|\/node_modules\//;

/** The files git knows (tracked, or new and not ignored); every file when `root` is not a checkout. */
function filesOf(root) {
  try {
    return execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    const walk = (dir) =>
      readdirSync(join(root, dir)).flatMap((name) => {
        const path = dir ? `${dir}/${name}` : name;
        return statSync(join(root, path)).isDirectory() ? (SKIPPED_DIRS.test(path) ? [] : walk(path)) : [path];
      });
    return walk('');
  }
}

/** The text of every comment in a file. */
function commentsOf(path, text) {
  if (path.endsWith('.css')) return [...text.matchAll(/\/\*[\s\S]*?\*\//g)].map((match) => match[0]);
  if (path.endsWith('.html')) return [...text.matchAll(/<!--[\s\S]*?-->/g)].map((match) => match[0]);
  const { SyntaxKind } = ts;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const comments = [];
  // One entry per template literal whose `${` is open: the braces opened
  // since. Only the `}` that closes the `${` goes on with the template's text;
  // every other `}` (a block, an object, an import list) is code.
  const templates = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia)
      comments.push(scanner.getTokenText());
    // A slash after an expression is division, elsewhere a regular expression: let the scanner decide.
    if (kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) scanner.reScanSlashToken();
    if (kind === SyntaxKind.TemplateHead) templates.push(0);
    else if (kind === SyntaxKind.OpenBraceToken && templates.length) templates[templates.length - 1] += 1;
    else if (kind === SyntaxKind.CloseBraceToken && templates.length) {
      if (templates.at(-1) > 0) templates[templates.length - 1] -= 1;
      else if (scanner.reScanTemplateToken(false) === SyntaxKind.TemplateTail) templates.pop();
    }
  }
  return comments;
}

/**
 * Whether a path named in `file` exists in the repository: beside the file,
 * from the root, in node_modules, or (a bare name) anywhere. A file outside
 * the repository does not count: the next engineer's clone does not have it.
 */
function exists(root, file, named, basenames) {
  if (!named.includes('/')) return basenames.has(named);
  // A TypeScript import names a module by its output: .js for a .ts file.
  const names = named.endsWith('.js') ? [named, named.replace(/\.js$/, '.ts')] : [named];
  const candidates = names.flatMap((name) => [
    resolve(root, dirname(file), name),
    resolve(root, name),
    resolve(root, 'node_modules', name),
  ]);
  return candidates.some((candidate) => !relative(root, candidate).startsWith('..') && existsSync(candidate));
}

/** The source and markup files of the tree under `root` that exist. */
const checkedFiles = (root) =>
  filesOf(root).filter(
    (file) => (SOURCE.test(file) || MARKUP.test(file)) && !SKIPPED_DIRS.test(file) && existsSync(join(root, file)),
  );

/** The line in `text` of the match at `index` of `comment`. */
const lineOf = (text, comment, index) =>
  text.slice(0, text.indexOf(comment)).split('\n').length + comment.slice(0, index).split('\n').length - 1;

/** A reference to an issue tracker: issue, ticket, PR or pull request and a number (with or without #), or GH- and a number. */
const TRACKER = /\b(?:issues?|tickets?|PRs?|pull requests?)\s*#?\d+|\bGH-\d+/gi;

/** A test's title (the first argument of it, test or describe): read as a comment is, it names what is checked. */
const TEST_TITLE = /\b(?:it|test|describe)\(\s*(['"`])((?:\\.|(?!\1)[^\\])*)\1/g;

/** Every comment, and every test title, in the tree under `root` that refers to an issue tracker, as `file:line: words`. */
export function trackerReferences(root) {
  const found = [];
  for (const file of checkedFiles(root)) {
    const text = readFileSync(join(root, file), 'utf8');
    const titles = file.startsWith('test/') ? [...text.matchAll(TEST_TITLE)].map((match) => match[2]) : [];
    for (const comment of [...commentsOf(file, text), ...titles]) {
      for (const match of comment.matchAll(TRACKER))
        found.push(`${file}:${lineOf(text, comment, match.index)}: ${match[0]}`);
    }
  }
  return found;
}

/** Every comment path in the tree under `root` that names no file, as `file:line: path`. */
export function missingCommentPaths(root) {
  const files = checkedFiles(root);
  const basenames = new Set(filesOf(root).map((file) => basename(file)));
  const missing = [];
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    for (const comment of commentsOf(file, text)) {
      for (const match of comment.matchAll(PATH)) {
        const named = match[0];
        // URLs and placeholders (`ktech-pass-assessment.<code>.js`, `*.test.ts`) name no single file.
        const before = comment.slice(0, match.index);
        if (
          /https?:\/\/\S*$/.test(before) ||
          /[<*{]/.test(comment.slice(Math.max(0, match.index - 1), match.index)) ||
          /^\d/.test(named)
        )
          continue;
        if (!exists(root, file, named, basenames)) {
          missing.push(`${file}:${lineOf(text, comment, match.index)}: ${named}`);
        }
      }
    }
  }
  return missing;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = resolve(process.argv[2] ?? '.');
  const missing = missingCommentPaths(root);
  const trackers = trackerReferences(root);
  for (const entry of missing) console.error(`comment names a missing file: ${entry}`);
  for (const entry of trackers) console.error(`comment refers to an issue tracker: ${entry}`);
  const where = relative(process.cwd(), root) || '.';
  console.log(
    missing.length
      ? `${missing.length} comment paths name no file`
      : `ok   every file named in a comment exists (${where})`,
  );
  console.log(
    trackers.length
      ? `${trackers.length} comments refer to an issue tracker`
      : `ok   no comment refers to an issue tracker (${where})`,
  );
  process.exit(missing.length || trackers.length ? 1 : 0);
}
