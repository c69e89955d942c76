/** Evidence words for typing names (data only, lower-case). */

/** Descriptors that introduce a product rather than an organization. */
export const PRODUCT_DESCRIPTORS: ReadonlySet<string> = new Set(['chatbot', 'app', 'brand', 'model', 'phone', 'software']);
