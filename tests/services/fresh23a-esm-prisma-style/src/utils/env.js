export const env = Object.freeze({
  PORT: Number(process.env.PORT ?? 4000),
  JWT_SECRET: process.env.JWT_SECRET ?? 'prisma-style-secret',
  SALT_ROUNDS: 4,
});
