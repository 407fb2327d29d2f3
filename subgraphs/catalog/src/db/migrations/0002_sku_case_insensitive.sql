-- SKUs become case-insensitive: `abc-1` and `ABC-1` are one SKU. Uniqueness moves from the exact `sku` to the
-- generated `sku_upper` (see db/schema.ts).
--
-- Existing data: if two variants' SKUs differ only in case, the unique index cannot be built. That is never silent:
-- the check below stops the migration with the SKUs to rename, and since drizzle runs pending migrations in one
-- transaction, nothing of it is applied (the subgraph does not start until they are renamed, e.g. with a suffix).
-- Renaming them here instead would change labels that orders and warehouses quote, so it is left to a person.
ALTER TABLE "variants" ADD COLUMN "sku_upper" text GENERATED ALWAYS AS (upper("variants"."sku")) STORED NOT NULL;--> statement-breakpoint
DO $$
DECLARE
  clashes text;
BEGIN
  SELECT string_agg(skus, '; ') INTO clashes
  FROM (SELECT string_agg("sku", ', ' ORDER BY "sku") AS skus FROM "variants" GROUP BY "sku_upper" HAVING count(*) > 1) AS dup;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'variants: SKUs that differ only in case must be renamed before SKUs become case-insensitive: %', clashes;
  END IF;
END $$;--> statement-breakpoint
CREATE UNIQUE INDEX "variants_sku_upper_key" ON "variants" USING btree ("sku_upper");--> statement-breakpoint
DROP INDEX "variants_sku_key";
