CREATE TABLE "action_prices" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text,
	"action" text NOT NULL,
	"cost" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "action_prices_scope_action_uq" UNIQUE NULLS NOT DISTINCT("organization_id","action"),
	CONSTRAINT "action_prices_cost_nonnegative" CHECK ("action_prices"."cost" >= 0)
);
--> statement-breakpoint
CREATE TABLE "billing_customers" (
	"organization_id" text PRIMARY KEY NOT NULL,
	"stripe_customer_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_customers_stripe_customer_id_unique" UNIQUE("stripe_customer_id")
);
--> statement-breakpoint
CREATE TABLE "billing_subscriptions" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"package_id" text NOT NULL,
	"status" text NOT NULL,
	"current_period_end" timestamp with time zone,
	"canceled_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "holds" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" text NOT NULL,
	"amount" bigint NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"settled_amount" bigint,
	"idempotency_key" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"user_id" text,
	"api_key_id" text,
	"app_id" text,
	"action" text,
	"model" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	CONSTRAINT "holds_amount_positive" CHECK ("holds"."amount" > 0),
	CONSTRAINT "holds_settled_within_amount" CHECK ("holds"."settled_amount" is null or ("holds"."settled_amount" >= 0 and "holds"."settled_amount" <= "holds"."amount"))
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" text NOT NULL,
	"kind" text NOT NULL,
	"balance_delta" bigint NOT NULL,
	"reserved_delta" bigint NOT NULL,
	"balance_after" bigint NOT NULL,
	"reserved_after" bigint NOT NULL,
	"hold_id" text,
	"idempotency_key" text NOT NULL,
	"user_id" text,
	"api_key_id" text,
	"app_id" text,
	"action" text,
	"model" text,
	"reason" text,
	"metadata" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "member_spending_caps" (
	"organization_id" text NOT NULL,
	"user_id" text NOT NULL,
	"monthly_cap" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_spending_caps_organization_id_user_id_pk" PRIMARY KEY("organization_id","user_id"),
	CONSTRAINT "member_spending_caps_nonnegative" CHECK ("member_spending_caps"."monthly_cap" >= 0)
);
--> statement-breakpoint
CREATE TABLE "model_prices" (
	"model" text PRIMARY KEY NOT NULL,
	"prompt_per_1k" bigint NOT NULL,
	"completion_per_1k" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_prices_nonnegative" CHECK ("model_prices"."prompt_per_1k" >= 0 and "model_prices"."completion_per_1k" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "token_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"balance" bigint DEFAULT 0 NOT NULL,
	"reserved" bigint DEFAULT 0 NOT NULL,
	"low_balance_threshold" bigint,
	"low_balance_notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "token_accounts_organization_id_unique" UNIQUE("organization_id"),
	CONSTRAINT "token_accounts_balance_nonnegative" CHECK ("token_accounts"."balance" >= 0),
	CONSTRAINT "token_accounts_reserved_within_balance" CHECK ("token_accounts"."reserved" >= 0 and "token_accounts"."reserved" <= "token_accounts"."balance")
);
--> statement-breakpoint
CREATE TABLE "token_purchases" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"package_id" text NOT NULL,
	"mode" text NOT NULL,
	"source" text NOT NULL,
	"tokens" bigint NOT NULL,
	"amount_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"payment_intent_id" text,
	"tokens_reclaimed" bigint DEFAULT 0 NOT NULL,
	"tokens_unrecovered" bigint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_prices" ADD CONSTRAINT "action_prices_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_customers" ADD CONSTRAINT "billing_customers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "billing_subscriptions" ADD CONSTRAINT "billing_subscriptions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_account_id_token_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."token_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_token_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."token_accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_spending_caps" ADD CONSTRAINT "member_spending_caps_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_spending_caps" ADD CONSTRAINT "member_spending_caps_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_accounts" ADD CONSTRAINT "token_accounts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "token_purchases" ADD CONSTRAINT "token_purchases_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "billing_subscriptions_organization_idx" ON "billing_subscriptions" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "holds_account_idempotency_uq" ON "holds" USING btree ("account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "holds_account_user_created_idx" ON "holds" USING btree ("account_id","user_id","created_at");--> statement-breakpoint
CREATE INDEX "holds_active_expiry_idx" ON "holds" USING btree ("expires_at") WHERE "holds"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_account_idempotency_uq" ON "ledger_entries" USING btree ("account_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_created_idx" ON "ledger_entries" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_hold_idx" ON "ledger_entries" USING btree ("hold_id") WHERE "ledger_entries"."hold_id" is not null;--> statement-breakpoint
CREATE INDEX "token_purchases_organization_idx" ON "token_purchases" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "token_purchases_payment_intent_idx" ON "token_purchases" USING btree ("payment_intent_id");