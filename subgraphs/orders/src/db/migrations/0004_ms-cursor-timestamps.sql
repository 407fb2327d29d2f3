ALTER TABLE "orders" ALTER COLUMN "placed_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "orders" ALTER COLUMN "placed_at" SET DEFAULT now();