import type { ErasureResolvers, ErasureStepResolvers } from '../__generated__/resolvers-types';

export const Erasure: ErasureResolvers = {
  steps: (erasure) => erasure.steps,
};

export const ErasureStep: ErasureStepResolvers = {
  status: (step) => (step.completedAt ? 'DONE' : 'PENDING'),
  lastError: (step) => (step.completedAt ? null : step.lastError),
};
