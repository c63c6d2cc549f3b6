import { store } from "./store";
import type { Item } from "./models";

export const alerts: string[] = [];
export let alertCount = 0;

store.on("low", (item: Item) => {
  alertCount++;
  alerts.push(`${item.sku} low (${item.qty})`);
});

export function clearAlerts(): number {
  const n = alerts.length;
  alerts.length = 0;
  return n;
}
