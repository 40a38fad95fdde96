import type { ThreadComment } from '../data/comments'

import { CommentForm } from './CommentForm'
import { DateTime } from './DateTime'

type Props = { comments: ThreadComment[]; articleId: string; level?: number; open: boolean }

/** Comment bodies are plain text: React escapes them, and line breaks are kept by CSS. */
export function CommentThread({ comments, articleId, level = 0, open }: Props) {
  return (
    <ol className={level ? 'comments__replies' : 'comments__list'}>
      {comments.map((comment) => (
        <li className="comment" id={`comment-${comment.id}`} key={comment.id}>
          <article aria-label={`Comment by ${comment.authorName}`}>
            <header className="comment__meta">
              <span className="comment__author">{comment.authorName}</span>
              {comment.featured && <span className="comment__badge">Editors’ pick</span>}
              <DateTime value={comment.createdAt} />
            </header>
            <p className="comment__body">{comment.body}</p>
          </article>
          {open && level < 2 && (
            <details className="comment__reply">
              <summary>Reply</summary>
              <CommentForm
                articleId={articleId}
                idPrefix={`reply-${comment.id}`}
                parentId={comment.id}
                submitLabel="Post reply"
              />
            </details>
          )}
          {comment.replies.length > 0 && (
            <CommentThread
              articleId={articleId}
              comments={comment.replies}
              level={level + 1}
              open={open}
            />
          )}
        </li>
      ))}
    </ol>
  )
}
