export const config = {
  port: Number(process.env.PORT ?? 3000),
  lowStock: Number(process.env.LOW_STOCK ?? 3),
  env: process.env.NODE_ENV ?? "development",
};
