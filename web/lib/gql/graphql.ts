/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 timestamp in UTC, e.g. `2026-01-31T12:00:00.000Z`. */
  DateTime: { input: string; output: string; }
};

/** A saved postal address. */
export type Address = {
  __typename?: 'Address';
  /** City or town. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: Scalars['String']['output'];
  /** Opaque; another user's address id answers NOT_FOUND, like a missing one. */
  id: Scalars['ID']['output'];
  /** The default billing address. Exactly one of the user's addresses is. */
  isDefaultBilling: Scalars['Boolean']['output'];
  /** The address `placeOrder` ships to when the order names none. Exactly one of the user's addresses is. */
  isDefaultShipping: Scalars['Boolean']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Apartment, suite, floor…; null when none. */
  line2?: Maybe<Scalars['String']['output']>;
  /** E.164. */
  phone?: Maybe<Scalars['String']['output']>;
  /** As typed (trimmed), at most 20 characters. */
  postalCode: Scalars['String']['output'];
  /** Who receives the parcel. */
  recipientName: Scalars['String']['output'];
  /** State, province or county. */
  region: Scalars['String']['output'];
};

/**
 * A postal address as typed by the shopper. Every part is trimmed; required parts may not be blank; each text part is
 * at most 200 characters, the postal code at most 20.
 */
export type AddressInput = {
  /** City or town. */
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2; lower case is accepted. */
  country: Scalars['String']['input'];
  /** Street and number. */
  line1: Scalars['String']['input'];
  /** Apartment, suite, floor…; blank means none. */
  line2?: InputMaybe<Scalars['String']['input']>;
  /** E.164, e.g. +14155550123; blank means none. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** At most 20 characters. */
  postalCode: Scalars['String']['input'];
  /** Who receives the parcel. */
  recipientName: Scalars['String']['input'];
  /** State, province or county; in the US the two-letter state code (e.g. CA), which the shipping zone depends on. */
  region: Scalars['String']['input'];
};

/** Which default an address is made by `setDefaultAddress`. */
export type AddressKind =
  /** The default billing address. */
  | 'BILLING'
  /** The address orders ship to when none is given. */
  | 'SHIPPING';

/** The result of saving an address or making it a default. */
export type AddressPayload = {
  __typename?: 'AddressPayload';
  /** The address as saved; null on failure. */
  address?: Maybe<Address>;
  /** Every input field at fault (at most 8). */
  userErrors: Array<UserError>;
};

/** An announcement to send to every user who opted in to marketing. */
export type AnnouncementInput = {
  /** 1–10,000 characters of plain text; blank lines separate paragraphs. */
  body: Scalars['String']['input'];
  /** The channels to send it by: EMAIL and IN_APP unless given; SMS only reaches users with `smsNotifications` on and a phone. */
  channels?: InputMaybe<Array<NotificationChannel>>;
  /** 1–200 characters; the email's subject and the notification's title. */
  title: Scalars['String']['input'];
};

/** The result of `sendAnnouncement`. */
export type AnnouncementPayload = {
  __typename?: 'AnnouncementPayload';
  /** How many users the announcement is sent to (those with `marketingEmails` on); 0 on failure. */
  recipients: Scalars['Int']['output'];
  /** One per input field at fault (INVALID_INPUT). Empty on success. */
  userErrors: Array<UserError>;
};

/** A partner application that calls the API with its own key (`X-API-Key`), limited to its published operation list. */
export type ApiClient = {
  __typename?: 'ApiClient';
  /** When an admin created the client. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque; pass it to `revokeApiClient` and `publishOperationList`. */
  id: Scalars['ID']['output'];
  /** The first characters of the key (e.g. `pz_Ab3x`), to tell keys apart; not enough to use it. */
  keyPrefix: Scalars['String']['output'];
  /** When the router last accepted the key (recorded at most once a minute); null if never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** How the router matches this client's requests against its operation list. */
  mode: OperationListMode;
  /** Who the client is, for admins, e.g. the partner's name. */
  name: Scalars['String']['output'];
  /** The client's published operation list; null until one is published (the router then runs none of its requests). */
  operationList?: Maybe<OperationListSummary>;
  /** When the client was revoked; its key is refused from then on. Null while it is active. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The result of creating or revoking an API client. */
export type ApiClientPayload = {
  __typename?: 'ApiClientPayload';
  /** The client's key, returned by `createApiClient` only, and only this once. Null otherwise. */
  apiKey?: Maybe<Scalars['String']['output']>;
  /** The client created or revoked; null on failure. */
  client?: Maybe<ApiClient>;
  /** At most one (INVALID_INPUT or NOT_FOUND). Empty on success. */
  userErrors: Array<UserError>;
};

/** The result of a sign-in: a session, or the reasons there is none. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** The new session; null on failure. */
  session?: Maybe<Session>;
  /** Why there is no session: one per input field at fault (`register`) or a single error. Empty on success. */
  userErrors: Array<UserError>;
};

/** Who may reuse a cached answer: anyone (a shared cache), or only the caller it was for. */
export type CacheControlScope =
  /** Only the caller's own cache (the browser): it depends on who asks. */
  | 'PRIVATE'
  /** Any cache may keep it: the same for every caller. */
  | 'PUBLIC';

/** A card as typed by the shopper. Only brand, last four digits, expiry and holder are kept. */
export type CardInput = {
  /** 3 digits (4 for American Express). Checked, never stored. */
  cvc: Scalars['String']['input'];
  /** 1–12. */
  expMonth: Scalars['Int']['input'];
  /** Four digits (two are read as 20xx). */
  expYear: Scalars['Int']['input'];
  /** The name on the card, 1–100 characters. */
  holderName: Scalars['String']['input'];
  /** 12–19 digits; spaces and dashes are ignored. */
  number: Scalars['String']['input'];
};

/**
 * A shopping cart: a guest cart (its id is an unguessable secret; abandoned ones expire after 30 days) or a
 * signed-in shopper's cart. Prices are always the catalog's current prices.
 */
export type Cart = {
  __typename?: 'Cart';
  /** Opaque; for a guest cart, the secret that grants access to it. */
  id: Scalars['ID']['output'];
  /** Oldest first; at most 50. */
  lines: Array<CartLine>;
  /** The sum of the lines' totals at current prices. */
  subtotal: Money;
  /** The sum of the lines' quantities. */
  totalQuantity: Scalars['Int']['output'];
  /** When the lines last changed (a guest cart expires 30 days after it). */
  updatedAt: Scalars['DateTime']['output'];
};

/** One variant in a cart. */
export type CartLine = {
  __typename?: 'CartLine';
  /** unitPrice × quantity. */
  lineTotal: Money;
  /** 1–10. */
  quantity: Scalars['Int']['output'];
  /** The catalog's current price. */
  unitPrice: Money;
  /** What is in the line: price, stock and product come from the catalog. */
  variant: ProductVariant;
};

/** The result of a cart mutation. */
export type CartPayload = {
  __typename?: 'CartPayload';
  /** The cart as it now is; null on failure. */
  cart?: Maybe<Cart>;
  /** At most one. */
  userErrors: Array<UserError>;
};

/** A node of the category tree. */
export type Category = {
  __typename?: 'Category';
  /** Sub-categories, in display order (a handful; counted as at most 10). */
  children: Array<Category>;
  /** Opaque and permanent. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** null for a top-level category. */
  parent?: Maybe<Category>;
  /** Live products of this category and its sub-categories, newest first. `first` is 0–100. */
  products: ProductConnection;
  /** URL-friendly unique name, e.g. `electronics` or `home-goods`. */
  slug: Scalars['String']['output'];
};


/** A node of the category tree. */
export type CategoryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many matching products a category holds. */
export type CategoryFacet = {
  __typename?: 'CategoryFacet';
  /** The category counted. */
  category: Category;
  /** Matching live products in the category and its sub-categories; at least 1. */
  count: Scalars['Int']['output'];
};

/**
 * What the shopper's cart would cost if ordered now: the figures `placeOrder` would record, and the reasons it would
 * refuse the order.
 */
export type CheckoutQuote = {
  __typename?: 'CheckoutQuote';
  /** The cart's lines at the catalog's current prices (a line whose product is gone is left out): at most 50. */
  lines: Array<OrderLine>;
  /**
   * What would make `placeOrder` fail right now, empty when nothing would: OUT_OF_STOCK (`field` names the line, e.g.
   * `["lines", "0", "quantity"]`), INVALID_ADDRESS (`field` names the argument at fault). At most one per line, plus
   * the address's.
   */
  problems: Array<UserError>;
  /** By total weight and destination zone; 0 while there is no valid address (see `problems`). */
  shipping: Money;
  /** The sum of the lines' totals. */
  subtotal: Money;
  /** 8.5% of the subtotal, rounded half-up. */
  tax: Money;
  /** subtotal + tax + shipping: what the order would cost. */
  total: Money;
  /** The total shipping weight in grams, which shipping is priced by. */
  weightGrams: Scalars['Int']['output'];
};

/** A new partner application for `createApiClient`. */
export type CreateApiClientInput = {
  /** How the router matches the client's requests against its list; SAFELIST unless given. */
  mode?: InputMaybe<OperationListMode>;
  /** 1–100 characters; surrounding spaces are ignored. */
  name: Scalars['String']['input'];
};

/** A new product for `createProduct`. Texts are trimmed. */
export type CreateProductInput = {
  /** The slug of an existing category (NOT_FOUND otherwise). */
  categorySlug: Scalars['String']['input'];
  /** Plain text, at most 5,000 characters; may be blank. */
  description: Scalars['String']['input'];
  /** At most 20, in display order. */
  images?: InputMaybe<Array<ImageInput>>;
  /** 1–200 characters. */
  name: Scalars['String']['input'];
  /** Options the variants differ by; derived from the variants' selected options when omitted. */
  options?: InputMaybe<Array<ProductOptionInput>>;
  /** Defaults to one made from the name. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** At least one; at most 100. */
  variants: Array<VariantInput>;
};

/** Everything the platform keeps about a user, as one JSON document. */
export type DataExport = {
  __typename?: 'DataExport';
  /** When the export was gathered. */
  generatedAt: Scalars['DateTime']['output'];
  /**
   * The JSON document: `{ "generatedAt", "userId", "sections": { "auth", "users", "cart", "orders", "payments",
   * "notifications" } }`, a section per subgraph (see `exportMyData`). Times are ISO-8601 UTC, money integer cents.
   */
  json: Scalars['String']['output'];
};

/** The result of `exportMyData`. */
export type DataExportPayload = {
  __typename?: 'DataExportPayload';
  /** The export; null on failure. */
  export?: Maybe<DataExport>;
  /** At most one (SERVICE_UNAVAILABLE). Empty on success. */
  userErrors: Array<UserError>;
};

/** The result of `deleteMyAccount`. */
export type DeleteAccountPayload = {
  __typename?: 'DeleteAccountPayload';
  /** True when the account is deleted (its data is then erased in every subgraph). */
  deleted: Scalars['Boolean']['output'];
  /** At most one (INVALID_CREDENTIALS, OPEN_ORDERS, SERVICE_UNAVAILABLE). Empty on success. */
  userErrors: Array<UserError>;
};

/** The result of `deleteAddress`. */
export type DeleteAddressPayload = {
  __typename?: 'DeleteAddressPayload';
  /** The id of the deleted address. */
  deletedAddressId?: Maybe<Scalars['ID']['output']>;
  /** At most one. */
  userErrors: Array<UserError>;
};

/** One notification sent (or not) by one channel: an entry of the delivery log. */
export type Delivery = {
  __typename?: 'Delivery';
  /** Every attempt, oldest first: when, and how it ended. */
  attemptLog: Array<DeliveryAttempt>;
  /** How many attempts were made (0 while waiting for the first, and for SUPPRESSED). */
  attempts: Scalars['Int']['output'];
  /** How it was sent. */
  channel: NotificationChannel;
  /** When the delivery was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** What was sent. */
  kind: NotificationKind;
  /** Why the last attempt failed (or why it was suppressed); null after a success. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** Where it went, masked (e.g. `a***@example.com`, `+*******4567`, `in-app`); `-` when there was nowhere to send it. */
  recipient: Scalars['String']['output'];
  /** When it was sent; null unless SENT. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the delivery stands. */
  status: DeliveryStatus;
  /** The user it was for; null for a user the platform no longer has. */
  user?: Maybe<User>;
};

