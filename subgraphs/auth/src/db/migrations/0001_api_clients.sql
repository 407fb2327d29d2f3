CREATE TABLE "api_clients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"key_hash" text NOT NULL,
	"key_prefix" text NOT NULL,
	"mode" text DEFAULT 'SAFELIST' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	CONSTRAINT "api_clients_mode_check" CHECK ("api_clients"."mode" IN ('SAFELIST', 'IDS_ONLY'))
);
--> statement-breakpoint
CREATE TABLE "operation_lists" (
	"client_key" text PRIMARY KEY NOT NULL,
	"client_id" uuid,
	"version" integer NOT NULL,
	"operations" jsonb NOT NULL,
	"operation_count" integer NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "operation_lists_client_key_check" CHECK ("operation_lists"."client_key" = coalesce("operation_lists"."client_id"::text, 'public'))
);
--> statement-breakpoint
ALTER TABLE "operation_lists" ADD CONSTRAINT "operation_lists_client_id_api_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."api_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_clients_key_hash_key" ON "api_clients" USING btree ("key_hash");