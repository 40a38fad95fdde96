import DataLoader from 'dataloader'
import type { PayloadRequest } from 'payload'
import { extractID } from 'payload/shared'

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

/** A relationship value's id as a string, populated or not: Payload's `extractID`, null-safe. */
export const idOf = (value: unknown): string | null =>
  typeof value === 'string' ||
  typeof value === 'number' ||
  (typeof value === 'object' && value !== null && 'id' in value)
    ? String(extractID(value as { id: number | string } | number | string))
    : null
