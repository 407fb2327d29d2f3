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

export const SessionResultFragment = graphql(`
  fragment SessionResult on AuthPayload {
    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }
    userErrors { code message field }
  }
`);

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
