CREATE TABLE "checkouts" (
	"order_id" text PRIMARY KEY NOT NULL,
	"cart_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
