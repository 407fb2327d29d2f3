import { DateTimeScalar } from '@zero/service';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Mutation } from './Mutation';
import { Query } from './Query';
import { User } from './User';
import { Erasure, ErasureStep } from './Erasure';

export const resolvers: Resolvers = { DateTime: DateTimeScalar, Query, Mutation, User, Erasure, ErasureStep };
