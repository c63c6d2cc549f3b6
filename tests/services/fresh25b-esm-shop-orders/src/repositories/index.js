import { MemoryRepository, ProductRepository } from './memory.repository.js';

export const catalogueSeed = [
  { sku: 'KB-01', name: 'Mechanical keyboard', priceCents: 8900, stock: 3 },
  { sku: 'MS-02', name: 'Wireless mouse', priceCents: 2450, stock: 5 },
  { sku: 'HD-03', name: 'USB-C hub', priceCents: 3999, stock: 1 },
  { sku: 'CB-04', name: 'Braided cable', priceCents: 899, stock: 10 },
];

export function createRepositories(seed = catalogueSeed) {
  return {
    customers: new MemoryRepository('cus'),
    products: new ProductRepository(seed),
    carts: new MemoryRepository('crt'),
    reservations: new MemoryRepository('rsv', { pad: 4 }),
    orders: new MemoryRepository('ord'),
  };
}
