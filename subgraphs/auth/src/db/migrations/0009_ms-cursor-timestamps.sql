ALTER TABLE "erasures" ALTER COLUMN "requested_at" SET DATA TYPE timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "erasures" ALTER COLUMN "requested_at" SET DEFAULT now();