// The layering docs/architecture.md describes, checked on the import statements themselves: lib/
// folders import each other one way only, lib/ never reaches the browser shells or the pages, and
// the shared packages stand on their own.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT = /(?:^|\n|;)\s*(?:import|export)\b[^'"();]*?\bfrom\s+['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.tsx?$/.test(name))
    .map((name) => join(folder, name));
}

/** Every import of `file`, relative ones as paths from the project root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(IMPORT)].map(([, from, dynamic]) => {
    const specifier = (from ?? dynamic)!;
    return specifier.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), specifier)) : specifier;
  });
}

/** lib/<folder> of a path inside lib/, else null. */
const libFolder = (path: string) => /^lib\/([^/]+)\//.exec(path)?.[1] ?? null;

function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles('lib')) {
    const from = libFolder(file)!;
    for (const target of importsOf(file)) {
      const to = libFolder(target);
      if (to !== null && to !== from) graph.set(from, (graph.get(from) ?? new Set()).add(to));
    }
  }
  return graph;
}

/** Each cycle found, as the folders on it. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found;
}

describe('the layering', () => {
  it('has no import cycle between lib/ folders', () => {
    const graph = folderGraph();
    expect(graph.size).toBeGreaterThan(10);
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]);
    expect(cycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('keeps lib/ free of the browser, the shells, the pages and the entrypoints', () => {
    const offending = sourceFiles('lib').flatMap((file) =>
      importsOf(file)
        .filter((target) => /^(shells|components|entrypoints)\//.test(target) || target.startsWith('wxt/browser'))
        .map((target) => `${file} -> ${target}`),
    );
    expect(offending).toEqual([]);
  });

  it('keeps the vocabulary on the ground floor, the report schema on it, and the collector off lib/', () => {
    const PROJECT = /^(lib|shells|components|entrypoints|packages|collector|scripts|tests)\//;
    /** Imports of files outside `folder`, other than the packages named in `packages`. */
    const reachingOut = (folder: string, packages: string[]) =>
      sourceFiles(folder).flatMap((file) =>
        importsOf(file)
          .filter((target) => (PROJECT.test(target) ? !target.startsWith(`${folder}/`) : target.startsWith('@blocklens/') && !packages.includes(target)))
          .map((target) => `${file} -> ${target}`),
      );
    expect(sourceFiles('packages/vocabulary').flatMap(importsOf)).toEqual([]);
    expect(reachingOut('packages/report-schema', ['@blocklens/vocabulary'])).toEqual([]);
    expect(reachingOut('collector/src', ['@blocklens/vocabulary', '@blocklens/report-schema'])).toEqual([]);
  });
});
