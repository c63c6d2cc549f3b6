const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export const handlers = {
  async resize({ width = 100, height = 100 }) {
    await sleep(5);
    return { thumb: `${Math.round(width / 4)}x${Math.round(height / 4)}` };
  },
  email({ to }) {
    if (!to?.includes('@')) throw new Error(`bad address ${to}`);
    return { sent: to.toLowerCase() };
  },
  sum: ({ values = [] }) => ({ total: values.reduce((a, b) => a + b, 0) }),
};
