import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { CheckoutQuote, Order, OrderForPayment, OrderLine, OrderStatusChange, User } from './Order';
import { Query } from './Query';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, CheckoutQuote, Order, OrderLine, OrderStatusChange, OrderForPayment, User };
