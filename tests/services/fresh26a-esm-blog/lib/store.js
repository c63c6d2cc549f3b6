// The blog's in-memory store: posts by slug, comments per post, a tag index.
export const posts = new Map();      // slug -> post
export const comments = new Map();   // slug -> [comment]
export const tagIndex = new Map();   // tag -> Set(slug)
export let lastPublished = null;

let commentSeq = 0;
export const nextCommentId = () => ++commentSeq;

export function markPublished(slug) {
  lastPublished = slug;
}
