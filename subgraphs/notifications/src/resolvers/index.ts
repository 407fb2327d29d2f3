import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Delivery } from './Delivery';
import { Mutation } from './Mutation';
import { Notification } from './Notification';
import { Query } from './Query';
import { User } from './User';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, User, Notification, Delivery };
