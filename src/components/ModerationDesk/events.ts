import type { QueueName } from './queues'

/** Told on `window` whenever the desk changed comments, so every count on the page refreshes. */
export const COMMENTS_MODERATED_EVENT = 'newsroom:comments-moderated'

export const announceModeration = (): void => {
  window.dispatchEvent(new Event(COMMENTS_MODERATED_EVENT))
}

/**
 * A count's link asks the desk to show a queue. The link navigates too; the event covers the case
 * where the desk is already open and the address does not change.
 */
export const OPEN_QUEUE_EVENT = 'newsroom:open-moderation-queue'

export const requestQueue = (queue: QueueName): void => {
  window.dispatchEvent(new CustomEvent<QueueName>(OPEN_QUEUE_EVENT, { detail: queue }))
}
