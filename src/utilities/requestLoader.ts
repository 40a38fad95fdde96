import DataLoader from 'dataloader'
import type { PayloadRequest } from 'payload'

/**
 * One DataLoader per request and purpose: every lookup an `afterRead` hook makes while a list is
 * read is batched into a single query (no N+1), and cached for the rest of the request.
 */
export const requestLoader = <V>(
  req: PayloadRequest,
  key: string,
  batch: (ids: readonly string[]) => Promise<(V | null)[]>,
): DataLoader<string, V | null> => {
  const context = req.context as Record<string, unknown>
  const name = `newsroom:loader:${key}`
  if (!context[name]) context[name] = new DataLoader<string, V | null>(batch)
  return context[name] as DataLoader<string, V | null>
}

export const idOf = (value: unknown): string | null => {
  if (value && typeof value === 'object' && 'id' in value)
    return String((value as { id: string }).id)
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null
}
