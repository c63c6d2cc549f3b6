const menu = [
  { label: 'Home', href: '/' },
  { label: 'Products', href: '/products' },
];

module.exports = menu;
