// A bookmark manager: an inverted index with weighted fields and prefix search on the last term, tags renamed
// everywhere, click counts behind redirects; src/app.js builds the app, this file listens.
import { createApp } from './app.js';

const port = Number(process.env.PORT ?? 3000);
const app = createApp();
app.listen(port, () => console.log(`bookmarks on :${port}`));
