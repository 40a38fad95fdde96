import type { ThreadComment } from '../data/comments'

import { CommentForm } from './CommentForm'
import { CommentThread } from './CommentThread'

type Props = { articleId: string; comments: ThreadComment[]; count: number; open: boolean }

export function CommentsSection({ articleId, comments, count, open }: Props) {
  return (
    <section aria-labelledby="comments-heading" className="comments" id="comments">
      <h2 id="comments-heading">
        {count ? `Comments (${count})` : 'What is your opinion on this topic?'}
      </h2>
      {comments.length > 0 ? (
        <CommentThread articleId={articleId} comments={comments} open={open} />
      ) : (
        open && <p className="comments__first">Leave the first comment</p>
      )}
      {open ? (
        <>
          {comments.length > 0 && (
            <h3 className="comments__form-heading">What is your opinion on this topic?</h3>
          )}
          <CommentForm articleId={articleId} idPrefix="comment" />
          <p className="hint">
            Comments are moderated. Be civil; your e-mail address is never published.
          </p>
        </>
      ) : (
        <p className="comments__closed">Comments are closed for this article.</p>
      )}
    </section>
  )
}
