export const CART_FIELDS =
  'id totalQuantity subtotal { amount currency } updatedAt lines { variant { id } quantity unitPrice { amount currency } lineTotal { amount currency } }';
export const PAYLOAD = `cart { ${CART_FIELDS} } userErrors { code message field }`;
