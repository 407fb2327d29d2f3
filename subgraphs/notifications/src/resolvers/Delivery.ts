import type { DeliveryResolvers } from '../__generated__/resolvers-types';
import { maskEmail, maskPhone } from '../services/masking';

export const Delivery: DeliveryResolvers = {
  recipient: ({ channel, recipient }) => {
    if (!recipient) return '-';
    if (channel === 'EMAIL') return maskEmail(recipient);
    if (channel === 'SMS') return maskPhone(recipient);
    return recipient;
  },
  attemptLog: ({ id }, _args, ctx) => ctx.loaders.attempts.load(id),
  user: ({ userId }) => ({ id: userId }),
};
