import { unauthenticated } from '@zero/service';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { requireAdmin } from './access';

export const Mutation: MutationResolvers = {
  register: (_parent, { input }, { auth, caller }) => auth.register(input, caller.ip),
  login: (_parent, { input }, { auth, caller }) => auth.login(input, caller.ip),
  refreshSession: (_parent, { refreshToken }, { auth, caller }) => auth.refresh(refreshToken, caller.ip),
  logout: (_parent, { refreshToken }, { auth }) => auth.logout(refreshToken),
  logoutEverywhere: (_parent, _args, { auth, viewer }) => {
    if (!viewer) throw unauthenticated();
    return auth.logoutEverywhere(viewer.id);
  },
  changePassword: (_parent, { currentPassword, newPassword }, { security, viewer, caller }) => {
    if (!viewer) throw unauthenticated();
    return security.changePassword(viewer.id, currentPassword, newPassword, caller.ip);
  },
  requestPasswordReset: (_parent, { email }, { security }) => security.requestPasswordReset(email),
  resetPassword: (_parent, { token, newPassword }, { security, caller }) => security.resetPassword(token, newPassword, caller.ip),
  createApiClient: (_parent, { input }, ctx) => {
    requireAdmin(ctx);
    return ctx.apiClients.create(input);
  },
  revokeApiClient: (_parent, { id }, ctx) => {
    requireAdmin(ctx);
    return ctx.apiClients.revoke(id);
  },
  exportMyData: (_parent, _args, { privacy, viewer }) => {
    if (!viewer) throw unauthenticated();
    return privacy.exportData(viewer.id);
  },
  deleteMyAccount: (_parent, { password }, { privacy, viewer }) => {
    if (!viewer) throw unauthenticated();
    return privacy.deleteOwnAccount(viewer.id, password);
  },
  eraseUser: (_parent, { id }, ctx) => ctx.privacy.eraseUser(requireAdmin(ctx).id, id),
  publishOperationList: (_parent, { clientId, manifest }, ctx) => {
    requireAdmin(ctx);
    return ctx.apiClients.publish(clientId ?? null, manifest);
  },
};
