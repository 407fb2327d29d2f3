ALTER TABLE "erasures" ADD COLUMN "account_created_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "tokens_valid_after" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "erasures_user_idx" ON "erasures" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "users_tokens_valid_after_idx" ON "users" USING btree ("tokens_valid_after") WHERE "users"."tokens_valid_after" IS NOT NULL;