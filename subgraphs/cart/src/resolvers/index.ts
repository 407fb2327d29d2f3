import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Cart, CartLine } from './Cart';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, Cart, CartLine, User };
