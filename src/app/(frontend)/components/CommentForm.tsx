'use client'

import { useRouter } from 'next/navigation'
import { useState } from 'react'
import type { FormEvent } from 'react'

import { COMMENT_SUBMIT_PATH } from '@/site/paths'

type Props = {
  articleId: string
  parentId?: string
  idPrefix: string
  submitLabel?: string
}

type Notice = { kind: 'live' | 'awaiting-moderation' | 'not-published' | 'error'; message: string }

/**
 * A plain HTML form that works without JavaScript (it posts and the server answers with a page);
 * with JavaScript it posts in place and says at once whether the comment is live.
 */
export function CommentForm({
  articleId,
  parentId,
  idPrefix,
  submitLabel = 'Post comment',
}: Props) {
  const router = useRouter()
  const [notice, setNotice] = useState<Notice | null>(null)
  const [sending, setSending] = useState(false)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = event.currentTarget
    setSending(true)
    setNotice(null)
    try {
      const response = await fetch(COMMENT_SUBMIT_PATH, {
        method: 'POST',
        headers: { accept: 'application/json' },
        body: new FormData(form),
      })
      const result = (await response.json()) as { state?: Notice['kind']; message?: string }
      if (!response.ok) {
        setNotice({ kind: 'error', message: result.message ?? 'Your comment could not be posted.' })
        return
      }
      setNotice({ kind: result.state ?? 'awaiting-moderation', message: result.message ?? '' })
      form.reset()
      if (result.state === 'live') router.refresh()
    } catch {
      setNotice({ kind: 'error', message: 'Your comment could not be sent; please try again.' })
    } finally {
      setSending(false)
    }
  }

  return (
    <form
      action={COMMENT_SUBMIT_PATH}
      className="comment-form"
      method="post"
      onSubmit={(event) => void onSubmit(event)}
    >
      <input name="article" type="hidden" value={articleId} />
      {parentId && <input name="parent" type="hidden" value={parentId} />}
      <div className="comment-form__row">
        <label htmlFor={`${idPrefix}-name`}>Name</label>
        <input
          autoComplete="name"
          id={`${idPrefix}-name`}
          maxLength={80}
          name="authorName"
          required
          type="text"
        />
      </div>
      <div className="comment-form__row">
        <label htmlFor={`${idPrefix}-email`}>
          E-mail <span className="hint">(never shown)</span>
        </label>
        <input
          autoComplete="email"
          id={`${idPrefix}-email`}
          name="authorEmail"
          required
          type="email"
        />
      </div>
      <div className="comment-form__row">
        <label htmlFor={`${idPrefix}-body`}>Comment</label>
        <textarea
          id={`${idPrefix}-body`}
          maxLength={2000}
          minLength={2}
          name="body"
          required
          rows={parentId ? 3 : 5}
        />
      </div>
      {/* Left empty by people; bots that fill every field are caught by the server. */}
      <div aria-hidden="true" className="comment-form__trap">
        <label htmlFor={`${idPrefix}-website`}>Website</label>
        <input
          autoComplete="off"
          id={`${idPrefix}-website`}
          name="website"
          tabIndex={-1}
          type="text"
        />
      </div>
      <button disabled={sending} type="submit">
        {sending ? 'Posting…' : submitLabel}
      </button>
      <p
        aria-live="polite"
        className={notice ? `notice notice--${notice.kind}` : 'notice'}
        role="status"
      >
        {notice?.message}
      </p>
    </form>
  )
}
