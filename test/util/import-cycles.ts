/**
 * Import cycles among the modules of a folder: every `import`, `import type`,
 * `export … from` and `import()` with a relative specifier is an edge (a type
 * import is a dependency of the design even where the build erases it).
 * Returns the strongly connected components with more than one module, or
 * one that imports itself, as sorted lists of paths relative to the folder.
 */
import {readdirSync, readFileSync} from 'node:fs'
import {dirname, join, relative, resolve} from 'node:path'

const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm

export function importCycles(folder: string): string[][] {
  const files = readdirSync(folder, {recursive: true})
    .map((name) => String(name))
    .filter((name) => /\.(?:ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => resolve(folder, name))
  const known = new Set(files)
  const edges = new Map<string, string[]>()
  for (const file of files) {
    const targets: string[] = []
    for (const match of readFileSync(file, 'utf8').matchAll(specifiers)) {
      const target = resolve(dirname(file), match[1]!)
      // Sources import `./x.js` for `./x.ts`.
      const candidates = [target, target.replace(/\.js$/, '.ts')]
      const found = candidates.find((candidate) => known.has(candidate))
      if (found) targets.push(found)
    }
    edges.set(file, targets)
  }
  return components(files, edges)
    .filter((component) => component.length > 1 || edges.get(component[0]!)!.includes(component[0]!))
    .map((component) => component.map((file) => relative(folder, file)).sort())
}

/** Tarjan's strongly connected components. */
function components(nodes: readonly string[], edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const result: string[][] = []
  const visit = (node: string): void => {
    index.set(node, counter)
    low.set(node, counter)
    counter++
    stack.push(node)
    onStack.add(node)
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next)
        low.set(node, Math.min(low.get(node)!, low.get(next)!))
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!))
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== node)
      result.push(component)
    }
  }
  for (const node of nodes) if (!index.has(node)) visit(node)
  return result
}

