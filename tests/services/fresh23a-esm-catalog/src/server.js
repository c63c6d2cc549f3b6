import { createApp } from './app.js';

const seed = [
  { name: 'Claw hammer', category: 'tools', price: 19.9, stock: 5, tags: ['steel'] },
  { name: 'Garden hose', category: 'garden', price: 34.5, stock: 2, tags: ['summer', 'sale'] },
  { name: 'Chef knife', category: 'kitchen', price: 49, stock: 8, tags: ['steel', 'sale'] },
];

const app = createApp({ seed });
const port = Number(process.env.PORT) || 3000;
app.listen(port, () => console.log(`catalog on ${port}`));
