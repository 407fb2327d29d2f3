import { hasControlCharacters } from './input-limits';

/**
 * What the catalog refuses in a variant an admin adds or changes in the product editor, checked in the browser first so
 * that each mistake is said beside its field. The limits are the SDL's (`VariantInput`, `SelectedOptionInput`,
 * `ProductOptionInput`); the catalog checks them again.
 */

/** `VariantInput.sku`: 1–64 letters, digits, dots, dashes or underscores (the first a letter or digit). */
export const SKU_MAX = 64;
const SKU = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** A variant's title is at most as long as a product's name. */
export const VARIANT_TITLE_MAX = 200;
/** `SelectedOptionInput.value`, `ProductOptionInput.values`: 1–50 characters each. */
export const OPTION_TEXT_MAX = 50;

/** SKUs are one regardless of case (`abc-1` and `ABC-1`): the key to compare them by. */
export const skuKey = (sku: string) => sku.trim().toUpperCase();

/**
 * What is wrong with a new variant's SKU, or null. `taken` holds the keys (`skuKey`) of the SKUs already in the form:
 * the product's variants and the new rows before this one. A SKU of one of the product's own variants would change
 * that variant instead of adding one, so it is refused here.
 */
export function skuProblem(text: string, taken: ReadonlySet<string>): string | null {
  const sku = text.trim();
  if (!sku) return 'Enter a SKU.';
  if (sku.length > SKU_MAX || !SKU.test(sku)) return `The SKU must be 1–${SKU_MAX} letters, digits, dots, dashes or underscores, starting with a letter or digit.`;
  if (taken.has(skuKey(sku))) return 'Another variant in this form has this SKU (SKUs are compared regardless of case).';
  return null;
}

/** What is wrong with a variant's title (blank is fine: the catalog names it after its options), or null. */
export function titleProblem(text: string): string | null {
  const title = text.trim();
  if (title.length > VARIANT_TITLE_MAX) return `The title must be at most ${VARIANT_TITLE_MAX} characters (it has ${title.length}).`;
  if (hasControlCharacters(title)) return 'The title must not contain control characters, tabs or line breaks.';
  return null;
}

/** What is wrong with a new variant's value for the option `name`, or null. */
export function optionValueProblem(name: string, text: string): string | null {
  const value = text.trim();
  if (!value) return `Enter a value for ${name}.`;
  if (value.length > OPTION_TEXT_MAX) return `${name} must be at most ${OPTION_TEXT_MAX} characters (it has ${value.length}).`;
  if (hasControlCharacters(value)) return `${name} must not contain control characters, tabs or line breaks.`;
  return null;
}

export interface ProductOptionLike { name: string; values: readonly string[] }

/**
 * The value as the product's option spells it when it lists it regardless of case ("navy" → "Navy"), else as typed
 * (trimmed): the catalog holds each value once regardless of case, and a variant must choose a listed value exactly.
 */
export function listedValue(option: ProductOptionLike, text: string): string {
  const value = text.trim();
  return option.values.find((v) => v.toLowerCase() === value.toLowerCase()) ?? value;
}

/**
 * The product's options with the values the new variants choose appended to their option (each once, in the order
 * first chosen), or null when every chosen value is listed already. `choices` holds each new variant's values, one per
 * option in the product's order, spelled as `listedValue` makes them.
 */
export function optionsWithChoices(options: readonly ProductOptionLike[], choices: readonly (readonly string[])[]): { name: string; values: string[] }[] | null {
  let grown = false;
  const result = options.map((o, i) => {
    const values = [...o.values];
    for (const chosen of choices) {
      const value = chosen[i];
      if (value && !values.some((v) => v.toLowerCase() === value.toLowerCase())) {
        values.push(value);
        grown = true;
      }
    }
    return { name: o.name, values };
  });
  return grown ? result : null;
}

/**
 * Whether two variants choose the same values (compared regardless of case, as the catalog compares them): the
 * catalog refuses a second variant of one combination.
 */
export function sameChoice(a: readonly { name: string; value: string }[], b: readonly { name: string; value: string }[]): boolean {
  const key = (list: readonly { name: string; value: string }[]) =>
    JSON.stringify(list.map((o) => [o.name.toLowerCase(), o.value.trim().toLowerCase()]).sort());
  return key(a) === key(b);
}
