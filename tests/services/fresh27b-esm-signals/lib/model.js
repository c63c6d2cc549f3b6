import { signal, computed, effect } from './signals.js';

export const cart = signal([]);
export const coupon = signal(null);

export const subtotal = computed(() => cart.value.reduce((s, l) => s + l.price * l.qty, 0));
export const total = computed(() => {
  const c = coupon.value;
  const sub = subtotal.value;
  return c ? Math.max(0, sub - c.off) : sub;
});

export const history = [];
effect(() => { history.push(total.value); });

export const alerts = [];
let stopBigSpender = effect(() => {
  if (total.value > 100) {
    alerts.push(`big spender at ${total.peek()}`);
  }
});

export function stopAlerts() {
  if (!stopBigSpender) return false;
  stopBigSpender();
  stopBigSpender = null;
  return true;
}
