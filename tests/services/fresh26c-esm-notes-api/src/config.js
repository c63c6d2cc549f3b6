import dotenv from 'dotenv';
import { fileURLToPath } from 'node:url';

dotenv.config({ path: fileURLToPath(new URL('../.env', import.meta.url)) });

// what .env.example says; the real .env is never committed
const defaults = {
  PORT: '3000',
  NOTES_PAGE_SIZE: '3',
  NOTES_MAX_TAGS: '4',
  NOTES_TRASH_LIMIT: '2',
};

const env = (key) => process.env[key] ?? defaults[key];

export const config = Object.freeze({
  port: Number(env('PORT')),
  pageSize: Number(env('NOTES_PAGE_SIZE')),
  maxTags: Number(env('NOTES_MAX_TAGS')),
  trashLimit: Number(env('NOTES_TRASH_LIMIT')),
  limits: Object.freeze({ title: 80, body: 2_000 }),
});

export default config;
