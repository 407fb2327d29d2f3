import { graphql } from './gql';

/** Operations only the Next server sends: they carry or return tokens, which never reach page scripts. */
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) { ...SessionResult }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) { ...SessionResult }
  }
`);

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) { ...SessionResult }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) { ...SessionResult }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionResult }
  }
`);

/** Sent by the Next server so that the session cookies are cleared in the same response that reports the deletion. */
export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password) { deleted userErrors { code message field } }
  }
`);

export const SessionResultFragment = graphql(`
  fragment SessionResult on AuthPayload {
    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }
    userErrors { code message field }
  }
`);

/**
 * The operations above, by name: the browser's GraphQL endpoint (app/api/graphql) refuses them, so tokens and
 * session changes only ever pass through the route handlers under app/api/auth.
 */
export const SERVER_ONLY_OPERATIONS: ReadonlySet<string> = new Set([
  'Login',
  'Register',
  'RefreshSession',
  'Logout',
  'ResetPassword',
  'ChangePassword',
  'DeleteMyAccount',
]);

export const CreateCartMutation = graphql(`
  mutation CreateCart {
    createCart { cart { id } userErrors { code message } }
  }
`);

export const MergeCartMutation = graphql(`
  mutation MergeCart($guestCartId: ID!) {
    mergeCart(guestCartId: $guestCartId) { cart { id totalQuantity } userErrors { code message } }
  }
`);
