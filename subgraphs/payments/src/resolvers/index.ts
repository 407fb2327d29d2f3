import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Order, Payment, User } from './entities';
import { Mutation } from './Mutation';
import { Query } from './Query';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, User, Order, Payment };
