import { signal, computed, effect } from './signals.js';

export const count = signal(0);
export const items = signal([]);
export const discount = signal(0);
export const subtotal = computed(() => items.value.reduce((sum, item) => sum + item.price * item.qty, 0));
export const total = computed(() => Math.max(0, subtotal.value - discount.value));
export const renders = [];

effect(() => {
  renders.push(`count=${count.value} total=${total.value}`);
});
