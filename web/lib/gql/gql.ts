/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query CategoryPage($slug: String!) {\n    category(slug: $slug) { id slug name }\n  }\n": typeof types.CategoryPageDocument,
    "\n  fragment ProductPageFields on Product {\n    id\n    slug\n    name\n    description\n    archived\n    inStock\n    category { id slug name }\n    images { url alt srcSet shown: url(width: 800) thumbnail: url(width: 256) }\n    options { name values }\n    variants {\n      id\n      sku\n      title\n      inStock\n      quantityAvailable\n      price { amount currency }\n      selectedOptions { name value }\n    }\n  }\n": typeof types.ProductPageFieldsFragmentDoc,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) { id ...ProductPageFields }\n  }\n": typeof types.ProductPageDocument,
    "\n  query Home {\n    categories { id slug name children { id slug name } }\n    newArrivals: products(first: 8, sort: NEWEST) { edges { node { id ...ProductCardFields } } }\n  }\n": typeof types.HomeDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind title body link createdAt readAt } }\n      }\n    }\n  }\n": typeof types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) { unreadCount userErrors { code message } }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query Account {\n    me {\n      id\n      email\n      orders(first: 50) {\n        totalCount\n        edges { node { id number status placedAt total { amount currency } } }\n      }\n    }\n  }\n": typeof types.AccountDocument,
    "\n  fragment OrderDetailFields on Order {\n    id\n    number\n    status\n    placedAt\n    subtotal { amount currency }\n    tax { amount currency }\n    shipping { amount currency }\n    total { amount currency }\n    lines { productName variantTitle sku quantity unitPrice { amount currency } total { amount currency } }\n    shippingAddress { recipientName line1 line2 city region postalCode country }\n    statusHistory { status at note }\n  }\n": typeof types.OrderDetailFieldsFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailFields\n      payments { id status failureCode amount { amount currency } method { brand last4 } }\n    }\n  }\n": typeof types.OrderDetailDocument,
    "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      order { id status statusHistory { status at note } }\n      userErrors { code message }\n    }\n  }\n": typeof types.CancelOrderDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ExportMyData {\n    exportMyData { export { generatedAt json } userErrors { code message } }\n  }\n": typeof types.ExportMyDataDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      profile { firstName lastName phone }\n      preferences { marketingEmails orderUpdates securityAlerts smsNotifications }\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping isDefaultBilling }\n      paymentMethods { id brand last4 expMonth expYear holderName }\n    }\n  }\n": typeof types.AccountSettingsDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code message field } }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications } userErrors { code message } }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) { deletedAddressId userErrors { code message } }\n  }\n": typeof types.DeleteAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) { address { id isDefaultShipping isDefaultBilling } userErrors { code message } }\n  }\n": typeof types.SetDefaultAddressDocument,
    "\n  mutation RemovePaymentMethod($id: ID!) {\n    removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code message } }\n  }\n": typeof types.RemovePaymentMethodDocument,
    "\n  mutation AdminSendAnnouncement($input: AnnouncementInput!) {\n    sendAnnouncement(input: $input) { recipients userErrors { code message field } }\n  }\n": typeof types.AdminSendAnnouncementDocument,
    "\n  query AdminOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id number status placedAt\n          total { amount currency }\n          customer { id email }\n          payments { id status amount { amount currency } refunded { amount currency } }\n        }\n      }\n    }\n  }\n": typeof types.AdminOrdersDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {\n    updateOrderStatus(id: $id, status: $status, note: $note) { order { id status } userErrors { code message } }\n  }\n": typeof types.AdminUpdateOrderStatusDocument,
    "\n  query AdminApiClients {\n    apiClients { id name createdAt revokedAt lastUsedAt keyPrefix operationList { version operationCount } }\n  }\n": typeof types.AdminApiClientsDocument,
    "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) { client { id name } apiKey userErrors { code message field } }\n  }\n": typeof types.AdminCreateApiClientDocument,
    "\n  mutation AdminRevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) { client { id revokedAt lastUsedAt } userErrors { code message field } }\n  }\n": typeof types.AdminRevokeApiClientDocument,
    "\n  fragment AdminProductEditor on Product {\n    id name description\n    category { id slug name }\n    images { url alt }\n    options { name values }\n    variants { id sku title weightGrams selectedOptions { name value } price { amount currency } }\n  }\n": typeof types.AdminProductEditorFragmentDoc,
    "\n  query AdminProductEdit($id: ID!) {\n    product(id: $id) { id ...AdminProductEditor }\n  }\n": typeof types.AdminProductEditDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product { id ...AdminProductEditor }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminUpdateProductDocument,
    "\n  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    categories { id slug name children { id slug name } }\n    products(first: $first, after: $after, filter: $filter, sort: NEWEST) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug name\n          category { id name }\n          variants { id sku title quantityAvailable quantityOnHand price { amount currency } }\n        }\n      }\n    }\n  }\n": typeof types.AdminProductsDocument,
    "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug name } userErrors { code message field } }\n  }\n": typeof types.AdminCreateProductDocument,
    "\n  mutation AdminArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) { product { id archived } userErrors { code message } }\n  }\n": typeof types.AdminArchiveProductDocument,
    "\n  mutation AdminSetStock($variantId: ID!, $quantity: Int!) {\n    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message field } }\n  }\n": typeof types.AdminSetStockDocument,
    "\n  mutation AdminRefundPayment($paymentId: ID!, $amount: Int, $reason: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {\n      payment { id status amount { amount currency } refunded { amount currency } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AdminRefundPaymentDocument,
    "\n  fragment CartFields on Cart {\n    id\n    totalQuantity\n    subtotal { amount currency }\n    lines {\n      quantity\n      unitPrice { amount currency }\n      lineTotal { amount currency }\n      variant {\n        id\n        title\n        sku\n        quantityAvailable\n        product { id slug name archived images { url(width: 128) alt } }\n      }\n    }\n  }\n": typeof types.CartFieldsFragmentDoc,
    "\n  query Cart($cartId: ID) {\n    cart(id: $cartId) { ...CartFields }\n  }\n": typeof types.CartDocument,
    "\n  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddToCartDocument,
    "\n  mutation UpdateCartLine($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n": typeof types.UpdateCartLineDocument,
    "\n  query Checkout {\n    me {\n      id\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      cart { id ...CartFields }\n    }\n  }\n": typeof types.CheckoutDocument,
    "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      address { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order { id number status }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PlaceOrderDocument,
    "\n  query Confirmation($id: ID!) {\n    order(id: $id) { id number status total { amount currency } }\n  }\n": typeof types.ConfirmationDocument,
    "\n  query PaymentStep($id: ID!) {\n    order(id: $id) { id ...OrderDetailFields }\n    me { id paymentMethods { id brand last4 expMonth expYear holderName } }\n  }\n": typeof types.PaymentStepDocument,
    "\n  mutation AddPaymentMethod($input: CardInput!) {\n    addPaymentMethod(input: $input) {\n      paymentMethod { id brand last4 expMonth expYear holderName }\n      userErrors { code message field }\n    }\n  }\n": typeof types.AddPaymentMethodDocument,
    "\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      payment { id status failureCode amount { amount currency } }\n      userErrors { code message field }\n    }\n  }\n": typeof types.PayOrderDocument,
    "\n  query CheckoutQuote($shippingAddressId: ID, $shippingAddress: AddressInput) {\n    checkoutQuote(shippingAddressId: $shippingAddressId, shippingAddress: $shippingAddress) {\n      lines {\n        variant { id }\n        productName\n        variantTitle\n        quantity\n        unitPrice { amount currency }\n        total { amount currency }\n      }\n      subtotal { amount currency }\n      tax { amount currency }\n      shipping { amount currency }\n      total { amount currency }\n      problems { code message field }\n    }\n  }\n": typeof types.CheckoutQuoteDocument,
    "\n  query NavCategories {\n    categories { id slug name }\n  }\n": typeof types.NavCategoriesDocument,
    "\n  query Listing($first: Int!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      facets { count category { id slug name parent { id } } }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n": typeof types.ListingDocument,
    "\n  query ListingMore($first: Int!, $after: String!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n": typeof types.ListingMoreDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    inStock\n    images { url(width: 512) srcSet alt }\n    priceRange { min { amount currency } max { amount currency } }\n  }\n": typeof types.ProductCardFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { ...SessionResult }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { ...SessionResult }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { ...SessionResult }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { ...SessionResult }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionResult }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) { deleted userErrors { code message field } }\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  fragment SessionResult on AuthPayload {\n    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }\n    userErrors { code message field }\n  }\n": typeof types.SessionResultFragmentDoc,
    "\n  mutation CreateCart {\n    createCart { cart { id } userErrors { code message } }\n  }\n": typeof types.CreateCartDocument,
    "\n  mutation MergeCart($guestCartId: ID!) {\n    mergeCart(guestCartId: $guestCartId) { cart { id totalQuantity } userErrors { code message } }\n  }\n": typeof types.MergeCartDocument,
    "\n  query AdminViewer {\n    me { id roles }\n  }\n": typeof types.AdminViewerDocument,
    "\n  query ShopperSummary {\n    me { id roles }\n    inbox: me { id unreadNotificationCount }\n    cart { id totalQuantity }\n  }\n": typeof types.ShopperSummaryDocument,
    "\n  query GuestCartSummary($cartId: ID!) {\n    cart(id: $cartId) { id totalQuantity }\n  }\n": typeof types.GuestCartSummaryDocument,
};
const documents: Documents = {
    "\n  query CategoryPage($slug: String!) {\n    category(slug: $slug) { id slug name }\n  }\n": types.CategoryPageDocument,
    "\n  fragment ProductPageFields on Product {\n    id\n    slug\n    name\n    description\n    archived\n    inStock\n    category { id slug name }\n    images { url alt srcSet shown: url(width: 800) thumbnail: url(width: 256) }\n    options { name values }\n    variants {\n      id\n      sku\n      title\n      inStock\n      quantityAvailable\n      price { amount currency }\n      selectedOptions { name value }\n    }\n  }\n": types.ProductPageFieldsFragmentDoc,
    "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) { id ...ProductPageFields }\n  }\n": types.ProductPageDocument,
    "\n  query Home {\n    categories { id slug name children { id slug name } }\n    newArrivals: products(first: 8, sort: NEWEST) { edges { node { id ...ProductCardFields } } }\n  }\n": types.HomeDocument,
    "\n  query Inbox($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind title body link createdAt readAt } }\n      }\n    }\n  }\n": types.InboxDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) { unreadCount userErrors { code message } }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query Account {\n    me {\n      id\n      email\n      orders(first: 50) {\n        totalCount\n        edges { node { id number status placedAt total { amount currency } } }\n      }\n    }\n  }\n": types.AccountDocument,
    "\n  fragment OrderDetailFields on Order {\n    id\n    number\n    status\n    placedAt\n    subtotal { amount currency }\n    tax { amount currency }\n    shipping { amount currency }\n    total { amount currency }\n    lines { productName variantTitle sku quantity unitPrice { amount currency } total { amount currency } }\n    shippingAddress { recipientName line1 line2 city region postalCode country }\n    statusHistory { status at note }\n  }\n": types.OrderDetailFieldsFragmentDoc,
    "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailFields\n      payments { id status failureCode amount { amount currency } method { brand last4 } }\n    }\n  }\n": types.OrderDetailDocument,
    "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      order { id status statusHistory { status at note } }\n      userErrors { code message }\n    }\n  }\n": types.CancelOrderDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ExportMyData {\n    exportMyData { export { generatedAt json } userErrors { code message } }\n  }\n": types.ExportMyDataDocument,
    "\n  query AccountSettings {\n    me {\n      id\n      email\n      profile { firstName lastName phone }\n      preferences { marketingEmails orderUpdates securityAlerts smsNotifications }\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping isDefaultBilling }\n      paymentMethods { id brand last4 expMonth expYear holderName }\n    }\n  }\n": types.AccountSettingsDocument,
    "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code message field } }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications } userErrors { code message } }\n  }\n": types.UpdatePreferencesDocument,
    "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) { deletedAddressId userErrors { code message } }\n  }\n": types.DeleteAddressDocument,
    "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) { address { id isDefaultShipping isDefaultBilling } userErrors { code message } }\n  }\n": types.SetDefaultAddressDocument,
    "\n  mutation RemovePaymentMethod($id: ID!) {\n    removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code message } }\n  }\n": types.RemovePaymentMethodDocument,
    "\n  mutation AdminSendAnnouncement($input: AnnouncementInput!) {\n    sendAnnouncement(input: $input) { recipients userErrors { code message field } }\n  }\n": types.AdminSendAnnouncementDocument,
    "\n  query AdminOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id number status placedAt\n          total { amount currency }\n          customer { id email }\n          payments { id status amount { amount currency } refunded { amount currency } }\n        }\n      }\n    }\n  }\n": types.AdminOrdersDocument,
    "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {\n    updateOrderStatus(id: $id, status: $status, note: $note) { order { id status } userErrors { code message } }\n  }\n": types.AdminUpdateOrderStatusDocument,
    "\n  query AdminApiClients {\n    apiClients { id name createdAt revokedAt lastUsedAt keyPrefix operationList { version operationCount } }\n  }\n": types.AdminApiClientsDocument,
    "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) { client { id name } apiKey userErrors { code message field } }\n  }\n": types.AdminCreateApiClientDocument,
    "\n  mutation AdminRevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) { client { id revokedAt lastUsedAt } userErrors { code message field } }\n  }\n": types.AdminRevokeApiClientDocument,
    "\n  fragment AdminProductEditor on Product {\n    id name description\n    category { id slug name }\n    images { url alt }\n    options { name values }\n    variants { id sku title weightGrams selectedOptions { name value } price { amount currency } }\n  }\n": types.AdminProductEditorFragmentDoc,
    "\n  query AdminProductEdit($id: ID!) {\n    product(id: $id) { id ...AdminProductEditor }\n  }\n": types.AdminProductEditDocument,
    "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product { id ...AdminProductEditor }\n      userErrors { code message field }\n    }\n  }\n": types.AdminUpdateProductDocument,
    "\n  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    categories { id slug name children { id slug name } }\n    products(first: $first, after: $after, filter: $filter, sort: NEWEST) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug name\n          category { id name }\n          variants { id sku title quantityAvailable quantityOnHand price { amount currency } }\n        }\n      }\n    }\n  }\n": types.AdminProductsDocument,
    "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug name } userErrors { code message field } }\n  }\n": types.AdminCreateProductDocument,
    "\n  mutation AdminArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) { product { id archived } userErrors { code message } }\n  }\n": types.AdminArchiveProductDocument,
    "\n  mutation AdminSetStock($variantId: ID!, $quantity: Int!) {\n    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message field } }\n  }\n": types.AdminSetStockDocument,
    "\n  mutation AdminRefundPayment($paymentId: ID!, $amount: Int, $reason: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {\n      payment { id status amount { amount currency } refunded { amount currency } }\n      userErrors { code message field }\n    }\n  }\n": types.AdminRefundPaymentDocument,
    "\n  fragment CartFields on Cart {\n    id\n    totalQuantity\n    subtotal { amount currency }\n    lines {\n      quantity\n      unitPrice { amount currency }\n      lineTotal { amount currency }\n      variant {\n        id\n        title\n        sku\n        quantityAvailable\n        product { id slug name archived images { url(width: 128) alt } }\n      }\n    }\n  }\n": types.CartFieldsFragmentDoc,
    "\n  query Cart($cartId: ID) {\n    cart(id: $cartId) { ...CartFields }\n  }\n": types.CartDocument,
    "\n  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n": types.AddToCartDocument,
    "\n  mutation UpdateCartLine($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n": types.UpdateCartLineDocument,
    "\n  query Checkout {\n    me {\n      id\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      cart { id ...CartFields }\n    }\n  }\n": types.CheckoutDocument,
    "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      address { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      userErrors { code message field }\n    }\n  }\n": types.AddAddressDocument,
    "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order { id number status }\n      userErrors { code message field }\n    }\n  }\n": types.PlaceOrderDocument,
    "\n  query Confirmation($id: ID!) {\n    order(id: $id) { id number status total { amount currency } }\n  }\n": types.ConfirmationDocument,
    "\n  query PaymentStep($id: ID!) {\n    order(id: $id) { id ...OrderDetailFields }\n    me { id paymentMethods { id brand last4 expMonth expYear holderName } }\n  }\n": types.PaymentStepDocument,
    "\n  mutation AddPaymentMethod($input: CardInput!) {\n    addPaymentMethod(input: $input) {\n      paymentMethod { id brand last4 expMonth expYear holderName }\n      userErrors { code message field }\n    }\n  }\n": types.AddPaymentMethodDocument,
    "\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      payment { id status failureCode amount { amount currency } }\n      userErrors { code message field }\n    }\n  }\n": types.PayOrderDocument,
    "\n  query CheckoutQuote($shippingAddressId: ID, $shippingAddress: AddressInput) {\n    checkoutQuote(shippingAddressId: $shippingAddressId, shippingAddress: $shippingAddress) {\n      lines {\n        variant { id }\n        productName\n        variantTitle\n        quantity\n        unitPrice { amount currency }\n        total { amount currency }\n      }\n      subtotal { amount currency }\n      tax { amount currency }\n      shipping { amount currency }\n      total { amount currency }\n      problems { code message field }\n    }\n  }\n": types.CheckoutQuoteDocument,
    "\n  query NavCategories {\n    categories { id slug name }\n  }\n": types.NavCategoriesDocument,
    "\n  query Listing($first: Int!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      facets { count category { id slug name parent { id } } }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n": types.ListingDocument,
    "\n  query ListingMore($first: Int!, $after: String!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n": types.ListingMoreDocument,
    "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    inStock\n    images { url(width: 512) srcSet alt }\n    priceRange { min { amount currency } max { amount currency } }\n  }\n": types.ProductCardFieldsFragmentDoc,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { ...SessionResult }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { ...SessionResult }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { ...SessionResult }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { ...SessionResult }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionResult }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) { deleted userErrors { code message field } }\n  }\n": types.DeleteMyAccountDocument,
    "\n  fragment SessionResult on AuthPayload {\n    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }\n    userErrors { code message field }\n  }\n": types.SessionResultFragmentDoc,
    "\n  mutation CreateCart {\n    createCart { cart { id } userErrors { code message } }\n  }\n": types.CreateCartDocument,
    "\n  mutation MergeCart($guestCartId: ID!) {\n    mergeCart(guestCartId: $guestCartId) { cart { id totalQuantity } userErrors { code message } }\n  }\n": types.MergeCartDocument,
    "\n  query AdminViewer {\n    me { id roles }\n  }\n": types.AdminViewerDocument,
    "\n  query ShopperSummary {\n    me { id roles }\n    inbox: me { id unreadNotificationCount }\n    cart { id totalQuantity }\n  }\n": types.ShopperSummaryDocument,
    "\n  query GuestCartSummary($cartId: ID!) {\n    cart(id: $cartId) { id totalQuantity }\n  }\n": types.GuestCartSummaryDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryPage($slug: String!) {\n    category(slug: $slug) { id slug name }\n  }\n"): (typeof documents)["\n  query CategoryPage($slug: String!) {\n    category(slug: $slug) { id slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductPageFields on Product {\n    id\n    slug\n    name\n    description\n    archived\n    inStock\n    category { id slug name }\n    images { url alt srcSet shown: url(width: 800) thumbnail: url(width: 256) }\n    options { name values }\n    variants {\n      id\n      sku\n      title\n      inStock\n      quantityAvailable\n      price { amount currency }\n      selectedOptions { name value }\n    }\n  }\n"): (typeof documents)["\n  fragment ProductPageFields on Product {\n    id\n    slug\n    name\n    description\n    archived\n    inStock\n    category { id slug name }\n    images { url alt srcSet shown: url(width: 800) thumbnail: url(width: 256) }\n    options { name values }\n    variants {\n      id\n      sku\n      title\n      inStock\n      quantityAvailable\n      price { amount currency }\n      selectedOptions { name value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductPage($slug: String!) {\n    product(slug: $slug) { id ...ProductPageFields }\n  }\n"): (typeof documents)["\n  query ProductPage($slug: String!) {\n    product(slug: $slug) { id ...ProductPageFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    categories { id slug name children { id slug name } }\n    newArrivals: products(first: 8, sort: NEWEST) { edges { node { id ...ProductCardFields } } }\n  }\n"): (typeof documents)["\n  query Home {\n    categories { id slug name children { id slug name } }\n    newArrivals: products(first: 8, sort: NEWEST) { edges { node { id ...ProductCardFields } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind title body link createdAt readAt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Inbox($first: Int!, $after: String) {\n    me {\n      id\n      unreadNotificationCount\n      notifications(first: $first, after: $after) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { cursor node { id kind title body link createdAt readAt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) { unreadCount userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) { unreadCount userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account {\n    me {\n      id\n      email\n      orders(first: 50) {\n        totalCount\n        edges { node { id number status placedAt total { amount currency } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Account {\n    me {\n      id\n      email\n      orders(first: 50) {\n        totalCount\n        edges { node { id number status placedAt total { amount currency } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetailFields on Order {\n    id\n    number\n    status\n    placedAt\n    subtotal { amount currency }\n    tax { amount currency }\n    shipping { amount currency }\n    total { amount currency }\n    lines { productName variantTitle sku quantity unitPrice { amount currency } total { amount currency } }\n    shippingAddress { recipientName line1 line2 city region postalCode country }\n    statusHistory { status at note }\n  }\n"): (typeof documents)["\n  fragment OrderDetailFields on Order {\n    id\n    number\n    status\n    placedAt\n    subtotal { amount currency }\n    tax { amount currency }\n    shipping { amount currency }\n    total { amount currency }\n    lines { productName variantTitle sku quantity unitPrice { amount currency } total { amount currency } }\n    shippingAddress { recipientName line1 line2 city region postalCode country }\n    statusHistory { status at note }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailFields\n      payments { id status failureCode amount { amount currency } method { brand last4 } }\n    }\n  }\n"): (typeof documents)["\n  query OrderDetail($id: ID!) {\n    order(id: $id) {\n      id\n      ...OrderDetailFields\n      payments { id status failureCode amount { amount currency } method { brand last4 } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      order { id status statusHistory { status at note } }\n      userErrors { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelOrder($id: ID!, $reason: String) {\n    cancelOrder(id: $id, reason: $reason) {\n      order { id status statusHistory { status at note } }\n      userErrors { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportMyData {\n    exportMyData { export { generatedAt json } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation ExportMyData {\n    exportMyData { export { generatedAt json } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountSettings {\n    me {\n      id\n      email\n      profile { firstName lastName phone }\n      preferences { marketingEmails orderUpdates securityAlerts smsNotifications }\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping isDefaultBilling }\n      paymentMethods { id brand last4 expMonth expYear holderName }\n    }\n  }\n"): (typeof documents)["\n  query AccountSettings {\n    me {\n      id\n      email\n      profile { firstName lastName phone }\n      preferences { marketingEmails orderUpdates securityAlerts smsNotifications }\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping isDefaultBilling }\n      paymentMethods { id brand last4 expMonth expYear holderName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: ProfileInput!) {\n    updateProfile(input: $input) { profile { firstName lastName phone } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: PreferencesInput!) {\n    updatePreferences(input: $input) { preferences { marketingEmails orderUpdates securityAlerts smsNotifications } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) { deletedAddressId userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation DeleteAddress($id: ID!) {\n    deleteAddress(id: $id) { deletedAddressId userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) { address { id isDefaultShipping isDefaultBilling } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation SetDefaultAddress($id: ID!, $kind: AddressKind!) {\n    setDefaultAddress(id: $id, kind: $kind) { address { id isDefaultShipping isDefaultBilling } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePaymentMethod($id: ID!) {\n    removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation RemovePaymentMethod($id: ID!) {\n    removePaymentMethod(id: $id) { paymentMethod { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSendAnnouncement($input: AnnouncementInput!) {\n    sendAnnouncement(input: $input) { recipients userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSendAnnouncement($input: AnnouncementInput!) {\n    sendAnnouncement(input: $input) { recipients userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id number status placedAt\n          total { amount currency }\n          customer { id email }\n          payments { id status amount { amount currency } refunded { amount currency } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrders($first: Int!, $after: String, $status: OrderStatus) {\n    orders(first: $first, after: $after, status: $status) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id number status placedAt\n          total { amount currency }\n          customer { id email }\n          payments { id status amount { amount currency } refunded { amount currency } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {\n    updateOrderStatus(id: $id, status: $status, note: $note) { order { id status } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $note: String) {\n    updateOrderStatus(id: $id, status: $status, note: $note) { order { id status } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminApiClients {\n    apiClients { id name createdAt revokedAt lastUsedAt keyPrefix operationList { version operationCount } }\n  }\n"): (typeof documents)["\n  query AdminApiClients {\n    apiClients { id name createdAt revokedAt lastUsedAt keyPrefix operationList { version operationCount } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) { client { id name } apiKey userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) { client { id name } apiKey userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) { client { id revokedAt lastUsedAt } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminRevokeApiClient($id: ID!) {\n    revokeApiClient(id: $id) { client { id revokedAt lastUsedAt } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminProductEditor on Product {\n    id name description\n    category { id slug name }\n    images { url alt }\n    options { name values }\n    variants { id sku title weightGrams selectedOptions { name value } price { amount currency } }\n  }\n"): (typeof documents)["\n  fragment AdminProductEditor on Product {\n    id name description\n    category { id slug name }\n    images { url alt }\n    options { name values }\n    variants { id sku title weightGrams selectedOptions { name value } price { amount currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProductEdit($id: ID!) {\n    product(id: $id) { id ...AdminProductEditor }\n  }\n"): (typeof documents)["\n  query AdminProductEdit($id: ID!) {\n    product(id: $id) { id ...AdminProductEditor }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product { id ...AdminProductEditor }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateProduct($id: ID!, $input: UpdateProductInput!) {\n    updateProduct(id: $id, input: $input) {\n      product { id ...AdminProductEditor }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    categories { id slug name children { id slug name } }\n    products(first: $first, after: $after, filter: $filter, sort: NEWEST) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug name\n          category { id name }\n          variants { id sku title quantityAvailable quantityOnHand price { amount currency } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminProducts($first: Int!, $after: String, $filter: ProductFilter) {\n    categories { id slug name children { id slug name } }\n    products(first: $first, after: $after, filter: $filter, sort: NEWEST) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          id slug name\n          category { id name }\n          variants { id sku title quantityAvailable quantityOnHand price { amount currency } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug name } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminCreateProduct($input: CreateProductInput!) {\n    createProduct(input: $input) { product { id slug name } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) { product { id archived } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AdminArchiveProduct($id: ID!) {\n    archiveProduct(id: $id) { product { id archived } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetStock($variantId: ID!, $quantity: Int!) {\n    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation AdminSetStock($variantId: ID!, $quantity: Int!) {\n    setStock(variantId: $variantId, quantity: $quantity) { variant { id quantityAvailable quantityOnHand } userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRefundPayment($paymentId: ID!, $amount: Int, $reason: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {\n      payment { id status amount { amount currency } refunded { amount currency } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminRefundPayment($paymentId: ID!, $amount: Int, $reason: String) {\n    refundPayment(paymentId: $paymentId, amount: $amount, reason: $reason) {\n      payment { id status amount { amount currency } refunded { amount currency } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CartFields on Cart {\n    id\n    totalQuantity\n    subtotal { amount currency }\n    lines {\n      quantity\n      unitPrice { amount currency }\n      lineTotal { amount currency }\n      variant {\n        id\n        title\n        sku\n        quantityAvailable\n        product { id slug name archived images { url(width: 128) alt } }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment CartFields on Cart {\n    id\n    totalQuantity\n    subtotal { amount currency }\n    lines {\n      quantity\n      unitPrice { amount currency }\n      lineTotal { amount currency }\n      variant {\n        id\n        title\n        sku\n        quantityAvailable\n        product { id slug name archived images { url(width: 128) alt } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Cart($cartId: ID) {\n    cart(id: $cartId) { ...CartFields }\n  }\n"): (typeof documents)["\n  query Cart($cartId: ID) {\n    cart(id: $cartId) { ...CartFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddToCart($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    addToCart(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCartLine($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCartLine($cartId: ID, $variantId: ID!, $quantity: Int!) {\n    updateCartLine(cartId: $cartId, variantId: $variantId, quantity: $quantity) {\n      cart { ...CartFields }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Checkout {\n    me {\n      id\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      cart { id ...CartFields }\n    }\n  }\n"): (typeof documents)["\n  query Checkout {\n    me {\n      id\n      addresses { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      cart { id ...CartFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      address { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddAddress($input: AddressInput!) {\n    addAddress(input: $input) {\n      address { id recipientName line1 line2 city region postalCode country isDefaultShipping }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order { id number status }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PlaceOrder($input: PlaceOrderInput!) {\n    placeOrder(input: $input) {\n      order { id number status }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Confirmation($id: ID!) {\n    order(id: $id) { id number status total { amount currency } }\n  }\n"): (typeof documents)["\n  query Confirmation($id: ID!) {\n    order(id: $id) { id number status total { amount currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentStep($id: ID!) {\n    order(id: $id) { id ...OrderDetailFields }\n    me { id paymentMethods { id brand last4 expMonth expYear holderName } }\n  }\n"): (typeof documents)["\n  query PaymentStep($id: ID!) {\n    order(id: $id) { id ...OrderDetailFields }\n    me { id paymentMethods { id brand last4 expMonth expYear holderName } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPaymentMethod($input: CardInput!) {\n    addPaymentMethod(input: $input) {\n      paymentMethod { id brand last4 expMonth expYear holderName }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPaymentMethod($input: CardInput!) {\n    addPaymentMethod(input: $input) {\n      paymentMethod { id brand last4 expMonth expYear holderName }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      payment { id status failureCode amount { amount currency } }\n      userErrors { code message field }\n    }\n  }\n"): (typeof documents)["\n  mutation PayOrder($input: PayOrderInput!) {\n    payOrder(input: $input) {\n      payment { id status failureCode amount { amount currency } }\n      userErrors { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CheckoutQuote($shippingAddressId: ID, $shippingAddress: AddressInput) {\n    checkoutQuote(shippingAddressId: $shippingAddressId, shippingAddress: $shippingAddress) {\n      lines {\n        variant { id }\n        productName\n        variantTitle\n        quantity\n        unitPrice { amount currency }\n        total { amount currency }\n      }\n      subtotal { amount currency }\n      tax { amount currency }\n      shipping { amount currency }\n      total { amount currency }\n      problems { code message field }\n    }\n  }\n"): (typeof documents)["\n  query CheckoutQuote($shippingAddressId: ID, $shippingAddress: AddressInput) {\n    checkoutQuote(shippingAddressId: $shippingAddressId, shippingAddress: $shippingAddress) {\n      lines {\n        variant { id }\n        productName\n        variantTitle\n        quantity\n        unitPrice { amount currency }\n        total { amount currency }\n      }\n      subtotal { amount currency }\n      tax { amount currency }\n      shipping { amount currency }\n      total { amount currency }\n      problems { code message field }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NavCategories {\n    categories { id slug name }\n  }\n"): (typeof documents)["\n  query NavCategories {\n    categories { id slug name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Listing($first: Int!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      facets { count category { id slug name parent { id } } }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n"): (typeof documents)["\n  query Listing($first: Int!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, filter: $filter, sort: $sort) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      facets { count category { id slug name parent { id } } }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListingMore($first: Int!, $after: String!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n"): (typeof documents)["\n  query ListingMore($first: Int!, $after: String!, $filter: ProductFilter, $sort: ProductSort) {\n    products(first: $first, after: $after, filter: $filter, sort: $sort) {\n      pageInfo { hasNextPage endCursor }\n      edges { node { id ...ProductCardFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    inStock\n    images { url(width: 512) srcSet alt }\n    priceRange { min { amount currency } max { amount currency } }\n  }\n"): (typeof documents)["\n  fragment ProductCardFields on Product {\n    id\n    slug\n    name\n    inStock\n    images { url(width: 512) srcSet alt }\n    priceRange { min { amount currency } max { amount currency } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { ...SessionResult }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) { ...SessionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { ...SessionResult }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) { ...SessionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { ...SessionResult }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { ...SessionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): (typeof documents)["\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { ...SessionResult }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) { ...SessionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionResult }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ...SessionResult }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) { deleted userErrors { code message field } }\n  }\n"): (typeof documents)["\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password) { deleted userErrors { code message field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionResult on AuthPayload {\n    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }\n    userErrors { code message field }\n  }\n"): (typeof documents)["\n  fragment SessionResult on AuthPayload {\n    session { accessToken refreshToken accessTokenExpiresAt user { id email roles } }\n    userErrors { code message field }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCart {\n    createCart { cart { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CreateCart {\n    createCart { cart { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeCart($guestCartId: ID!) {\n    mergeCart(guestCartId: $guestCartId) { cart { id totalQuantity } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation MergeCart($guestCartId: ID!) {\n    mergeCart(guestCartId: $guestCartId) { cart { id totalQuantity } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminViewer {\n    me { id roles }\n  }\n"): (typeof documents)["\n  query AdminViewer {\n    me { id roles }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShopperSummary {\n    me { id roles }\n    inbox: me { id unreadNotificationCount }\n    cart { id totalQuantity }\n  }\n"): (typeof documents)["\n  query ShopperSummary {\n    me { id roles }\n    inbox: me { id unreadNotificationCount }\n    cart { id totalQuantity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GuestCartSummary($cartId: ID!) {\n    cart(id: $cartId) { id totalQuantity }\n  }\n"): (typeof documents)["\n  query GuestCartSummary($cartId: ID!) {\n    cart(id: $cartId) { id totalQuantity }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;