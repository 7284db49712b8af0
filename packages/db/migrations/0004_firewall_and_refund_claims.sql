CREATE TABLE "firewall_policies" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"app_id" text,
	"version" integer NOT NULL,
	"policy" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "firewall_policies_scope_version_uq" UNIQUE NULLS NOT DISTINCT("organization_id","app_id","version")
);
--> statement-breakpoint
CREATE TABLE "threat_events" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"app_id" text,
	"request_id" text,
	"api" text NOT NULL,
	"direction" text NOT NULL,
	"mode" text NOT NULL,
	"action" text NOT NULL,
	"detectors" text[] NOT NULL,
	"categories" text[] NOT NULL,
	"findings" jsonb NOT NULL,
	"score" real NOT NULL,
	"excerpt" text NOT NULL,
	"latency_ms" real NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "refund_claims" (
	"id" text PRIMARY KEY NOT NULL,
	"purchase_id" text NOT NULL,
	"charge_id" text NOT NULL,
	"amount_refunded" integer NOT NULL,
	"tokens_due" bigint NOT NULL,
	"tokens_reclaimed" bigint,
	"tokens_unrecovered" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "token_purchases" ADD COLUMN "tokens_claimed" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "firewall_policies" ADD CONSTRAINT "firewall_policies_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "firewall_policies" ADD CONSTRAINT "firewall_policies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "threat_events" ADD CONSTRAINT "threat_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refund_claims" ADD CONSTRAINT "refund_claims_purchase_id_token_purchases_id_fk" FOREIGN KEY ("purchase_id") REFERENCES "public"."token_purchases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "firewall_policies_scope_idx" ON "firewall_policies" USING btree ("organization_id","app_id");--> statement-breakpoint
CREATE INDEX "threat_events_organization_created_idx" ON "threat_events" USING btree ("organization_id","created_at");--> statement-breakpoint
CREATE INDEX "refund_claims_purchase_idx" ON "refund_claims" USING btree ("purchase_id");