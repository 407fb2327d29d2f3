CREATE TABLE "erasure_steps" (
	"erasure_id" uuid NOT NULL,
	"subgraph" text NOT NULL,
	"position" integer NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"last_error" text,
	CONSTRAINT "erasure_steps_erasure_id_subgraph_pk" PRIMARY KEY("erasure_id","subgraph")
);
--> statement-breakpoint
CREATE TABLE "erasures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"requested_by" text NOT NULL,
	"admin_id" uuid,
	"requested_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "erasures_requested_by_check" CHECK ("erasures"."requested_by" IN ('SELF', 'ADMIN'))
);
--> statement-breakpoint
ALTER TABLE "refresh_tokens" ADD COLUMN "ip" text;--> statement-breakpoint
ALTER TABLE "erasure_steps" ADD CONSTRAINT "erasure_steps_erasure_id_erasures_id_fk" FOREIGN KEY ("erasure_id") REFERENCES "public"."erasures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "erasures_requested_idx" ON "erasures" USING btree ("requested_at","id");--> statement-breakpoint
CREATE INDEX "erasures_pending_idx" ON "erasures" USING btree ("requested_at","id") WHERE "erasures"."completed_at" IS NULL;