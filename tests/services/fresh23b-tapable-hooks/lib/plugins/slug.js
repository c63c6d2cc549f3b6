'use strict';
// A class plugin: its own counter of slugs made, tapped into the waterfall.
class SlugPlugin {
  made = 0;
  apply(hooks) {
    hooks.normalize.tap({ name: 'slug', stage: 10 }, (post) => {
      this.made += 1;
      return { ...post, slug: post.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') };
    });
  }
}
module.exports = SlugPlugin;
