export const config = Object.freeze({
  port: Number(process.env.PORT ?? 3000),
  appName: process.env.APP_NAME ?? 'notes',
  pageSize: Number(process.env.PAGE_SIZE ?? 10),
  maxLength: Number(process.env.MAX_NOTE_LENGTH ?? 500),
  pinning: process.env.FEATURE_PINNING === 'true',
});
