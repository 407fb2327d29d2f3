/**
 * What a mutation through one subgraph can change, from RESPONSE_CACHE_WRITES (`orders:catalog+cart,payments:orders`):
 * the subgraph itself, and every subgraph it changes through service calls, transitively (a payment confirms an
 * order, which commits or releases the catalog's stock). Subgraphs call each other directly with service credentials,
 * so the router cannot see those writes; this is the platform's map of them.
 */
export function writeDependencies(setting: string): (subgraph: string) => string[] {
  const direct = new Map<string, string[]>();
  for (const entry of setting.split(',').map((e) => e.trim()).filter(Boolean)) {
    const [from, to] = entry.split(':').map((part) => part.trim());
    direct.set(from!, [...(direct.get(from!) ?? []), ...to!.split('+').map((t) => t.trim())]);
  }
  return (subgraph) => {
    const reached = new Set([subgraph]);
    const queue = [subgraph];
    while (queue.length) {
      for (const next of direct.get(queue.shift()!) ?? []) {
        if (!reached.has(next)) {
          reached.add(next);
          queue.push(next);
        }
      }
    }
    return [...reached];
  };
}
