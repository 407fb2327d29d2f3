import { isAdmin } from '@zero/service';
import type { OrderForPaymentResolvers, OrderLineResolvers, OrderResolvers, UserResolvers } from '../__generated__/resolvers-types';
import type { OrderStatus } from '../services/order-status';
import { pageSize } from './Query';

const usd = (amount: number) => ({ amount, currency: 'USD' });

export const Order: OrderResolvers = {
  __resolveReference: async ({ id }, { loaders, viewer, caller }) => {
    const order = await loaders.order.load(id);
    if (!order) return null;
    const allowed = caller.issuer !== 'router' || order.customerId === viewer?.id || isAdmin(viewer);
    return allowed ? order : null;
  },
  status: (order) => order.status as OrderStatus,
  lines: (order, _a, { loaders }) => loaders.lines.load(order.id),
  subtotal: (order) => usd(order.subtotal),
  tax: (order) => usd(order.tax),
  shipping: (order) => usd(order.shipping),
  total: (order) => usd(order.total),
  statusHistory: (order, _a, { loaders }) => loaders.history.load(order.id),
  customer: (order) => ({ id: order.customerId }),
};

export const OrderLine: OrderLineResolvers = {
  variant: (line) => ({ __typename: 'ProductVariant', id: line.variantId }),
  unitPrice: (line) => usd(line.unitPrice),
  total: (line) => usd(line.total),
};

export const OrderStatusChange = {
  status: (change: { status: string }) => change.status as OrderStatus,
};

export const OrderForPayment: OrderForPaymentResolvers = {
  customerId: (order) => order.customerId,
  status: (order) => order.status as OrderStatus,
  total: (order) => usd(order.total),
};

export const User: UserResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  orders: ({ id }, { first, after, status }, { viewer, orders }) => {
    // Only the user or an admin; anyone else sees an empty list rather than someone's history.
    if (!viewer || (viewer.id !== id && !isAdmin(viewer))) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    return orders.list(id, pageSize(first), after, status);
  },
};
