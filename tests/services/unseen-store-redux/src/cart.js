const initial = { items: {}, coupon: null };

function cartReducer(state = initial, action) {
  switch (action.type) {
    case 'add': {
      const qty = (state.items[action.sku]?.qty ?? 0) + (action.qty ?? 1);
      return { ...state, items: { ...state.items, [action.sku]: { sku: action.sku, qty, price: action.price } } };
    }
    case 'remove': {
      const { [action.sku]: _gone, ...items } = state.items;
      return { ...state, items };
    }
    case 'coupon':
      return { ...state, coupon: action.code };
    case 'clear':
      return initial;
    default:
      return state;
  }
}

const total = ({ items, coupon }) => {
  const sum = Object.values(items).reduce((acc, { qty, price }) => acc + qty * price, 0);
  return coupon === 'HALF' ? sum / 2 : sum;
};

module.exports = { cartReducer, total };
