import { writeDependencies } from './write-dependencies';

test('a mutation changes its own subgraph and, transitively, those it writes to through service calls', () => {
  const changedBy = writeDependencies('orders:catalog+cart, payments:orders');
  expect(changedBy('catalog')).toEqual(['catalog']);
  expect(changedBy('orders').sort()).toEqual(['cart', 'catalog', 'orders']);
  expect(changedBy('payments').sort()).toEqual(['cart', 'catalog', 'orders', 'payments']);
  expect(writeDependencies('')('users')).toEqual(['users']);
  expect(writeDependencies('a:b,b:a')('a').sort()).toEqual(['a', 'b']); // cycles end
});
