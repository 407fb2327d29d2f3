import { isAdmin, money, pageSize } from '@zero/service';
import type { CheckoutQuoteResolvers, OrderForPaymentResolvers, OrderLineResolvers, OrderResolvers, UserResolvers } from '../__generated__/resolvers-types';
import type { OrderStatus } from '../services/order-state-machine';

export const Order: OrderResolvers = {
  __resolveReference: async ({ id }, { loaders, viewer, caller }) => {
    const order = await loaders.order.load(id);
    if (!order) return null;
    const allowed = caller.issuer !== 'router' || order.customerId === viewer?.id || isAdmin(viewer);
    return allowed ? order : null;
  },
  status: (order) => order.status as OrderStatus,
  lines: (order, _a, { loaders }) => loaders.lines.load(order.id),
  subtotal: (order) => money(order.subtotal),
  tax: (order) => money(order.tax),
  shipping: (order) => money(order.shipping),
  total: (order) => money(order.total),
  statusHistory: (order, _a, { loaders }) => loaders.history.load(order.id),
  customer: (order) => ({ id: order.customerId }),
};

export const OrderLine: OrderLineResolvers = {
  variant: (line) => ({ __typename: 'ProductVariant', id: line.variantId }),
  unitPrice: (line) => money(line.unitPrice),
  total: (line) => money(line.total),
};

export const OrderStatusChange = {
  status: (change: { status: string }) => change.status as OrderStatus,
};

export const OrderForPayment: OrderForPaymentResolvers = {
  customerId: (order) => order.customerId,
  status: (order) => order.status as OrderStatus,
  total: (order) => money(order.total),
};

export const User: UserResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  orders: ({ id }, { first, after, status }, { viewer, loaders }) => {
    // Only the user or an admin; anyone else sees an empty list rather than someone's history.
    if (!viewer || (viewer.id !== id && !isAdmin(viewer))) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    // Batched across every User of the request (an admin's list with each customer's history): no query per user.
    return loaders.customerOrders.load({ customerId: id, first: pageSize(first), after, status });
  },
};

export const CheckoutQuote: CheckoutQuoteResolvers = {
  subtotal: (quote) => money(quote.subtotal),
  tax: (quote) => money(quote.tax),
  shipping: (quote) => money(quote.shipping),
  total: (quote) => money(quote.total),
};