/** One attempt at a delivery. */
export type DeliveryAttempt = {
  __typename?: 'DeliveryAttempt';
  /** When the attempt was made. */
  at: Scalars['DateTime']['output'];
  /** Why it failed; null when it succeeded. */
  error?: Maybe<Scalars['String']['output']>;
  /** 1 for the first attempt, up to 5. */
  number: Scalars['Int']['output'];
  /** SENT or FAILED. */
  status: DeliveryStatus;
};

/** A page of the delivery log. */
export type DeliveryConnection = {
  __typename?: 'DeliveryConnection';
  /** The page's deliveries, each with its cursor. */
  edges: Array<DeliveryEdge>;
  /** Whether there is a next page, and where it starts. */
  pageInfo: PageInfo;
  /** How many deliveries match the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A delivery and its place in the log. */
export type DeliveryEdge = {
  __typename?: 'DeliveryEdge';
  /** Opaque; pass as `after` to continue after this delivery. */
  cursor: Scalars['String']['output'];
  /** The delivery. */
  node: Delivery;
};

/** Where a delivery stands. */
export type DeliveryStatus =
  /** Every attempt (at most 5) failed; it will not be tried again. */
  | 'FAILED'
  /** Not sent yet: waiting for its first attempt or for a retry. */
  | 'PENDING'
  /** Sent (for IN_APP: in the inbox). */
  | 'SENT'
  /** Never sent: the user's preferences forbid it, or there is no address to send it to. */
  | 'SUPPRESSED';

/** The result of `eraseUser`. */
export type EraseUserPayload = {
  __typename?: 'EraseUserPayload';
  /** The erasure started; null on failure. */
  erasure?: Maybe<Erasure>;
  /** At most one (NOT_FOUND, OPEN_ORDERS, SERVICE_UNAVAILABLE). Empty on success. */
  userErrors: Array<UserError>;
};

/**
 * An account erasure and its progress in every subgraph. It is also the privacy audit log's entry: ids and times only,
 * never the email or the name of the person erased.
 */
export type Erasure = {
  __typename?: 'Erasure';
  /** The admin's id when an admin asked; null when the user did. */
  adminId?: Maybe<Scalars['ID']['output']>;
  /** When the last subgraph finished; null while some still have to (one may be down: it is retried with backoff). */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked: the user (`deleteMyAccount`) or an admin (`eraseUser`). */
  requestedBy: ErasureRequester;
  /** One step per subgraph that holds personal data, in a fixed order. */
  steps: Array<ErasureStep>;
  /** The erased account's id (the account itself no longer exists). */
  userId: Scalars['ID']['output'];
};

/** A page of erasures. */
export type ErasureConnection = {
  __typename?: 'ErasureConnection';
  /** The erasures of this page, newest first. */
  edges: Array<ErasureEdge>;
  /** Whether there are more, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** How many erasures match, over every page. */
  totalCount: Scalars['Int']['output'];
};

/** One erasure of a page. */
export type ErasureEdge = {
  __typename?: 'ErasureEdge';
  /** Pass as `after` to read on from here. */
  cursor: Scalars['String']['output'];
  /** The erasure. */
  node: Erasure;
};

/** Who asked for an erasure. */
export type ErasureRequester =
  /** An admin, with `eraseUser`. */
  | 'ADMIN'
  /** The user, with `deleteMyAccount`. */
  | 'SELF';

/** An erasure's progress in one subgraph. */
export type ErasureStep = {
  __typename?: 'ErasureStep';
  /** How many times the subgraph was asked (it is asked again, with backoff, until it acknowledges). */
  attempts: Scalars['Int']['output'];
  /** When the subgraph acknowledged it; null while PENDING. */
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed (e.g. the subgraph was unreachable); null once DONE. */
  lastError?: Maybe<Scalars['String']['output']>;
  /** PENDING until the subgraph has acknowledged the erasure, then DONE. */
  status: ErasureStepStatus;
  /** The subgraph: auth, users, cart, orders, payments or notifications. */
  subgraph: Scalars['String']['output'];
};

/** Where an erasure stands in one subgraph. */
export type ErasureStepStatus =
  /** Erased. */
  | 'DONE'
  /** Not acknowledged yet. */
  | 'PENDING';

/** A product picture. */
export type Image = {
  __typename?: 'Image';
  /** Text alternative for screen readers. */
  alt: Scalars['String']['output'];
  /**
   * The WebP renditions as an HTML `srcset` (`<url> 256w, …`), for pictures the catalog draws itself; null for images
   * stored elsewhere.
   */
  srcSet?: Maybe<Scalars['String']['output']>;
  /**
   * Absolute URL. With `width`, a picture the catalog draws itself comes as a WebP rendition at least that many pixels
   * wide (up to 800; cheaper for a browser to show than the SVG); other images come as stored.
   */
  url: Scalars['String']['output'];
};


/** A product picture. */
export type ImageUrlArgs = {
  width?: InputMaybe<Scalars['Int']['input']>;
};

/** A product picture for `createProduct` and `updateProduct`. */
export type ImageInput = {
  /** At most 300 characters; the product's name when omitted or blank. */
  alt?: InputMaybe<Scalars['String']['input']>;
  /** An absolute http(s) URL. */
  url: Scalars['String']['input'];
};

/** Credentials for `login`. */
export type LoginInput = {
  /** As registered; case and surrounding spaces are ignored. */
  email: Scalars['String']['input'];
  /**
   * The account's password. Five failures for one email within 15 minutes lock sign-in for that email for 15 minutes
   * (ACCOUNT_LOCKED), whether or not the email has an account.
   */
  password: Scalars['String']['input'];
};

/** The result of `markNotificationsRead`. */
export type MarkNotificationsReadPayload = {
  __typename?: 'MarkNotificationsReadPayload';
  /** How many of the user's notifications are still unread. */
  unreadCount: Scalars['Int']['output'];
  /** At most one (INVALID_INPUT). Empty on success. */
  userErrors: Array<UserError>;
};

/** An amount of money in integer minor units: `{ amount: 8997, currency: "USD" }` is $89.97. */
export type Money = {
  __typename?: 'Money';
  /** Integer minor units (cents): 8997 is $89.97. Never a float. */
  amount: Scalars['Int']['output'];
  /** ISO 4217; always USD. */
  currency: Scalars['String']['output'];
};

/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Saves a new address; the first one becomes the default for both kinds. Codes: INVALID_INPUT, LIMIT_REACHED (20 addresses). */
  addAddress: AddressPayload;
  /**
   * Saves a card for the signed-in shopper. The number must pass the Luhn check and the card must not be expired.
   * Codes: INVALID_CARD (number, CVC or expiry month malformed), CARD_EXPIRED, INVALID_INPUT (holder name).
   */
  addPaymentMethod: PaymentMethodPayload;
  /**
   * Adds a variant; a variant already in the cart adds to its line. Without `cartId`: the signed-in shopper's cart,
   * created on first add (anonymous callers without `cartId` get UNAUTHENTICATED). Codes: INVALID_QUANTITY (the
   * line would leave 1–10), CART_FULL (50 lines), UNKNOWN_VARIANT, OUT_OF_STOCK (more than is available),
   * NOT_FOUND (no such cart).
   */
  addToCart: CartPayload;
  /** Admin: withdraws a product from sale; it still resolves by id. Idempotent. Codes: NOT_FOUND. */
  archiveProduct: ProductPayload;
  /**
   * Cancels an order and releases its stock; a paid order is refunded. Shoppers may cancel PENDING and CONFIRMED
   * orders; admins also PROCESSING ones. Codes: NOT_FOUND, INVALID_TRANSITION.
   */
  cancelOrder: OrderPayload;
  /**
   * Replaces the signed-in user's password. Signs in afresh: every other session of the account is revoked (access
   * tokens already issued expire within 15 minutes), and the user is told by email and in-app (unless `securityAlerts`
   * is off). Codes: INVALID_CREDENTIALS (the current password is wrong), WEAK_PASSWORD.
   */
  changePassword: AuthPayload;
  /** Removes every line. Codes: NOT_FOUND (no such cart). */
  clearCart: CartPayload;
  /**
   * Admin only: creates an API client for a partner and returns its key, once: only a hash is kept, so the key cannot
   * be shown again (revoke the client and create another if it is lost). Codes: INVALID_INPUT.
   */
  createApiClient: ApiClientPayload;
  /** Creates an empty guest cart. Keep its id: it is the only key to the cart. */
  createCart: CartPayload;
  /**
   * Admin: adds a product with its variants and their initial stock. Codes: INVALID_INPUT, NOT_FOUND (category),
   * DUPLICATE_SLUG, DUPLICATE_SKU.
   */
  createProduct: ProductPayload;
  /** Deletes an address; a deleted default passes to the most recent other address. Codes: NOT_FOUND. */
  deleteAddress: DeleteAddressPayload;
  /**
   * Signed in: deletes the signed-in user's account after checking the password. At once, in one transaction: every
   * session is revoked, the account and its credentials are deleted (the email can register again, as a new account
   * with a new id), and the erasure is recorded (see `eraseUser`). Then every subgraph erases the user's data, through
   * the outbox, so it completes even if a subgraph is down now: profile, addresses, preferences, cart, saved cards (and
   * the provider's tokens), notifications and deliveries are deleted; orders and payments are kept for accounting with
   * every personal detail replaced by a placeholder. Unpaid PENDING orders are cancelled. Access tokens already issued
   * expire within 15 minutes. Codes: INVALID_CREDENTIALS, OPEN_ORDERS (an order is CONFIRMED, PROCESSING or SHIPPED:
   * cancel it or wait for its delivery), SERVICE_UNAVAILABLE (the orders subgraph could not be asked; nothing was
   * done).
   */
  deleteMyAccount: DeleteAccountPayload;
  /**
   * Admin only: erases any account, as `deleteMyAccount` does for one's own (no password asked), and answers the
   * erasure so its progress can be followed (`erasure(id:)`). Codes: NOT_FOUND (no such account), OPEN_ORDERS,
   * SERVICE_UNAVAILABLE.
   */
  eraseUser: EraseUserPayload;
  /**
   * Signed in: everything the platform keeps about the signed-in user, gathered from every subgraph in one JSON
   * document (`DataExport.json`) with a section per subgraph: `auth` (the account — never the password hash or a
   * token — and the sessions: when each started, was last renewed, expires or was revoked, and from which address),
   * `users` (profile, addresses, preferences), `cart`, `orders` (with their lines and history), `payments` (payments,
   * refunds and saved cards: brand, last 4 and expiry only), `notifications` (the inbox and the delivery log). Codes:
   * SERVICE_UNAVAILABLE (a subgraph could not be read; nothing partial is returned — try again).
   */
  exportMyData: DataExportPayload;
  /** Signs in with email and password. Codes: INVALID_CREDENTIALS, ACCOUNT_LOCKED, RATE_LIMITED. */
  login: AuthPayload;
  /** Revokes the session of this refresh token. True when a live session was revoked. */
  logout: Scalars['Boolean']['output'];
  /** Revokes every session of the signed-in user. Access tokens already issued expire within 15 minutes. */
  logoutEverywhere: Scalars['Boolean']['output'];
  /**
   * Marks the signed-in user's in-app notifications read: the given ones (ids that are not the user's are ignored), or
   * all of them when `ids` is omitted. Answers the number still unread. Codes: INVALID_INPUT (more than 100 ids).
   */
  markNotificationsRead: MarkNotificationsReadPayload;
  /**
   * Signed in: moves a guest cart's lines into the shopper's cart (created if needed), adding quantities, each line
   * capped at 10. Atomic and idempotent: merging the same guest cart again changes nothing. The guest cart is used
   * up. Codes: NOT_FOUND (no such guest cart, or merged into another shopper's cart), CART_FULL (the result would
   * exceed 50 lines; nothing is merged).
   */
  mergeCart: CartPayload;
  /**
   * Charges one of the shopper's cards with the total of one of their PENDING orders, as the orders subgraph states it.
   * One idempotency key is one charge, however often and however concurrently it is sent; an order is never charged
   * twice. Success confirms the order. Codes: NOT_FOUND (order or card), CARD_EXPIRED (the saved card's expiry has
   * passed since it was added; nothing is charged), ORDER_NOT_PAYABLE (not PENDING, e.g. already paid), PAYMENT_DECLINED (the FAILED payment is returned with its failureCode), IDEMPOTENCY_KEY_REUSED (same key,
   * another request), IDEMPOTENCY_KEY_IN_USE (a request with this key is still running after 8 s: retry with the same
   * key; a request whose process died is taken over by a retry within 6 s). It waits on the payment provider, so it weighs 10 (beside every mutation's 10).
   */
  payOrder: PaymentPayload;
  /**
   * Turns the signed-in shopper's cart into a PENDING order: prices re-read from the catalog, every line's stock
   * reserved (all or none), totals computed, the cart cleared. The same idempotencyKey with the same input returns the
   * same order, however often and concurrently it is sent. Codes: CART_EMPTY, OUT_OF_STOCK (field names the line),
   * INVALID_ADDRESS, IDEMPOTENCY_KEY_REUSED, INVALID_INPUT, IDEMPOTENCY_KEY_IN_USE (a request with this key is still
   * running after 8 s: retry with the same key), CHECKOUT_IN_PROGRESS (another order of the shopper's, under another key,
   * is still being placed after 8 s, or the last order's lines could not yet be taken out of the cart: retry). One
   * shopper's orders are placed one at a time, so two checkouts of one cart under two keys make one order, and the other
   * finds the cart empty (CART_EMPTY). A request whose process died is
   * taken over by a retry within 6 s. It calls three other subgraphs and holds stock in one transaction, so it weighs 10
   * (beside every mutation's 10).
   */
  placeOrder: OrderPayload;
  /**
   * Admin only: publishes the operations an API client (or, with a null `clientId`, traffic without an API key) may
   * run, replacing its previous list; the list's version goes up by one. Codes: INVALID_INPUT (the message names the
   * first bad operation), NOT_FOUND (unknown or revoked client).
   */
  publishOperationList: PublishOperationListPayload;
  /**
   * Exchanges a refresh token for a new session. The token presented is spent: presenting it again is treated as
   * theft and revokes every session descended from the same sign-in. Codes: INVALID_REFRESH_TOKEN.
   */
  refreshSession: AuthPayload;
  /**
   * Admin: refunds `amount` (default: everything not yet refunded) of a successful payment. Codes: NOT_FOUND,
   * PAYMENT_NOT_REFUNDABLE (not succeeded, or already fully refunded), INVALID_INPUT (amount not positive or more than
   * what remains).
   */
  refundPayment: PaymentPayload;
  /** Creates a customer account and signs it in. Codes: INVALID_EMAIL, WEAK_PASSWORD, EMAIL_TAKEN. */
  register: AuthPayload;
  /** Removes a variant's line; removing a line that is not there changes nothing. Codes: NOT_FOUND (no such cart). */
  removeFromCart: CartPayload;
  /** Removes one of the signed-in shopper's cards; past payments keep showing it. Codes: NOT_FOUND. */
  removePaymentMethod: PaymentMethodPayload;
  /**
   * Asks for a password reset link by email. Always answers `true`, at once and alike, whether or not the email has an
   * account (nobody learns which emails are registered). When it has one, a link to the storefront's reset page is sent,
   * valid for 30 minutes and for one use; a newer request voids the links sent before. At most 3 emails per address an
   * hour.
   */
  requestPasswordReset: Scalars['Boolean']['output'];
  /**
   * Sets a new password with the token of a reset link, and signs in. The token is spent; every session of the account
   * is revoked and a sign-in lockout is lifted. Codes: INVALID_TOKEN (unknown, used, voided by a newer link, or
   * expired), WEAK_PASSWORD (the token stays valid).
   */
  resetPassword: AuthPayload;
  /**
   * Admin only: revokes an API client; the router refuses its key from then on (`UNAUTHENTICATED`). Revoking again
   * changes nothing and keeps the first `revokedAt`. Codes: NOT_FOUND.
   */
  revokeApiClient: ApiClientPayload;
  /**
   * Admin only: sends an announcement to every user who opted in to marketing emails (`marketingEmails`), by the
   * channels given; each email carries a one-click unsubscribe link. Codes: INVALID_INPUT.
   */
  sendAnnouncement: AnnouncementPayload;
  /** Makes an address the default of a kind. Codes: NOT_FOUND. */
  setDefaultAddress: AddressPayload;
  /** Admin: sets a variant's stock on hand (recorded in the ledger). Codes: INVALID_INPUT, NOT_FOUND. */
  setStock: VariantPayload;
  /** Replaces an address. Codes: INVALID_INPUT, NOT_FOUND. */
  updateAddress: AddressPayload;
  /**
   * Sets a line's quantity; 0 removes the line. Codes: INVALID_QUANTITY (not 0–10), OUT_OF_STOCK (raising it beyond
   * what is available), UNKNOWN_VARIANT, NOT_FOUND (no such cart, or the variant is not in it).
   */
  updateCartLine: CartPayload;
  /** Admin: moves an order along its lifecycle. Codes: NOT_FOUND, INVALID_TRANSITION. */
  updateOrderStatus: OrderPayload;
  /** Updates preferences; omitted fields keep their value. Codes: INVALID_INPUT. */
  updatePreferences: PreferencesPayload;
  /**
   * Admin: changes the given fields; `variants`, when given, replaces the price, weight and options of variants
   * matched by SKU and adds new ones (stock is changed with `setStock`). Codes: INVALID_INPUT, NOT_FOUND,
   * DUPLICATE_SLUG, DUPLICATE_SKU.
   */
  updateProduct: ProductPayload;
  /** Updates the signed-in user's profile; omitted fields keep their value, null clears. Codes: INVALID_INPUT. */
  updateProfile: ProfilePayload;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationAddAddressArgs = {
  input: AddressInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationAddPaymentMethodArgs = {
  input: CardInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationAddToCartArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationArchiveProductArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationClearCartArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationCreateApiClientArgs = {
  input: CreateApiClientInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationDeleteAddressArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationDeleteMyAccountArgs = {
  password: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationEraseUserArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationLoginArgs = {
  input: LoginInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationMergeCartArgs = {
  guestCartId: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationPayOrderArgs = {
  input: PayOrderInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationPublishOperationListArgs = {
  clientId?: InputMaybe<Scalars['ID']['input']>;
  manifest: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRefreshSessionArgs = {
  refreshToken: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRefundPaymentArgs = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  paymentId: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRegisterArgs = {
  input: RegisterInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRemoveFromCartArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  variantId: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRemovePaymentMethodArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationResetPasswordArgs = {
  newPassword: Scalars['String']['input'];
  token: Scalars['String']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationRevokeApiClientArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationSendAnnouncementArgs = {
  input: AnnouncementInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationSetDefaultAddressArgs = {
  id: Scalars['ID']['input'];
  kind: AddressKind;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationSetStockArgs = {
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdateAddressArgs = {
  id: Scalars['ID']['input'];
  input: AddressInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdateCartLineArgs = {
  cartId?: InputMaybe<Scalars['ID']['input']>;
  quantity: Scalars['Int']['input'];
  variantId: Scalars['ID']['input'];
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdateOrderStatusArgs = {
  id: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  status: OrderStatus;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdatePreferencesArgs = {
  input: PreferencesInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdateProductArgs = {
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
};


/**
 * Every change the API offers. Most mutations answer a payload: the changed object (null on failure) and `userErrors`,
 * the expected failures (empty on success).
 */
export type MutationUpdateProfileArgs = {
  input: ProfileInput;
};

/** A message in a user's in-app inbox. */
export type Notification = {
  __typename?: 'Notification';
  /** Plain text, with amounts as money and times in the user's timezone. */
  body: Scalars['String']['output'];
  /** When the notification was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** What the notification is about. */
  kind: NotificationKind;
  /** Where to go for more, e.g. the order's page on the storefront; null when there is nowhere to go. */
  link?: Maybe<Scalars['String']['output']>;
  /** When the user marked it read; null while unread. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** One line, e.g. "Order ORD-202611-7Q2K9XWM is on its way". */
  title: Scalars['String']['output'];
};

/** How a notification reaches the user. */
export type NotificationChannel =
  /** An email with an HTML and a plain-text part. */
  | 'EMAIL'
  /** The in-app inbox (`User.notifications`). */
  | 'IN_APP'
  /** A text message to the profile's phone. */
  | 'SMS';

/** A page of notifications. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The page's notifications, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** Whether there is a next page, and where it starts. */
  pageInfo: PageInfo;
  /** How many notifications match (the unread filter included), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A notification and its place in the list. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Opaque; pass as `after` to continue after this notification. */
  cursor: Scalars['String']['output'];
  /** The notification. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** An admin's announcement (only to users with `marketingEmails` on). */
  | 'ANNOUNCEMENT'
  /** An order was cancelled (in-app; email when `orderUpdates` is on). */
  | 'ORDER_CANCELLED'
  /** An order was paid (in-app; email when `orderUpdates` is on). */
  | 'ORDER_CONFIRMED'
  /** An order was delivered (in-app; email when `orderUpdates` is on). */
  | 'ORDER_DELIVERED'
  /** An order shipped (in-app; email when `orderUpdates` is on; SMS when `smsNotifications` is on and the profile has a phone). */
  | 'ORDER_SHIPPED'
  /** The password was changed or reset (email, in-app; unless `securityAlerts` is off). */
  | 'PASSWORD_CHANGED'
  /** A password reset link (email only, always sent). */
  | 'PASSWORD_RESET'
  /** A receipt for a payment (in-app; email when `orderUpdates` is on). */
  | 'PAYMENT_RECEIPT'
  /** Money went back to the shopper (in-app; email when `orderUpdates` is on). */
  | 'REFUND_ISSUED'
  /** An account was registered (email, in-app). */
  | 'WELCOME';

/** How the router holds a client's requests to its published operation list. */
export type OperationListMode =
  /** Listed operations sent by id only; any freeform document is refused. */
  | 'IDS_ONLY'
  /** Listed operations, sent by id (`extensions.persistedQuery`) or as a freeform document equal to a listed one. */
  | 'SAFELIST';

/** The published operation list of a client, or the public list. */
export type OperationListSummary = {
  __typename?: 'OperationListSummary';
  /** How many operations the list holds (at most 5,000). */
  operationCount: Scalars['Int']['output'];
  /** When this version was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** Starts at 1; every publish increments it. */
  version: Scalars['Int']['output'];
};

/** A shopper's order. */
export type Order = {
  __typename?: 'Order';
  /** The shopper who placed the order. */
  customer: User;
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** The cart's lines when it was placed: at most 50. */
  lines: Array<OrderLine>;
  /** The shopper's notes from `placeOrder`; null when none. */
  notes?: Maybe<Scalars['String']['output']>;
  /** Human-friendly, e.g. ORD-202611-7Q2K9XWM. */
  number: Scalars['String']['output'];
  /**
   * Every payment attempt of the order, oldest first (failed ones included; counted as 10). Visible to the order's
   * owner and to admins.
   */
  payments: Array<Payment>;
  /** When the order was placed. */
  placedAt: Scalars['DateTime']['output'];
  /** By total weight and destination zone. */
  shipping: Money;
  /** Where the order ships. */
  shippingAddress: OrderAddress;
  /** Where the order is in its lifecycle. */
  status: OrderStatus;
  /** Oldest first; one entry per status reached (counted as 10). */
  statusHistory: Array<OrderStatusChange>;
  /** The sum of the lines' totals, at the prices when the order was placed. */
  subtotal: Money;
  /** 8.5% of the subtotal, rounded half-up. */
  tax: Money;
  /** subtotal + tax + shipping: what payment charges. */
  total: Money;
};

/** The address an order ships to, as it was when ordered. */
export type OrderAddress = {
  __typename?: 'OrderAddress';
  /** City or town. */
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2, upper case, e.g. US. */
  country: Scalars['String']['output'];
  /** Street and number. */
  line1: Scalars['String']['output'];
  /** Apartment, suite, floor…; null when none. */
  line2?: Maybe<Scalars['String']['output']>;
  /** E.164; null when none. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Postal or ZIP code. */
  postalCode: Scalars['String']['output'];
  /** Who receives the parcel. */
  recipientName: Scalars['String']['output'];
  /** State, province or county. */
  region: Scalars['String']['output'];
};

/** A page of orders, newest first. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The page's orders, each with its cursor. */
  edges: Array<OrderEdge>;
  /** Whether there is a next page, and where it starts. */
  pageInfo: PageInfo;
  /** How many orders match (the status filter included), across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One order of a page, with the cursor that continues after it. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque; pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One variant of an order, as it was sold. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** As it was when ordered. */
  productName: Scalars['String']['output'];
  /** Units ordered, 1–10. */
  quantity: Scalars['Int']['output'];
  /** The variant's SKU when ordered. */
  sku: Scalars['String']['output'];
  /** unitPrice × quantity. */
  total: Money;
  /** The price of one unit when ordered. */
  unitPrice: Money;
  /** The variant as it is now; null if it no longer exists. */
  variant?: Maybe<ProductVariant>;
  /** The variant's title when ordered, e.g. `M / Navy`. */
  variantTitle: Scalars['String']['output'];
};

/** The result of an order mutation. */
export type OrderPayload = {
  __typename?: 'OrderPayload';
  /** The order as it now is; null on failure. */
  order?: Maybe<Order>;
  /** One, or one per cart line at fault (at most 50). */
  userErrors: Array<UserError>;
};

/**
 * Where an order is in its lifecycle: PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED, or CANCELLED (then
 * REFUNDED if it was paid).
 */
export type OrderStatus =
  /** Cancelled before shipping; its stock went back. Final for an unpaid order; a paid one becomes REFUNDED. */
  | 'CANCELLED'
  /** Paid. */
  | 'CONFIRMED'
  /** Received by the shopper (admin). Final. */
  | 'DELIVERED'
  /** Placed, stock reserved, awaiting payment (cancelled after 30 minutes unpaid). */
  | 'PENDING'
  /** Being prepared for shipping (admin). Only an admin can still cancel it. */
  | 'PROCESSING'
  /** Cancelled after payment, and the payment returned. */
  | 'REFUNDED'
  /** Handed to the carrier (admin); can no longer be cancelled. */
  | 'SHIPPED';

/** One step of an order's history. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When it was reached. */
  at: Scalars['DateTime']['output'];
  /** Why: the shopper's reason, the admin's note, or the platform's (e.g. `Payment received`); null when none. */
  note?: Maybe<Scalars['String']['output']>;
  /** The status reached. */
  status: OrderStatus;
};

/** Where a page of a connection ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the page's last edge, to pass as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** What `payOrder` charges: one of the shopper's PENDING orders, to one of their saved cards. */
export type PayOrderInput = {
  /** Chosen by the client, one per checkout attempt (1–255 characters): a retry with the same key is answered, never charged again. */
  idempotencyKey: Scalars['String']['input'];
  /** One of the signed-in shopper's orders; anyone else's answers NOT_FOUND. */
  orderId: Scalars['ID']['input'];
  /** One of the signed-in shopper's saved cards. */
  paymentMethodId: Scalars['ID']['input'];
};

/** One attempt to charge an order, and the refunds made against it. */
export type Payment = {
  __typename?: 'Payment';
  /** The amount charged: the order's total as the orders subgraph stated it. */
  amount: Money;
  /** When the charge was attempted. */
  createdAt: Scalars['DateTime']['output'];
  /** Why the provider declined the charge (FAILED payments only): card_declined, insufficient_funds, processing_error… */
  failureCode?: Maybe<Scalars['String']['output']>;
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** The card charged (still shown after the card was removed). */
  method?: Maybe<PaymentMethod>;
  /** The order paid. */
  order: Order;
  /** How much of the amount has been refunded so far. */
  refunded: Money;
  /** Where the charge stands. */
  status: PaymentStatus;
};

/**
 * A saved card. Only what is needed to show and charge it is kept: brand, last four digits, expiry, holder and the
 * payment provider's token. The card number and the CVC are never stored.
 */
export type PaymentMethod = {
  __typename?: 'PaymentMethod';
  /** visa, mastercard, amex, discover, diners, jcb, unionpay or unknown. */
  brand: Scalars['String']['output'];
  /** 1–12. */
  expMonth: Scalars['Int']['output'];
  /** Four digits, e.g. 2030. */
  expYear: Scalars['Int']['output'];
  /** The name on the card, as typed (spaces collapsed). */
  holderName: Scalars['String']['output'];
  /** Opaque; pass it to `payOrder` as `paymentMethodId`. */
  id: Scalars['ID']['output'];
  /** The last four digits of the card number. */
  last4: Scalars['String']['output'];
};

/** The result of adding or removing a card. */
export type PaymentMethodPayload = {
  __typename?: 'PaymentMethodPayload';
  /** The card added or removed; null on failure. */
  paymentMethod?: Maybe<PaymentMethod>;
  /** Every input field at fault (at most 6). */
  userErrors: Array<UserError>;
};

/** The result of `payOrder` and `refundPayment`. */
export type PaymentPayload = {
  __typename?: 'PaymentPayload';
  /** The payment: on success, and on PAYMENT_DECLINED (status FAILED, with failureCode). */
  payment?: Maybe<Payment>;
  /** At most one. */
  userErrors: Array<UserError>;
};

/** Where a payment stands. */
export type PaymentStatus =
  /** Declined by the provider; see failureCode. */
  | 'FAILED'
  /** Part of the amount was refunded. */
  | 'PARTIALLY_REFUNDED'
  /** Claimed; the provider is being asked. */
  | 'PENDING'
  /** The whole amount was refunded. */
  | 'REFUNDED'
  /** Charged; the order is confirmed. */
  | 'SUCCEEDED';

/** What `placeOrder` needs besides the cart: an idempotency key and, optionally, where to ship. */
export type PlaceOrderInput = {
  /** Chosen by the client, 1–255 characters; one order per key. */
  idempotencyKey: Scalars['String']['input'];
  /** At most 1,000 characters. */
  notes?: InputMaybe<Scalars['String']['input']>;
  /** Where to ship; or give shippingAddressId. With neither, the default shipping address is used. */
  shippingAddress?: InputMaybe<AddressInput>;
  /** One of the shopper's saved addresses. */
  shippingAddressId?: InputMaybe<Scalars['ID']['input']>;
};

/** How the user wants to hear from the store. */
export type Preferences = {
  __typename?: 'Preferences';
  /** BCP 47 language tag, e.g. en-US. */
  locale: Scalars['String']['output'];
  /** Opt-in: false until the user says yes. */
  marketingEmails: Scalars['Boolean']['output'];
  /** Emails about the user's orders (confirmation, shipping, refunds). True by default. */
  orderUpdates: Scalars['Boolean']['output'];
  /** Emails about the account's security, e.g. a changed password. True by default. */
  securityAlerts: Scalars['Boolean']['output'];
  /** Consent to text messages to the profile's phone, e.g. when an order ships. False by default. */
  smsNotifications: Scalars['Boolean']['output'];
  /** IANA time zone, e.g. Europe/Paris. */
  timezone: Scalars['String']['output'];
};

/** Changes to the preferences: an omitted (or null) field keeps its value. */
export type PreferencesInput = {
  /** BCP 47 language tag, e.g. en-US; stored in canonical form. Blank is INVALID_INPUT. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Consent to marketing emails and announcements. */
  marketingEmails?: InputMaybe<Scalars['Boolean']['input']>;
  /** Emails about the user's orders. */
  orderUpdates?: InputMaybe<Scalars['Boolean']['input']>;
  /** Emails about the account's security. */
  securityAlerts?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text messages when an order ships. */
  smsNotifications?: InputMaybe<Scalars['Boolean']['input']>;
  /** IANA time zone, e.g. Europe/Paris. Blank is INVALID_INPUT. */
  timezone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updatePreferences`. */
export type PreferencesPayload = {
  __typename?: 'PreferencesPayload';
  /** The preferences as saved; null on failure. */
  preferences?: Maybe<Preferences>;
  /** Every input field at fault (at most 6). */
  userErrors: Array<UserError>;
};

/** The span of a product's variant prices. */
export type PriceRange = {
  __typename?: 'PriceRange';
  /** The dearest variant's price (equal to `min` when all cost the same). */
  max: Money;
  /** The cheapest variant's price. */
  min: Money;
};

/** Something the store sells, in one or more variants. */
export type Product = {
  __typename?: 'Product';
  /** Archived products are no longer sold but still resolve by id. */
  archived: Scalars['Boolean']['output'];
  /** The category it is listed under (a top-level category or a sub-category). */
  category: Category;
  /** When the product was added; NEWEST sorts by it. */
  createdAt: Scalars['DateTime']['output'];
  /** Plain text. */
  description: Scalars['String']['output'];
  /** Opaque and permanent. */
  id: Scalars['ID']['output'];
  /** Absolute URLs, in display order; at most 20. */
  images: Array<Image>;
  /**
   * Whether some variant has stock available. Stock also changes without any request (reservations lapse, unpaid
   * orders expire), so answers that include it are reused for at most 5 seconds.
   */
  inStock: Scalars['Boolean']['output'];
  /** Display name, at most 200 characters. */
  name: Scalars['String']['output'];
  /** The options the variants differ by, e.g. Size and Colour; at most 5. */
  options: Array<ProductOption>;
  /** Lowest and highest variant price. */
  priceRange: PriceRange;
  /** URL-friendly unique name, e.g. `aurora-wireless-headphones`. */
  slug: Scalars['String']['output'];
  /** At least one, in display order; at most 100. */
  variants: Array<ProductVariant>;
};

/** A page of products. */
export type ProductConnection = {
  __typename?: 'ProductConnection';
  /** The page's products, each with its cursor. */
  edges: Array<ProductEdge>;
  /**
   * Per-category counts of the products matching the whole filter, in tree order (each category followed by its
   * sub-categories); a category's count includes its sub-categories; categories without a match are left out.
   * At most one per category (counted as 30).
   */
  facets: Array<CategoryFacet>;
  /** Whether there is a next page, and where it starts. */
  pageInfo: PageInfo;
  /** How many products match the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** One product of a page, with the cursor that continues after it. */
export type ProductEdge = {
  __typename?: 'ProductEdge';
  /** Opaque; pass as `after` to continue after this product in the same sort. */
  cursor: Scalars['String']['output'];
  /** The product. */
  node: Product;
};

/** Narrows `products`. Every given condition must hold. A negative price, or `minPrice` above `maxPrice`, is BAD_USER_INPUT. */
export type ProductFilter = {
  /** A category slug; products of its sub-categories are included. */
  category?: InputMaybe<Scalars['String']['input']>;
  /** true: only products with some variant available; false: only products with none. */
  inStock?: InputMaybe<Scalars['Boolean']['input']>;
  /** Cents: only products with a variant priced at most this much. */
  maxPrice?: InputMaybe<Scalars['Int']['input']>;
  /** Cents: only products with a variant priced at least this much. */
  minPrice?: InputMaybe<Scalars['Int']['input']>;
  /**
   * Full-text search over name and description (English stemming; every word must match; the last word may be
   * a prefix: "headph" finds headphones). Punctuation is ignored; blank means no search. A full-text search ranks
   * every live product, so giving one adds 5 to the operation's cost.
   */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** An option a product's variants differ by, with the values they take. */
export type ProductOption = {
  __typename?: 'ProductOption';
  /** E.g. `Size`. */
  name: Scalars['String']['output'];
  /** In display order, e.g. `S`, `M`, `L`. */
  values: Array<Scalars['String']['output']>;
};

/** An option of a product and its values, in display order. */
export type ProductOptionInput = {
  /** 1–50 characters, e.g. `Size`. */
  name: Scalars['String']['input'];
  /** Each 1–50 characters and given once (regardless of case); must include every value the variants choose. */
  values: Array<Scalars['String']['input']>;
};

/** The result of creating, changing or archiving a product. */
export type ProductPayload = {
  __typename?: 'ProductPayload';
  /** The product as saved; null on failure. */
  product?: Maybe<Product>;
  /** Every input field at fault (counted as 20). */
  userErrors: Array<UserError>;
};

/** The order of `products`. Ties are broken by id, so pages never overlap. */
export type ProductSort =
  /** Alphabetical by name. */
  | 'NAME_ASC'
  /** Most recently created first. The default. */
  | 'NEWEST'
  /** Cheapest first, by the product's lowest variant price. */
  | 'PRICE_ASC'
  /** Dearest first, by the product's lowest variant price. */
  | 'PRICE_DESC'
  /** Best full-text match first (ts_rank; name matches weigh more). Needs `filter.search`. */
  | 'RELEVANCE';

/** One purchasable combination of a product's options. */
export type ProductVariant = {
  __typename?: 'ProductVariant';
  /** Opaque and permanent; what carts, orders and reservations refer to. */
  id: Scalars['ID']['output'];
  /** Whether `quantityAvailable` is above 0. Reused for at most 5 seconds. */
  inStock: Scalars['Boolean']['output'];
  /** The current price of one unit; carts and new orders always use it. */
  price: Money;
  /** The product this is a variant of. */
  product: Product;
  /** Stock on hand minus live reservations; never negative. Reused for at most 5 seconds (lapsing reservations change it). */
  quantityAvailable: Scalars['Int']['output'];
  /** Admin only: units physically in stock (reserved ones included). */
  quantityOnHand: Scalars['Int']['output'];
  /** One per option of the product (at most 5). */
  selectedOptions: Array<SelectedOption>;
  /** Unique stock-keeping unit, as the admin wrote it (unique regardless of case). */
  sku: Scalars['String']['output'];
  /** Admin only: the latest changes of stock on hand, newest first (at most 100). */
  stockMovements: Array<StockMovement>;
  /** E.g. `M / Navy`, or `Default` for a product without options. */
  title: Scalars['String']['output'];
  /** Shipping weight of one unit, in grams; the order's shipping is priced by the total. */
  weightGrams: Scalars['Int']['output'];
};


/** One purchasable combination of a product's options. */
export type ProductVariantStockMovementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A user's name and phone; every part null until set. */
export type Profile = {
  __typename?: 'Profile';
  /** At most 100 characters; from the name given at registration unless changed since. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** At most 100 characters. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** E.164, e.g. +14155550123. */
  phone?: Maybe<Scalars['String']['output']>;
};

/** Changes to the profile: an omitted field keeps its value, null or blank clears it. */
export type ProfileInput = {
  /** At most 100 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** At most 100 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** E.164, e.g. +14155550123; null clears. */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of `updateProfile`. */
export type ProfilePayload = {
  __typename?: 'ProfilePayload';
  /** The profile as saved; null on failure. */
  profile?: Maybe<Profile>;
  /** Every input field at fault (at most 3). */
  userErrors: Array<UserError>;
};

/** The result of publishing an operation list. */
export type PublishOperationListPayload = {
  __typename?: 'PublishOperationListPayload';
  /** The list now in force; null on failure. */
  list?: Maybe<OperationListSummary>;
  /** At most one (INVALID_INPUT naming the first bad operation, or NOT_FOUND). Empty on success. */
  userErrors: Array<UserError>;
};

/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type Query = {
  __typename?: 'Query';
  /** Admin only: every API client (partner), revoked ones included, newest first. */
  apiClients: Array<ApiClient>;
  /**
   * A cart. With `id`: that cart, if the caller may use it (a guest cart by its secret id; a signed-in shopper's cart
   * only by its owner). Without `id`: the signed-in shopper's cart (null when anonymous or before the first add).
   * Unknown, expired and other shoppers' carts are null alike.
   */
  cart?: Maybe<Cart>;
  /** The top-level categories, in display order (a handful; counted as at most 10). */
  categories: Array<Category>;
  /** A category (top-level or sub-category) by slug. */
  category?: Maybe<Category>;
  /**
   * The signed-in shopper's cart priced exactly as `placeOrder` would price it now for that address (prices re-read
   * from the catalog, the same tax and shipping rules and rounding), with what would make `placeOrder` fail in
   * `problems`. Nothing is reserved and nothing is written. Give `shippingAddress` or `shippingAddressId`, or neither
   * for the default shipping address. Null when the cart is empty.
   */
  checkoutQuote?: Maybe<CheckoutQuote>;
  /**
   * Admin only: the delivery log, newest first — one entry per notification and channel, with how many attempts it
   * took and how the last one ended. Recipients are masked. `first`: 0–100, else BAD_USER_INPUT.
   */
  deliveries: DeliveryConnection;
  /**
   * Admin only: one account erasure (`deleteMyAccount` or `eraseUser`) with its progress in every subgraph; null when
   * there is none. Erasures are the privacy audit log: they hold ids and times only, never an email or a name.
   */
  erasure?: Maybe<Erasure>;
  /**
   * Admin only: account erasures, newest first; with `pendingOnly`, those some subgraph has not finished yet (e.g. it
   * was down). `first`: 0–100, else BAD_USER_INPUT.
   */
  erasures: ErasureConnection;
  /** The signed-in user; null for an anonymous request. */
  me?: Maybe<User>;
  /** An order, for its owner or an admin; null for anyone else (anonymous callers included) or when there is none. */
  order?: Maybe<Order>;
  /** Admins: every order. Shoppers: their own. Newest first. `first`: 0–100, else BAD_USER_INPUT. */
  orders: OrderConnection;
  /** A payment by id: the payer's own, or any for an admin; null otherwise (indistinguishable from a missing one). */
  payment?: Maybe<Payment>;
  /** A product by id or by slug (exactly one of them); archived products resolve too, so old orders keep rendering. */
  product?: Maybe<Product>;
  /**
   * The live catalog (archived products never appear), as a Relay connection with opaque keyset cursors.
   * `first` is 0–100 (anything else is BAD_USER_INPUT). `sort` defaults to NEWEST; RELEVANCE needs `filter.search`
   * (without it, BAD_USER_INPUT). A cursor only continues the sort it came from. For demand control the page holds
   * `first` products (20 when `first` is left out or null).
   */
  products: ProductConnection;
  /** Admin only: the operation list of traffic without an API key (the storefront); null until one is published. */
  publicOperationList?: Maybe<OperationListSummary>;
  /** Admin only: any account by id; null when there is none. */
  user?: Maybe<User>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryCartArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryCategoryArgs = {
  slug: Scalars['String']['input'];
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryCheckoutQuoteArgs = {
  shippingAddress?: InputMaybe<AddressInput>;
  shippingAddressId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryDeliveriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<DeliveryStatus>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryErasureArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryErasuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  pendingOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryPaymentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryProductArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  slug?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryProductsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<ProductSort>;
};


/**
 * Every read the API offers. Fields for signed-in users or admins are refused by the router otherwise
 * (UNAUTHENTICATED, FORBIDDEN).
 */
export type QueryUserArgs = {
  id: Scalars['ID']['input'];
};

/** A new shopper's account: `register` signs it in at once with role CUSTOMER. */
export type RegisterInput = {
  /** Case-insensitive; surrounding spaces are ignored. */
  email: Scalars['String']['input'];
  /**
   * Optional, at most 100 characters (INVALID_INPUT beyond). The first word becomes the profile's first name, the rest
   * its last name.
   */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 8–72 bytes with at least one lower-case letter, one upper-case letter and one digit. */
  password: Scalars['String']['input'];
};

/** A role carried in the access token's `roles` claim; the router checks `@requiresScopes` against it. */
export type Role =
  /** Runs the store: catalog, orders, refunds. */
  | 'ADMIN'
  /** A shopper. */
  | 'CUSTOMER';

/** The value a variant takes for one option. */
export type SelectedOption = {
  __typename?: 'SelectedOption';
  /** The option's name, e.g. `Size`. */
  name: Scalars['String']['output'];
  /** The value, e.g. `M`. */
  value: Scalars['String']['output'];
};

/** The value a new variant takes for one option. */
export type SelectedOptionInput = {
  /** The option's name, 1–50 characters, e.g. `Size`. */
  name: Scalars['String']['input'];
  /** The value, 1–50 characters, e.g. `M`. */
  value: Scalars['String']['input'];
};

/** A signed-in session: a short-lived access token and the refresh token that renews it. */
export type Session = {
  __typename?: 'Session';
  /** JWT (ES256) to send as `Authorization: Bearer …`; valid for 15 minutes. */
  accessToken: Scalars['String']['output'];
  /** When `accessToken` expires (15 minutes after it was issued); call `refreshSession` before then. */
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  /** Opaque, single-use, valid for 30 days. Keep it secret. */
  refreshToken: Scalars['String']['output'];
  /** The account signed in. */
  user: User;
};

/** A change of a variant's stock on hand: who, why, when. */
export type StockMovement = {
  __typename?: 'StockMovement';
  /** A user id, `service:<name>` or `system`. */
  actor: Scalars['String']['output'];
  /** When the change was made. */
  at: Scalars['DateTime']['output'];
  /** Positive: stock added; negative: stock removed. */
  delta: Scalars['Int']['output'];
  /** Opaque. */
  id: Scalars['ID']['output'];
  /** Stock on hand right after the change. */
  quantityAfter: Scalars['Int']['output'];
  /** `seed`, `initial`, `adjustment`, `sale` or `return` (a sold order was cancelled). */
  reason: Scalars['String']['output'];
  /** The reservation reference of a sale. */
  reference?: Maybe<Scalars['String']['output']>;
};

/** Changes to a product for `updateProduct`: omitted (or null) fields keep their value. */
export type UpdateProductInput = {
  /** Moves the product to this existing category. */
  categorySlug?: InputMaybe<Scalars['String']['input']>;
  /** Plain text, at most 5,000 characters. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the images. */
  images?: InputMaybe<Array<ImageInput>>;
  /** 1–200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Replaces the options; every variant (existing and given) must fit them. At most 5. */
  options?: InputMaybe<Array<ProductOptionInput>>;
  /** Lower-case letters and digits separated by single hyphens, at most 100 characters; unique (DUPLICATE_SLUG). */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Upserts variants by SKU (stock of existing variants is left alone). */
  variants?: InputMaybe<Array<VariantInput>>;
};

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** Saved addresses, newest first (at most 20). Visible to the user and to admins. */
  addresses: Array<Address>;
  /** The user's cart (null before the first add). Visible to the user and to admins only. */
  cart?: Maybe<Cart>;
  /** When the account was registered (or created by `create-admin`). */
  createdAt: Scalars['DateTime']['output'];
  /** Lower-cased email address; `[erased]` for an erased account that a kept record (an order's `customer`) still names. */
  email: Scalars['String']['output'];
  /** Opaque, and the same in every subgraph. */
  id: Scalars['ID']['output'];
  /** The user's in-app notifications, newest first (the user only). `first`: 0–100, else BAD_USER_INPUT. */
  notifications: NotificationConnection;
  /** The user's orders, newest first (the user or an admin). `first`: 0–100, else BAD_USER_INPUT. */
  orders: OrderConnection;
  /** Saved cards, newest first (removed ones are gone; counted as 20). Visible to the user and to admins. */
  paymentMethods: Array<PaymentMethod>;
  /** Communication preferences. Visible to the user and to admins. */
  preferences: Preferences;
  /** Name and phone. Visible to the user and to admins. */
  profile: Profile;
  /** What the account may do: every account is a CUSTOMER; admins are CUSTOMER and ADMIN. None for an erased account. */
  roles: Array<Role>;
  /** How many of the user's in-app notifications are unread (the user only). */
  unreadNotificationCount: Scalars['Int']['output'];
};


/** A person with an account. */
export type UserNotificationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A person with an account. */
export type UserOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
};

/** An expected failure of a mutation. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable, UPPER_SNAKE_CASE. */
  code: Scalars['String']['output'];
  /** Path of the input field at fault, e.g. ["input", "country"]. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
};

/** A variant to create (or, in `updateProduct`, to change by SKU). */
export type VariantInput = {
  /** Cents, 0–1,000,000 ($10,000.00): no cart or order total can then pass what `Money` holds. */
  price: Scalars['Int']['input'];
  /** One value per option of the product; every variant must choose the same options, and no two the same values. */
  selectedOptions?: InputMaybe<Array<SelectedOptionInput>>;
  /** 1–64 letters, digits, dots, dashes or underscores; unique across the catalog regardless of case: `abc-1` and `ABC-1` are one SKU (DUPLICATE_SKU). */
  sku: Scalars['String']['input'];
  /** Initial stock on hand, 0–1,000,000. */
  stock: Scalars['Int']['input'];
  /** Defaults to the selected option values joined by ` / `, or `Default`. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Grams per unit, 0–1,000,000. */
  weightGrams: Scalars['Int']['input'];
};

/** The result of `setStock`. */
export type VariantPayload = {
  __typename?: 'VariantPayload';
  /** At most one. */
  userErrors: Array<UserError>;
  /** The variant with its new stock; null on failure. */
  variant?: Maybe<ProductVariant>;
};

export type CategoryPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CategoryPageQuery = { __typename: 'Query', category?: { __typename: 'Category', id: string, slug: string, name: string } | null };

export type ProductPageFieldsFragment = { __typename: 'Product', id: string, slug: string, name: string, description: string, archived: boolean, inStock: boolean, category: { __typename: 'Category', id: string, slug: string, name: string }, images: Array<{ __typename: 'Image', url: string, alt: string, srcSet?: string | null, shown: string, thumbnail: string }>, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, inStock: boolean, quantityAvailable: number, price: { __typename: 'Money', amount: number, currency: string }, selectedOptions: Array<{ __typename: 'SelectedOption', name: string, value: string }> }> } & { ' $fragmentName'?: 'ProductPageFieldsFragment' };

export type ProductPageQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type ProductPageQuery = { __typename: 'Query', product?: (
    { __typename: 'Product', id: string }
    & { ' $fragmentRefs'?: { 'ProductPageFieldsFragment': ProductPageFieldsFragment } }
  ) | null };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { __typename: 'Query', categories: Array<{ __typename: 'Category', id: string, slug: string, name: string, children: Array<{ __typename: 'Category', id: string, slug: string, name: string }> }>, newArrivals: { __typename: 'ProductConnection', edges: Array<{ __typename: 'ProductEdge', node: (
        { __typename: 'Product', id: string }
        & { ' $fragmentRefs'?: { 'ProductCardFieldsFragment': ProductCardFieldsFragment } }
      ) }> } };

export type InboxQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type InboxQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'NotificationEdge', cursor: string, node: { __typename: 'Notification', id: string, kind: NotificationKind, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null } }> } } | null };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename: 'Mutation', markNotificationsRead: { __typename: 'MarkNotificationsReadPayload', unreadCount: number, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AccountQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, email: string, orders: { __typename: 'OrderConnection', totalCount: number, edges: Array<{ __typename: 'OrderEdge', node: { __typename: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, total: { __typename: 'Money', amount: number, currency: string } } }> } } | null };

export type OrderDetailFieldsFragment = { __typename: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, subtotal: { __typename: 'Money', amount: number, currency: string }, tax: { __typename: 'Money', amount: number, currency: string }, shipping: { __typename: 'Money', amount: number, currency: string }, total: { __typename: 'Money', amount: number, currency: string }, lines: Array<{ __typename: 'OrderLine', productName: string, variantTitle: string, sku: string, quantity: number, unitPrice: { __typename: 'Money', amount: number, currency: string }, total: { __typename: 'Money', amount: number, currency: string } }>, shippingAddress: { __typename: 'OrderAddress', recipientName: string, line1: string, line2?: string | null, city: string, region: string, postalCode: string, country: string }, statusHistory: Array<{ __typename: 'OrderStatusChange', status: OrderStatus, at: string, note?: string | null }> } & { ' $fragmentName'?: 'OrderDetailFieldsFragment' };

export type OrderDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDetailQuery = { __typename: 'Query', order?: (
    { __typename: 'Order', id: string, payments: Array<{ __typename: 'Payment', id: string, status: PaymentStatus, failureCode?: string | null, amount: { __typename: 'Money', amount: number, currency: string }, method?: { __typename: 'PaymentMethod', brand: string, last4: string } | null }> }
    & { ' $fragmentRefs'?: { 'OrderDetailFieldsFragment': OrderDetailFieldsFragment } }
  ) | null };

export type CancelOrderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type CancelOrderMutation = { __typename: 'Mutation', cancelOrder: { __typename: 'OrderPayload', order?: { __typename: 'Order', id: string, status: OrderStatus, statusHistory: Array<{ __typename: 'OrderStatusChange', status: OrderStatus, at: string, note?: string | null }> } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ExportMyDataMutationVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataMutation = { __typename: 'Mutation', exportMyData: { __typename: 'DataExportPayload', export?: { __typename: 'DataExport', generatedAt: string, json: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AccountSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountSettingsQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, email: string, profile: { __typename: 'Profile', firstName?: string | null, lastName?: string | null, phone?: string | null }, preferences: { __typename: 'Preferences', marketingEmails: boolean, orderUpdates: boolean, securityAlerts: boolean, smsNotifications: boolean }, addresses: Array<{ __typename: 'Address', id: string, recipientName: string, line1: string, line2?: string | null, city: string, region: string, postalCode: string, country: string, isDefaultShipping: boolean, isDefaultBilling: boolean }>, paymentMethods: Array<{ __typename: 'PaymentMethod', id: string, brand: string, last4: string, expMonth: number, expYear: number, holderName: string }> } | null };

export type UpdateProfileMutationVariables = Exact<{
  input: ProfileInput;
}>;


export type UpdateProfileMutation = { __typename: 'Mutation', updateProfile: { __typename: 'ProfilePayload', profile?: { __typename: 'Profile', firstName?: string | null, lastName?: string | null, phone?: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type UpdatePreferencesMutationVariables = Exact<{
  input: PreferencesInput;
}>;


export type UpdatePreferencesMutation = { __typename: 'Mutation', updatePreferences: { __typename: 'PreferencesPayload', preferences?: { __typename: 'Preferences', marketingEmails: boolean, orderUpdates: boolean, securityAlerts: boolean, smsNotifications: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type DeleteAddressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAddressMutation = { __typename: 'Mutation', deleteAddress: { __typename: 'DeleteAddressPayload', deletedAddressId?: string | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type SetDefaultAddressMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  kind: AddressKind;
}>;


export type SetDefaultAddressMutation = { __typename: 'Mutation', setDefaultAddress: { __typename: 'AddressPayload', address?: { __typename: 'Address', id: string, isDefaultShipping: boolean, isDefaultBilling: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type RemovePaymentMethodMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemovePaymentMethodMutation = { __typename: 'Mutation', removePaymentMethod: { __typename: 'PaymentMethodPayload', paymentMethod?: { __typename: 'PaymentMethod', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AdminSendAnnouncementMutationVariables = Exact<{
  input: AnnouncementInput;
}>;


export type AdminSendAnnouncementMutation = { __typename: 'Mutation', sendAnnouncement: { __typename: 'AnnouncementPayload', recipients: number, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminOrdersQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<OrderStatus>;
}>;


export type AdminOrdersQuery = { __typename: 'Query', orders: { __typename: 'OrderConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'OrderEdge', node: { __typename: 'Order', id: string, number: string, status: OrderStatus, placedAt: string, total: { __typename: 'Money', amount: number, currency: string }, customer: { __typename: 'User', id: string, email: string }, payments: Array<{ __typename: 'Payment', id: string, status: PaymentStatus, amount: { __typename: 'Money', amount: number, currency: string }, refunded: { __typename: 'Money', amount: number, currency: string } }> } }> } };

export type AdminUpdateOrderStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: OrderStatus;
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminUpdateOrderStatusMutation = { __typename: 'Mutation', updateOrderStatus: { __typename: 'OrderPayload', order?: { __typename: 'Order', id: string, status: OrderStatus } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AdminApiClientsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminApiClientsQuery = { __typename: 'Query', apiClients: Array<{ __typename: 'ApiClient', id: string, name: string, createdAt: string, revokedAt?: string | null, lastUsedAt?: string | null, keyPrefix: string, operationList?: { __typename: 'OperationListSummary', version: number, operationCount: number } | null }> };

export type AdminCreateApiClientMutationVariables = Exact<{
  input: CreateApiClientInput;
}>;


export type AdminCreateApiClientMutation = { __typename: 'Mutation', createApiClient: { __typename: 'ApiClientPayload', apiKey?: string | null, client?: { __typename: 'ApiClient', id: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminRevokeApiClientMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminRevokeApiClientMutation = { __typename: 'Mutation', revokeApiClient: { __typename: 'ApiClientPayload', client?: { __typename: 'ApiClient', id: string, revokedAt?: string | null, lastUsedAt?: string | null } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminProductEditorFragment = { __typename: 'Product', id: string, name: string, description: string, category: { __typename: 'Category', id: string, slug: string, name: string }, images: Array<{ __typename: 'Image', url: string, alt: string }>, options: Array<{ __typename: 'ProductOption', name: string, values: Array<string> }>, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, weightGrams: number, selectedOptions: Array<{ __typename: 'SelectedOption', name: string, value: string }>, price: { __typename: 'Money', amount: number, currency: string } }> } & { ' $fragmentName'?: 'AdminProductEditorFragment' };

export type AdminProductEditQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminProductEditQuery = { __typename: 'Query', product?: (
    { __typename: 'Product', id: string }
    & { ' $fragmentRefs'?: { 'AdminProductEditorFragment': AdminProductEditorFragment } }
  ) | null };

export type AdminUpdateProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateProductInput;
}>;


export type AdminUpdateProductMutation = { __typename: 'Mutation', updateProduct: { __typename: 'ProductPayload', product?: (
      { __typename: 'Product', id: string }
      & { ' $fragmentRefs'?: { 'AdminProductEditorFragment': AdminProductEditorFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminProductsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProductFilter>;
}>;


export type AdminProductsQuery = { __typename: 'Query', categories: Array<{ __typename: 'Category', id: string, slug: string, name: string, children: Array<{ __typename: 'Category', id: string, slug: string, name: string }> }>, products: { __typename: 'ProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ProductEdge', node: { __typename: 'Product', id: string, slug: string, name: string, category: { __typename: 'Category', id: string, name: string }, variants: Array<{ __typename: 'ProductVariant', id: string, sku: string, title: string, quantityAvailable: number, quantityOnHand: number, price: { __typename: 'Money', amount: number, currency: string } }> } }> } };

export type AdminCreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type AdminCreateProductMutation = { __typename: 'Mutation', createProduct: { __typename: 'ProductPayload', product?: { __typename: 'Product', id: string, slug: string, name: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminArchiveProductMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdminArchiveProductMutation = { __typename: 'Mutation', archiveProduct: { __typename: 'ProductPayload', product?: { __typename: 'Product', id: string, archived: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AdminSetStockMutationVariables = Exact<{
  variantId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type AdminSetStockMutation = { __typename: 'Mutation', setStock: { __typename: 'VariantPayload', variant?: { __typename: 'ProductVariant', id: string, quantityAvailable: number, quantityOnHand: number } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type AdminRefundPaymentMutationVariables = Exact<{
  paymentId: Scalars['ID']['input'];
  amount?: InputMaybe<Scalars['Int']['input']>;
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminRefundPaymentMutation = { __typename: 'Mutation', refundPayment: { __typename: 'PaymentPayload', payment?: { __typename: 'Payment', id: string, status: PaymentStatus, amount: { __typename: 'Money', amount: number, currency: string }, refunded: { __typename: 'Money', amount: number, currency: string } } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type CartFieldsFragment = { __typename: 'Cart', id: string, totalQuantity: number, subtotal: { __typename: 'Money', amount: number, currency: string }, lines: Array<{ __typename: 'CartLine', quantity: number, unitPrice: { __typename: 'Money', amount: number, currency: string }, lineTotal: { __typename: 'Money', amount: number, currency: string }, variant: { __typename: 'ProductVariant', id: string, title: string, sku: string, quantityAvailable: number, product: { __typename: 'Product', id: string, slug: string, name: string, archived: boolean, images: Array<{ __typename: 'Image', url: string, alt: string }> } } }> } & { ' $fragmentName'?: 'CartFieldsFragment' };

export type CartQueryVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type CartQuery = { __typename: 'Query', cart?: (
    { __typename: 'Cart' }
    & { ' $fragmentRefs'?: { 'CartFieldsFragment': CartFieldsFragment } }
  ) | null };

export type AddToCartMutationVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
  variantId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type AddToCartMutation = { __typename: 'Mutation', addToCart: { __typename: 'CartPayload', cart?: (
      { __typename: 'Cart' }
      & { ' $fragmentRefs'?: { 'CartFieldsFragment': CartFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type UpdateCartLineMutationVariables = Exact<{
  cartId?: InputMaybe<Scalars['ID']['input']>;
  variantId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
}>;


export type UpdateCartLineMutation = { __typename: 'Mutation', updateCartLine: { __typename: 'CartPayload', cart?: (
      { __typename: 'Cart' }
      & { ' $fragmentRefs'?: { 'CartFieldsFragment': CartFieldsFragment } }
    ) | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type CheckoutQueryVariables = Exact<{ [key: string]: never; }>;


export type CheckoutQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, addresses: Array<{ __typename: 'Address', id: string, recipientName: string, line1: string, line2?: string | null, city: string, region: string, postalCode: string, country: string, isDefaultShipping: boolean }>, cart?: (
      { __typename: 'Cart', id: string }
      & { ' $fragmentRefs'?: { 'CartFieldsFragment': CartFieldsFragment } }
    ) | null } | null };

export type AddAddressMutationVariables = Exact<{
  input: AddressInput;
}>;


export type AddAddressMutation = { __typename: 'Mutation', addAddress: { __typename: 'AddressPayload', address?: { __typename: 'Address', id: string, recipientName: string, line1: string, line2?: string | null, city: string, region: string, postalCode: string, country: string, isDefaultShipping: boolean } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type PlaceOrderMutationVariables = Exact<{
  input: PlaceOrderInput;
}>;


export type PlaceOrderMutation = { __typename: 'Mutation', placeOrder: { __typename: 'OrderPayload', order?: { __typename: 'Order', id: string, number: string, status: OrderStatus } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type ConfirmationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmationQuery = { __typename: 'Query', order?: { __typename: 'Order', id: string, number: string, status: OrderStatus, total: { __typename: 'Money', amount: number, currency: string } } | null };

export type PaymentStepQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PaymentStepQuery = { __typename: 'Query', order?: (
    { __typename: 'Order', id: string }
    & { ' $fragmentRefs'?: { 'OrderDetailFieldsFragment': OrderDetailFieldsFragment } }
  ) | null, me?: { __typename: 'User', id: string, paymentMethods: Array<{ __typename: 'PaymentMethod', id: string, brand: string, last4: string, expMonth: number, expYear: number, holderName: string }> } | null };

export type AddPaymentMethodMutationVariables = Exact<{
  input: CardInput;
}>;


export type AddPaymentMethodMutation = { __typename: 'Mutation', addPaymentMethod: { __typename: 'PaymentMethodPayload', paymentMethod?: { __typename: 'PaymentMethod', id: string, brand: string, last4: string, expMonth: number, expYear: number, holderName: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type PayOrderMutationVariables = Exact<{
  input: PayOrderInput;
}>;


export type PayOrderMutation = { __typename: 'Mutation', payOrder: { __typename: 'PaymentPayload', payment?: { __typename: 'Payment', id: string, status: PaymentStatus, failureCode?: string | null, amount: { __typename: 'Money', amount: number, currency: string } } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type CheckoutQuoteQueryVariables = Exact<{
  shippingAddressId?: InputMaybe<Scalars['ID']['input']>;
  shippingAddress?: InputMaybe<AddressInput>;
}>;


export type CheckoutQuoteQuery = { __typename: 'Query', checkoutQuote?: { __typename: 'CheckoutQuote', lines: Array<{ __typename: 'OrderLine', productName: string, variantTitle: string, quantity: number, variant?: { __typename: 'ProductVariant', id: string } | null, unitPrice: { __typename: 'Money', amount: number, currency: string }, total: { __typename: 'Money', amount: number, currency: string } }>, subtotal: { __typename: 'Money', amount: number, currency: string }, tax: { __typename: 'Money', amount: number, currency: string }, shipping: { __typename: 'Money', amount: number, currency: string }, total: { __typename: 'Money', amount: number, currency: string }, problems: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } | null };

export type NavCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type NavCategoriesQuery = { __typename: 'Query', categories: Array<{ __typename: 'Category', id: string, slug: string, name: string }> };

export type ListingQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<ProductSort>;
}>;


export type ListingQuery = { __typename: 'Query', products: { __typename: 'ProductConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, facets: Array<{ __typename: 'CategoryFacet', count: number, category: { __typename: 'Category', id: string, slug: string, name: string, parent?: { __typename: 'Category', id: string } | null } }>, edges: Array<{ __typename: 'ProductEdge', node: (
        { __typename: 'Product', id: string }
        & { ' $fragmentRefs'?: { 'ProductCardFieldsFragment': ProductCardFieldsFragment } }
      ) }> } };

export type ListingMoreQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after: Scalars['String']['input'];
  filter?: InputMaybe<ProductFilter>;
  sort?: InputMaybe<ProductSort>;
}>;


export type ListingMoreQuery = { __typename: 'Query', products: { __typename: 'ProductConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename: 'ProductEdge', node: (
        { __typename: 'Product', id: string }
        & { ' $fragmentRefs'?: { 'ProductCardFieldsFragment': ProductCardFieldsFragment } }
      ) }> } };

export type ProductCardFieldsFragment = { __typename: 'Product', id: string, slug: string, name: string, inStock: boolean, images: Array<{ __typename: 'Image', url: string, srcSet?: string | null, alt: string }>, priceRange: { __typename: 'PriceRange', min: { __typename: 'Money', amount: number, currency: string }, max: { __typename: 'Money', amount: number, currency: string } } } & { ' $fragmentName'?: 'ProductCardFieldsFragment' };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename: 'Mutation', login: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionResultFragment': SessionResultFragment } }
  ) };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename: 'Mutation', register: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionResultFragment': SessionResultFragment } }
  ) };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshSessionMutation = { __typename: 'Mutation', refreshSession: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionResultFragment': SessionResultFragment } }
  ) };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename: 'Mutation', logout: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionResultFragment': SessionResultFragment } }
  ) };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename: 'Mutation', changePassword: (
    { __typename: 'AuthPayload' }
    & { ' $fragmentRefs'?: { 'SessionResultFragment': SessionResultFragment } }
  ) };

export type DeleteMyAccountMutationVariables = Exact<{
  password: Scalars['String']['input'];
}>;


export type DeleteMyAccountMutation = { __typename: 'Mutation', deleteMyAccount: { __typename: 'DeleteAccountPayload', deleted: boolean, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } };

export type SessionResultFragment = { __typename: 'AuthPayload', session?: { __typename: 'Session', accessToken: string, refreshToken: string, accessTokenExpiresAt: string, user: { __typename: 'User', id: string, email: string, roles: Array<Role> } } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string, field?: Array<string> | null }> } & { ' $fragmentName'?: 'SessionResultFragment' };

export type CreateCartMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCartMutation = { __typename: 'Mutation', createCart: { __typename: 'CartPayload', cart?: { __typename: 'Cart', id: string } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type MergeCartMutationVariables = Exact<{
  guestCartId: Scalars['ID']['input'];
}>;


export type MergeCartMutation = { __typename: 'Mutation', mergeCart: { __typename: 'CartPayload', cart?: { __typename: 'Cart', id: string, totalQuantity: number } | null, userErrors: Array<{ __typename: 'UserError', code: string, message: string }> } };

export type AdminViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminViewerQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, roles: Array<Role> } | null };

export type ShopperSummaryQueryVariables = Exact<{ [key: string]: never; }>;


export type ShopperSummaryQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, roles: Array<Role> } | null, inbox?: { __typename: 'User', id: string, unreadNotificationCount: number } | null, cart?: { __typename: 'Cart', id: string, totalQuantity: number } | null };

export type GuestCartSummaryQueryVariables = Exact<{
  cartId: Scalars['ID']['input'];
}>;


export type GuestCartSummaryQuery = { __typename: 'Query', cart?: { __typename: 'Cart', id: string, totalQuantity: number } | null };

export const ProductPageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"shown"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"800"}}]},{"kind":"Field","alias":{"kind":"Name","value":"thumbnail"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"256"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductPageFieldsFragment, unknown>;
export const OrderDetailFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<OrderDetailFieldsFragment, unknown>;
export const AdminProductEditorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProductEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductEditorFragment, unknown>;
export const CartFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"128"}}]},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CartFieldsFragment, unknown>;
export const ProductCardFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"512"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ProductCardFieldsFragment, unknown>;
export const SessionResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<SessionResultFragment, unknown>;
export const CategoryPageDocument = {"__meta__":{"hash":"0bc8457a5b6c17f016f1117af8c666e27e906b8632c7923bc4257e6a434cdad6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CategoryPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CategoryPageQuery, CategoryPageQueryVariables>;
export const ProductPageDocument = {"__meta__":{"hash":"495c59ed27b49be8f850d326fb3add72b67fbcd442051dcb1ae941080ab36d9a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductPageFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductPageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","alias":{"kind":"Name","value":"shown"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"800"}}]},{"kind":"Field","alias":{"kind":"Name","value":"thumbnail"},"name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"256"}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]} as unknown as DocumentNode<ProductPageQuery, ProductPageQueryVariables>;
export const HomeDocument = {"__meta__":{"hash":"a5b67635f88fb0dc6a0733e014690ce2390ca81a93967522cfe6b5947f91ccb4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Home"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"newArrivals"},"name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"512"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<HomeQuery, HomeQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"95f08abc386a222b61d19fd92742e3dd8a2ca7c11613655cdcd0498436106cbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"964a1385ee4c484c15815cce7bd4109b69391bdf3c6a3aca92401cf74721c4c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const AccountDocument = {"__meta__":{"hash":"38e07e9c83ba24af5ac739028d0175aca781c8467514a34782e75b6cb17825a0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountQuery, AccountQueryVariables>;
export const OrderDetailDocument = {"__meta__":{"hash":"5e05bda34fe66441790917c7414c7b79721083005e63f6e4d3f67744fbb5e86e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetailFields"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<OrderDetailQuery, OrderDetailQueryVariables>;
export const CancelOrderDocument = {"__meta__":{"hash":"fb0d990c3a592bd933984162683b255df8adec30540a5f353b12bcd87f6e9814"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ExportMyDataDocument = {"__meta__":{"hash":"240229becafd3d0305974fef9113a45a65df67abae98abd33d4f963758fbd629"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"exportMyData"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"export"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"json"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ExportMyDataMutation, ExportMyDataMutationVariables>;
export const AccountSettingsDocument = {"__meta__":{"hash":"9098345b2f6b0967a045cf88e4e7f1310b15f8629bf3cdc7cbb4809b0f3f6abc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"marketingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"orderUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"securityAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]}}]} as unknown as DocumentNode<AccountSettingsQuery, AccountSettingsQueryVariables>;
export const UpdateProfileDocument = {"__meta__":{"hash":"da413c7300677db35251f0499eed3202227f67a73a059e9dfb1f680840c0e642"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"profile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const UpdatePreferencesDocument = {"__meta__":{"hash":"5b625b6124c8a28df174f4cbee67dec0825c7f826784bfa1cd5f4f1d736c09b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"preferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"marketingEmails"}},{"kind":"Field","name":{"kind":"Name","value":"orderUpdates"}},{"kind":"Field","name":{"kind":"Name","value":"securityAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotifications"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePreferencesMutation, UpdatePreferencesMutationVariables>;
export const DeleteAddressDocument = {"__meta__":{"hash":"0089fb7bd6f3fc2b71975b5777f5f87bb1dc8565edf09e08756d7efe5629a6d2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAddressId"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteAddressMutation, DeleteAddressMutationVariables>;
export const SetDefaultAddressDocument = {"__meta__":{"hash":"8e72a56788c1abfbe6af4bb81531d67865c583108fca482801051b8a54327467"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDefaultAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressKind"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setDefaultAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultBilling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SetDefaultAddressMutation, SetDefaultAddressMutationVariables>;
export const RemovePaymentMethodDocument = {"__meta__":{"hash":"8949dabd6ddaaff986fa23514d7bd7ecd51bb7e84c9b13b429fbee100ba0983b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removePaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePaymentMethodMutation, RemovePaymentMethodMutationVariables>;
export const AdminSendAnnouncementDocument = {"__meta__":{"hash":"10f03dad1cddf01de3d63e2f199de3ebbb8d770a93dcd241ce2e6d3f98cb6ca6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSendAnnouncement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnouncementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendAnnouncement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSendAnnouncementMutation, AdminSendAnnouncementMutationVariables>;
export const AdminOrdersDocument = {"__meta__":{"hash":"90a0e00ca9469feb404a1a1dcadc51cfb9d6b6ae9f499f116c1e30a5fdc07ab2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminOrdersQuery, AdminOrdersQueryVariables>;
export const AdminUpdateOrderStatusDocument = {"__meta__":{"hash":"70583a924cfae873efa5b78d22f93ea6ba6f56d6ba5cf2556aec2162de33578e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateOrderStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateOrderStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateOrderStatusMutation, AdminUpdateOrderStatusMutationVariables>;
export const AdminApiClientsDocument = {"__meta__":{"hash":"8cdbd9915df89ed4a3ed8841a2253d12d08ebc5586b5ad970303750345b063ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminApiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"apiClients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"keyPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"operationList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"operationCount"}}]}}]}}]}}]} as unknown as DocumentNode<AdminApiClientsQuery, AdminApiClientsQueryVariables>;
export const AdminCreateApiClientDocument = {"__meta__":{"hash":"e0400d1b248657640e170d1158e05f3b44c9afdb6ac4d1bb17700af6c6fb3c00"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiClientInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateApiClientMutation, AdminCreateApiClientMutationVariables>;
export const AdminRevokeApiClientDocument = {"__meta__":{"hash":"4a9df850fbfa55f49cdeae7973e89eb9f81e3b322917772ebfc189886dd8ae8d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRevokeApiClient"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeApiClient"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"client"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRevokeApiClientMutation, AdminRevokeApiClientMutationVariables>;
export const AdminProductEditDocument = {"__meta__":{"hash":"c6e4a2011d954944731a88a3d3b564b17bb103fa338f4104f38d49f7ec76fa98"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProductEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProductEditor"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProductEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductEditQuery, AdminProductEditQueryVariables>;
export const AdminUpdateProductDocument = {"__meta__":{"hash":"c3884f753785a0bf363179846376f81c1239ef5b6defd27ce1a3b1feef8ec7ef"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminProductEditor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminProductEditor"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"values"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"weightGrams"}},{"kind":"Field","name":{"kind":"Name","value":"selectedOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<AdminUpdateProductMutation, AdminUpdateProductMutationVariables>;
export const AdminProductsDocument = {"__meta__":{"hash":"7b997ea1a206a0266401502d525a8df85267d58fecdc3aee6a0329b84c7d657d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminProducts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOnHand"}},{"kind":"Field","name":{"kind":"Name","value":"price"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdminProductsQuery, AdminProductsQueryVariables>;
export const AdminCreateProductDocument = {"__meta__":{"hash":"75769c0701c1cddbe005e9e8ad36acbb0c73e44b61d6de9a87578754bdc24e1e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminCreateProductMutation, AdminCreateProductMutationVariables>;
export const AdminArchiveProductDocument = {"__meta__":{"hash":"4dfca12ce430d5587dee6f7e7c3a112a3a1c47b1734cec667a40aa408de5b850"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminArchiveProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"archiveProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<AdminArchiveProductMutation, AdminArchiveProductMutationVariables>;
export const AdminSetStockDocument = {"__meta__":{"hash":"28b51d1cdc8d8dd126e2f53c69e5d9946ce87df750aebcfb716fe98166b73f73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminSetStock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setStock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"quantityOnHand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminSetStockMutation, AdminSetStockMutationVariables>;
export const AdminRefundPaymentDocument = {"__meta__":{"hash":"84f7840100c52f67a438817504804529364e40049c8088ad0fce2e3fa91b23c0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminRefundPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refundPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AdminRefundPaymentMutation, AdminRefundPaymentMutationVariables>;
export const CartDocument = {"__meta__":{"hash":"05adca878b42815d1dbcbe0356413671cc824bf25605ddd8f4112d1c747c1469"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"128"}}]},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CartQuery, CartQueryVariables>;
export const AddToCartDocument = {"__meta__":{"hash":"97432f533ddc2f476b34dc7a626a7b87214e4d5003c41f35015839ea8951e909"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddToCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addToCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"128"}}]},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddToCartMutation, AddToCartMutationVariables>;
export const UpdateCartLineDocument = {"__meta__":{"hash":"1964f8071cd77ec4ce457c0a09d3047437f6c08a22f827e8b76a13e5f76055f8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCartLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCartLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}},{"kind":"Argument","name":{"kind":"Name","value":"variantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variantId"}}},{"kind":"Argument","name":{"kind":"Name","value":"quantity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"quantity"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"128"}}]},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCartLineMutation, UpdateCartLineMutationVariables>;
export const CheckoutDocument = {"__meta__":{"hash":"92cb7309450313a0ff289f6d5a0a6969a4d73cddae1dcd0f5262230759d89138"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Checkout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CartFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CartFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Cart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lineTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantityAvailable"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archived"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"128"}}]},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutQuery, CheckoutQueryVariables>;
export const AddAddressDocument = {"__meta__":{"hash":"0ca8c68adf3000da38ac0cba85d230c25ac83209083e0fd1957487a1e10d3ea7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAddress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addAddress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"isDefaultShipping"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddAddressMutation, AddAddressMutationVariables>;
export const PlaceOrderDocument = {"__meta__":{"hash":"6aa8de6c9d67a02e24191822bad7c46493705ce4f61689197cac016312570572"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PlaceOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlaceOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"placeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PlaceOrderMutation, PlaceOrderMutationVariables>;
export const ConfirmationDocument = {"__meta__":{"hash":"25ea977d26c7c6235cda87956d6f65bca2eb1a494ee51960f761964ac570d12c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Confirmation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ConfirmationQuery, ConfirmationQueryVariables>;
export const PaymentStepDocument = {"__meta__":{"hash":"96234da02596e34b96f67025496e2dfc1883e066736da43bfed8daa497a21e45"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentStep"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderDetailFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderDetailFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"placedAt"}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"shippingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipientName"}},{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"postalCode"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"statusHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PaymentStepQuery, PaymentStepQueryVariables>;
export const AddPaymentMethodDocument = {"__meta__":{"hash":"4e7dc336d8d449fbef23488c9909d1732d09bcbfa7550d029e706eb5ed87c4af"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPaymentMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addPaymentMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"brand"}},{"kind":"Field","name":{"kind":"Name","value":"last4"}},{"kind":"Field","name":{"kind":"Name","value":"expMonth"}},{"kind":"Field","name":{"kind":"Name","value":"expYear"}},{"kind":"Field","name":{"kind":"Name","value":"holderName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<AddPaymentMethodMutation, AddPaymentMethodMutationVariables>;
export const PayOrderDocument = {"__meta__":{"hash":"be9926c937daffee975c1b534bc9e0183d74dd0b8bd003037e7e2c177d9b3740"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureCode"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<PayOrderMutation, PayOrderMutationVariables>;
export const CheckoutQuoteDocument = {"__meta__":{"hash":"3719c9e2560e66c694c3aad109b73defbb94910e6e26b53f0de8b3dcc09ed66a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckoutQuote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shippingAddressId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"shippingAddress"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AddressInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"checkoutQuote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"shippingAddressId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shippingAddressId"}}},{"kind":"Argument","name":{"kind":"Name","value":"shippingAddress"},"value":{"kind":"Variable","name":{"kind":"Name","value":"shippingAddress"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"variant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"productName"}},{"kind":"Field","name":{"kind":"Name","value":"variantTitle"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unitPrice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tax"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shipping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<CheckoutQuoteQuery, CheckoutQuoteQueryVariables>;
export const NavCategoriesDocument = {"__meta__":{"hash":"1822e86887862e706ae035136b44a3a546f18f27dd0054c8fd42f67b986ddef9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NavCategories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NavCategoriesQuery, NavCategoriesQueryVariables>;
export const ListingDocument = {"__meta__":{"hash":"da2ae26f017ee8453a8fd7ed9d1640d015bace0eb102c4f6222e1c9840952985"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Listing"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"category"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"512"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ListingQuery, ListingQueryVariables>;
export const ListingMoreDocument = {"__meta__":{"hash":"a02c0aefdce97983ea8471b57ccdb372c943eff4b070bbba0cd145b68489cd11"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ListingMore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProductSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"products"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProductCardFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProductCardFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"inStock"}},{"kind":"Field","name":{"kind":"Name","value":"images"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"width"},"value":{"kind":"IntValue","value":"512"}}]},{"kind":"Field","name":{"kind":"Name","value":"srcSet"}},{"kind":"Field","name":{"kind":"Name","value":"alt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priceRange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"min"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"max"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<ListingMoreQuery, ListingMoreQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"4de82f9df99b4836ba4bf83ae159d60d46b7d3d7bd61580bcde2ba4cf74ac3e4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = {"__meta__":{"hash":"6c887b0ce564a07ffc9777617870ece817614195245bc19e721a45d604c63df7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const RefreshSessionDocument = {"__meta__":{"hash":"81a837366901b086e089c2141109ac62b4188c8623a64d5fdb326557ec8497fd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"0a26f2687af67417e90dccedf2d1c449d91cf9798067a0b8faed20b78b4a0e1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logout"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}]}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"df3290fc83baeaf8da52c276ad806c186d6bc6ff0e84f89137a6d28484f8c4cf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"f1fec4a0d140a3774f18d800e5eef70c3bb6d5b03b00e18681be43c9e8060aca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"accessTokenExpiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const DeleteMyAccountDocument = {"__meta__":{"hash":"0a2d3b84fa879c333650e9c83ecc7cb73ace8e718f9abb0ab0806560777b6fac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMyAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMyAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleted"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const CreateCartDocument = {"__meta__":{"hash":"b8138201838e737b8e2d360b3a8dc22e3a2ed14e370532cd344211643d67530a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCartMutation, CreateCartMutationVariables>;
export const MergeCartDocument = {"__meta__":{"hash":"3135bb9d966464c9fa7b26322c901517036bfa32c1cfec0eb1e0f5cbde9381c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeCart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"guestCartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mergeCart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"guestCartId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"guestCartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<MergeCartMutation, MergeCartMutationVariables>;
export const AdminViewerDocument = {"__meta__":{"hash":"900b31bb7d80a2b5ad3fb9a263c47fdf05b3bf00240ec1407f8f07e7d6709d9c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}}]}}]} as unknown as DocumentNode<AdminViewerQuery, AdminViewerQueryVariables>;
export const ShopperSummaryDocument = {"__meta__":{"hash":"bc8339778e3df43f696b3129836928bed7ab51d47dda9da6149deb708ce42a1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShopperSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"inbox"},"name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}}]} as unknown as DocumentNode<ShopperSummaryQuery, ShopperSummaryQueryVariables>;
export const GuestCartSummaryDocument = {"__meta__":{"hash":"59e86f1d59b11c92d41607a294af1e0c1cd517214c7cf8bf4348bebe629d90f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuestCartSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cartId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"totalQuantity"}}]}}]}}]} as unknown as DocumentNode<GuestCartSummaryQuery, GuestCartSummaryQueryVariables>;